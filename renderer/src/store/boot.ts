import type { Configuration } from '@domain/configuration';
import type { Choice } from '@domain/rules/choice';
import type { i18n as I18n } from 'i18next';
import { call } from '../api';
import { startArtworkLive } from '../designer/live';
import { watchComparison } from '../sales/compare-watch';
import { TEST_HOOKS } from '../test-hooks';
import { followConfigurationVehicle, refreshVehicles } from '../vehicles/library';
import { watchThumbnails } from '../vehicles/thumbnail';
import { actions } from './app';
import { type Slot, slotConfigurations } from './compare-slice';
import { connectScene } from './scene-bridge';
import {
  forgetStoredConfiguration,
  persistConfiguration,
  readStoredConfiguration,
  restoreConfiguration,
} from './session-persistence';
import { useConfigurator } from './store';

/** Logs a line about the stored session to main's log. */
const logSession = (message: string) =>
  void call('log:report', { level: 'warn', message, source: 'session' });

/** What end-to-end tests may read (never change): the configuration and the quote on screen. */
export interface ConfiguratorSnapshot {
  configuration: Configuration | null;
  quote: { totalFen: number; date: string; store: string } | null;
  language: string;
  /** Sales compare: the slot on stage and both slots' configurations (null while empty). */
  activeSlot: Slot;
  slots: Record<Slot, Configuration | null>;
}

/** The panels' own actions, for the soak test and the benchmark (thousands of changes without clicks). */
export interface ConfiguratorDrive {
  choose: (choice: Choice) => Promise<boolean>;
  reset: () => void;
  /** What the artwork entry does with a loaded file: keeps its object URL under the artwork reference. */
  addArtworkUrl: (ref: string, url: string) => void;
}

declare global {
  interface Window {
    /** Read-only snapshot for end-to-end tests (compare with the command-line quote). */
    __configuratorState?: () => ConfiguratorSnapshot;
    /** The same actions the panels call (soak test, benchmark). */
    __configuratorDrive?: ConfiguratorDrive;
  }
}

/** Artwork references the configurations use (printed zones and decals). */
export function artworkRefs(configurations: readonly (Configuration | null)[]): Set<string> {
  const refs = new Set<string>();
  for (const c of configurations) {
    if (c?.wrap?.artwork) refs.add(c.wrap.artwork.ref);
    for (const d of c?.wrap?.decals ?? []) refs.add(d.ref);
  }
  return refs;
}

/**
 * Wires the app: loads catalog and settings, restores the configuration this window had before a reload or
 * a renderer crash, keeps it in sessionStorage, re-quotes on change, drives the scene and i18next.
 */
export function startConfigurator(i18n: I18n): () => void {
  // Main adds ?fresh=1 after repeated renderer crashes: the stored configuration may be what crashes it.
  if (new URLSearchParams(location.search).has('fresh')) forgetStoredConfiguration(sessionStorage);
  const stored = readStoredConfiguration(sessionStorage, logSession);
  let offPersist = () => {};
  let stopped = false;
  const offQuote = actions.watch();
  const offScene = connectScene(useConfigurator);
  const offArtwork = startArtworkLive();
  const offCompare = watchComparison(useConfigurator, call);
  const offThumbnails = watchThumbnails();
  const offVehicle = followConfigurationVehicle();
  // Artwork previews no configuration in reach uses (undo, redo, the compare slots) are freed.
  const offArtworkUrls = useConfigurator.subscribe(
    (s) => [s.configuration, s.past, s.future] as const,
    ([configuration, past, future]) => {
      const slots = Object.values(slotConfigurations(useConfigurator.getState()));
      useConfigurator.getState().keepArtworkUrls(artworkRefs([configuration, ...past, ...future, ...slots]));
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
  );
  const offLanguage = useConfigurator.subscribe(
    (s) => s.language,
    (language) => {
      void i18n.changeLanguage(language);
      document.documentElement.lang = language;
    },
    { fireImmediately: true },
  );
  if (TEST_HOOKS) installTestHooks();
  void actions.load().then(async () => {
    await refreshVehicles();
    if (stored) await restoreConfiguration(useConfigurator, call, stored, sessionStorage, logSession);
    if (!stopped) offPersist = persistConfiguration(useConfigurator, sessionStorage);
  });
  return () => {
    stopped = true;
    offPersist();
    offQuote();
    offScene();
    offArtwork();
    offCompare();
    offThumbnails();
    offVehicle();
    offArtworkUrls();
    offLanguage();
    delete window.__configuratorDrive;
    delete window.__configuratorState;
  };
}

/** The state snapshot and the panels' actions on `window`, for end-to-end tests and the benchmark (test builds). */
function installTestHooks(): void {
  window.__configuratorState = () => {
    const s = useConfigurator.getState();
    return structuredClone({
      configuration: s.configuration,
      quote: s.quote ? { totalFen: s.quote.totalFen, date: s.quote.date, store: s.quote.store } : null,
      language: s.language,
      activeSlot: s.activeSlot,
      slots: slotConfigurations(s),
    });
  };
  window.__configuratorDrive = {
    choose: actions.choose,
    reset: actions.reset,
    addArtworkUrl: (ref, url) => useConfigurator.getState().addArtworkUrl(ref, url),
  };
}
