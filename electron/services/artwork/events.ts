import type { EventName, EventOf } from '@contract/contract';

/** A pushed event as listeners receive it. */
export type EventListener = (name: EventName, data: EventOf<EventName>) => void;

/** Fan-out of events main pushes to the page (Electron window, local host SSE streams, tests). */
export interface EventHub {
  publish<E extends EventName>(name: E, data: EventOf<E>): void;
  /** Adds a listener; returns its removal. */
  subscribe(listener: EventListener): () => void;
  /** Number of listeners (for tests and the log). */
  size(): number;
}

/** Creates an event hub; a listener that throws is dropped from that delivery only. */
export function createEventHub(): EventHub {
  const listeners = new Set<EventListener>();
  return {
    publish: (name, data) => {
      for (const listener of [...listeners]) {
        try {
          listener(name, data);
        } catch {
          // One broken stream must not stop the others.
        }
      }
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    size: () => listeners.size,
  };
}
