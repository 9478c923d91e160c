import type { Channel, RequestOf, ResponseOf } from '@contract/contract';
import type { ApiResult } from '@contract/result';
import type { ArtworkDecal as ArtworkDecalSchema, Configuration } from '@domain/configuration';
import type { Choice } from '@domain/rules/choice';
import { defaultConfiguration, serviceConfiguration } from '@domain/rules/defaults';
import type { z } from 'zod';
import type { ConfiguratorStore } from './store';

/** The bridge call the controller uses (the app passes `call` from api.ts; tests pass a fake). */
export type CallMain = <C extends Channel>(
  channel: C,
  payload: RequestOf<C>,
) => Promise<ApiResult<ResponseOf<C>>>;

/** A projected decal as the configuration stores it. */
export type ArtworkDecal = z.infer<typeof ArtworkDecalSchema>;

/** Terms that are not catalog options (main checks them with `rules:evaluate` before they are kept). */
export type Terms = Partial<Pick<Configuration, 'store' | 'promotionCodes' | 'financing'>>;

/** The customer's actions: every one goes through main, then the store re-quotes. */
export interface Controller {
  load: () => Promise<void>;
  choose: (choice: Choice) => Promise<boolean>;
  setTerms: (terms: Terms) => Promise<boolean>;
  /** Replaces the projected decals (designer); main checks the result like any configuration. */
  setDecals: (decals: ArtworkDecal[]) => Promise<boolean>;
  reset: () => void;
  /** Re-asks main for quote and option statuses of the current configuration (drops stale answers). */
  refresh: () => Promise<void>;
  /** Starts re-quoting whenever the configuration changes; returns the unsubscribe function. */
  watch: () => () => void;
}

/** Builds the controller over a store and a bridge call. */
export function createController(store: ConfiguratorStore, callMain: CallMain): Controller {
  const get = store.getState;
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs choices one after another so each starts from the configuration the previous one left. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const load = async () => {
    get().setSession({ catalogState: 'loading' });
    const [info, catalog] = await Promise.all([callMain('app:info', {}), callMain('catalog:get', {})]);
    if (info.ok) {
      get().setSession({ appInfo: info.value });
      get().setLanguage(info.value.language);
      if (info.value.mode === 'designer' && !info.value.kiosk) get().setWorkspace('design');
    } else get().setNotice({ kind: 'key', key: 'app.offline' });
    if (!catalog.ok) {
      get().setSession({ catalogState: 'error', catalogProblems: [{ text: catalog.error.message }] });
      return;
    }
    const view = catalog.value;
    if (!view.ok) {
      const problems = view.errors
        .slice(0, 5)
        .map((e) => ({ where: `${e.file} ${e.path}`, message: e.message }));
      get().setSession({ catalogState: 'error', catalogProblems: problems });
      return;
    }
    get().setSession({ catalog: view.data, zones: view.zones, catalogState: 'ready' });
    const store = info.ok ? info.value.storeId : undefined;
    get().startConfiguration(defaultConfiguration(view.data, undefined, store));
  };

  const choose = (choice: Choice) =>
    serial(async () => {
      const configuration = get().configuration;
      if (!configuration) return false;
      get().setSession({ applying: true });
      const result = await callMain('rules:apply', { configuration, choice });
      get().setSession({ applying: false });
      // The configuration was replaced meanwhile (a new kiosk session, undo, the other sales option):
      // the answer is about one that is gone, so it is dropped rather than undoing what came after.
      if (get().configuration !== configuration) return false;
      if (!result.ok) {
        get().setNotice({ kind: 'key', key: 'errors.service' });
        return false;
      }
      if (!result.value.ok) {
        get().setNotice({ kind: 'reasons', reasons: result.value.reasons.map((r) => r.message) });
        return false;
      }
      get().setNotice(null);
      get().commit(result.value.configuration, result.value.changes);
      return true;
    });

  const setTerms = (terms: Terms) =>
    serial(async () => {
      const configuration = get().configuration;
      if (!configuration) return false;
      const next: Configuration = { ...configuration, ...terms };
      for (const key of Object.keys(terms) as (keyof Terms)[]) {
        const value = next[key];
        if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
      }
      return commitChecked(configuration, next);
    });

  const setDecals = (decals: ArtworkDecal[]) =>
    serial(async () => {
      const configuration = get().configuration;
      if (!configuration) return false;
      const wrap = { ...(configuration.wrap ?? {}) };
      if (decals.length > 0) wrap.decals = decals;
      else delete wrap.decals;
      const next: Configuration = { ...configuration };
      if (Object.keys(wrap).length > 0) next.wrap = wrap;
      else delete next.wrap;
      return commitChecked(configuration, next);
    });

  /** Keeps a configuration main finds valid (unless `base` was replaced meanwhile); otherwise shows main's reasons. */
  const commitChecked = async (base: Configuration, next: Configuration): Promise<boolean> => {
    const checked = await callMain('rules:evaluate', { configuration: next });
    if (get().configuration !== base) return false;
    if (!checked.ok) {
      get().setNotice({ kind: 'key', key: 'errors.service' });
      return false;
    }
    const rules = checked.value.rules;
    if (!rules.valid) {
      get().setNotice({ kind: 'reasons', reasons: rules.violations.map((v) => v.message) });
      return false;
    }
    get().setNotice(null);
    get().commit(next);
    return true;
  };

  const reset = () => {
    const { configuration: c, catalog } = get();
    if (!c || !catalog) return;
    // A customer's car stays on stage: it starts over from its own service configuration.
    const car = typeof c.vehicle === 'object' && c.vehicle.id !== catalog.vehicle.id ? c.vehicle : null;
    get().commit(
      car ? serviceConfiguration(catalog, car, c.store) : defaultConfiguration(catalog, c.trim, c.store),
    );
  };

  const refresh = async () => {
    const configuration = get().configuration;
    if (!configuration) return;
    const seq = get().quoteSeq + 1;
    get().setSession({ quoteSeq: seq });
    const [quote, rules] = await Promise.all([
      callMain('quote:price', { configuration }),
      callMain('rules:evaluate', { configuration }),
    ]);
    if (get().quoteSeq !== seq) return;
    if (!quote.ok) {
      get().setSession({
        shownSeq: seq,
        quote: null,
        quoteRefusal: null,
        notice: { kind: 'key', key: 'errors.service' },
      });
      return;
    }
    const priced = quote.value;
    const options = rules.ok ? rules.value.options : get().options;
    if (priced.ok) {
      get().setSession({
        shownSeq: seq,
        quote: { ...priced.quote, date: priced.date, store: priced.store },
        quoteRefusal: null,
        options,
      });
    } else {
      get().setSession({
        shownSeq: seq,
        quote: null,
        quoteRefusal: priced.reasons.map((r) => r.message),
        options,
      });
    }
  };

  const watch = () =>
    store.subscribe(
      (s) => s.configuration,
      () => void refresh(),
      { fireImmediately: true },
    );

  return { load, choose, setTerms, setDecals, reset, refresh, watch };
}
