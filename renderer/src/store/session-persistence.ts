import { messagesText } from '@contract/i18n';
import { Configuration } from '@domain/configuration';
import type { CallMain } from './controller';
import type { ConfiguratorStore } from './store';

/** sessionStorage key of the customer's configuration (survives a renderer crash or reload, not the window). */
export const SESSION_KEY = 'wrap-configurator.configuration';

/** Where the configuration is kept: the page's sessionStorage, or a fake in tests. */
export type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A line for main's log about the stored session (never the customer's data). */
export type SessionLog = (message: string) => void;

/**
 * The configuration saved for this window, or null. A value that is not valid JSON or not a configuration
 * is discarded with a log line. Only the configuration is kept (catalog ids): no customer details.
 */
export function readStoredConfiguration(storage: SessionStore, log: SessionLog): Configuration | null {
  const text = storage.getItem(SESSION_KEY);
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    storage.removeItem(SESSION_KEY);
    log(`discarded the stored configuration: not valid JSON (${text.length} characters)`);
    return null;
  }
  const parsed = Configuration.safeParse(value);
  if (!parsed.success) {
    storage.removeItem(SESSION_KEY);
    const issue = parsed.error.issues[0];
    log(`discarded the stored configuration: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
    return null;
  }
  return parsed.data;
}

/** Forgets the stored configuration (the kiosk does this when a customer's session ends). */
export function forgetStoredConfiguration(storage: SessionStore = sessionStorage): void {
  storage.removeItem(SESSION_KEY);
}

/** Saves the configuration on every change; returns the unsubscribe function. */
export function persistConfiguration(store: ConfiguratorStore, storage: SessionStore): () => void {
  return store.subscribe(
    (s) => s.configuration,
    (configuration) => {
      try {
        if (configuration) storage.setItem(SESSION_KEY, JSON.stringify(configuration));
      } catch {
        // Storage full or disabled: the session simply is not restored after a crash.
      }
    },
  );
}

/**
 * Puts a stored configuration back once the catalog has loaded, if main's rules still accept it (the catalog
 * may have changed since); otherwise discards it with a log line. Resolves to whether it was restored.
 */
export async function restoreConfiguration(
  store: ConfiguratorStore,
  callMain: CallMain,
  stored: Configuration,
  storage: SessionStore,
  log: SessionLog,
): Promise<boolean> {
  const s = store.getState();
  if (s.catalogState !== 'ready' || !s.catalog) return false;
  const checked = await callMain('rules:evaluate', { configuration: stored });
  const rules = checked.ok ? checked.value.rules : null;
  if (!rules?.valid) {
    storage.removeItem(SESSION_KEY);
    const why = rules ? messagesText(rules.violations) : checked.ok ? '' : checked.error.message;
    log(`discarded the stored configuration: the catalog no longer accepts it (${why.slice(0, 300)})`);
    return false;
  }
  store.getState().startConfiguration(stored);
  return true;
}
