import type { i18n as I18n } from 'i18next';
import type { Configuration } from '../../../electron/domain/configuration';
import { call } from '../api';
import { startArtworkLive } from '../designer/live';
import { watchComparison } from '../sales/compare-watch';
import { actions } from './app';
import { type Slot, slotConfigurations } from './compare-slice';
import { connectScene } from './scene-bridge';
import { useConfigurator } from './store';

/** What end-to-end tests may read (never change): the configuration and the quote on screen. */
export interface ConfiguratorSnapshot {
  configuration: Configuration | null;
  quote: { totalFen: number; date: string; store: string } | null;
  language: string;
  /** Sales compare: the slot on stage and both slots' configurations (null while empty). */
  activeSlot: Slot;
  slots: Record<Slot, Configuration | null>;
}

declare global {
  interface Window {
    /** Read-only snapshot for end-to-end tests (compare with the command-line quote). */
    __configuratorState?: () => ConfiguratorSnapshot;
  }
}

/** Wires the app: loads catalog and settings, re-quotes on change, drives the scene and i18next. */
export function startConfigurator(i18n: I18n): () => void {
  const offQuote = actions.watch();
  const offScene = connectScene(useConfigurator);
  const offArtwork = startArtworkLive();
  const offCompare = watchComparison(useConfigurator, call);
  const offLanguage = useConfigurator.subscribe(
    (s) => s.language,
    (language) => {
      void i18n.changeLanguage(language);
      document.documentElement.lang = language;
    },
    { fireImmediately: true },
  );
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
  void actions.load();
  return () => {
    offQuote();
    offScene();
    offArtwork();
    offCompare();
    offLanguage();
    delete window.__configuratorState;
  };
}
