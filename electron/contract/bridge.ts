import type { ApiResult } from './result';

/** The IPC channel the preload forwards every contract call on. */
export const INVOKE_CHANNEL = 'configurator:invoke';
/** The IPC channel main pushes events on. */
export const EVENT_CHANNEL = 'configurator:event';

/** The whole API the preload exposes as `window.configurator`; nothing else reaches the page. */
export interface ConfiguratorBridge {
  /** Calls a contract channel; always resolves, with a value or a typed error. */
  invoke(channel: string, payload: unknown): Promise<ApiResult<unknown>>;
  /** Subscribes to events pushed by main; returns the unsubscribe function. */
  onEvent(listener: (name: string, data: unknown) => void): () => void;
}

declare global {
  interface Window {
    /** Present only inside the Electron window (set by the preload). */
    configurator?: ConfiguratorBridge;
  }
}
