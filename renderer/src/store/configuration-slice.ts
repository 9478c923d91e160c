import type { Configuration } from '@domain/configuration';
import type { Change } from '@domain/rules/apply';
import type { StateCreator } from 'zustand';

/** What the rules engine changed on its own in the last choice, and the configuration before it (for undo). */
export interface LastChange {
  changes: Change[];
  before: Configuration;
}

/** The customer's configuration with its undo and redo history. */
export interface ConfigurationSlice {
  configuration: Configuration | null;
  past: Configuration[];
  future: Configuration[];
  lastChange: LastChange | null;
  /** Starts a fresh configuration (no history): first load. */
  startConfiguration: (configuration: Configuration) => void;
  /** Records a new configuration the engine accepted; `changes` are what it changed beyond the choice. */
  commit: (next: Configuration, changes?: Change[]) => void;
  undo: () => void;
  redo: () => void;
  dismissChange: () => void;
}

const HISTORY_LIMIT = 100;

/** The configuration slice: the one configuration the panels, the scene and the quote read. */
export const createConfigurationSlice: StateCreator<ConfigurationSlice, [], [], ConfigurationSlice> = (
  set,
) => ({
  configuration: null,
  past: [],
  future: [],
  lastChange: null,
  startConfiguration: (configuration) => set({ configuration, past: [], future: [], lastChange: null }),
  commit: (next, changes = []) =>
    set((s) => {
      if (!s.configuration) return { configuration: next, past: [], future: [], lastChange: null };
      return {
        configuration: next,
        past: [...s.past, s.configuration].slice(-HISTORY_LIMIT),
        future: [],
        lastChange: changes.length > 0 ? { changes, before: s.configuration } : null,
      };
    }),
  undo: () =>
    set((s) => {
      const previous = s.past.at(-1);
      if (!previous || !s.configuration) return {};
      return {
        configuration: previous,
        past: s.past.slice(0, -1),
        future: [s.configuration, ...s.future],
        lastChange: null,
      };
    }),
  redo: () =>
    set((s) => {
      const [next, ...rest] = s.future;
      if (!next || !s.configuration) return {};
      return { configuration: next, past: [...s.past, s.configuration], future: rest, lastChange: null };
    }),
  dismissChange: () => set({ lastChange: null }),
});
