import type { Configuration } from '@domain/configuration';
import type { ComparisonResult } from '@domain/pricing/compare';
import type { StateCreator } from 'zustand';
import type { ConfigurationSlice } from './configuration-slice';

/** The two configurations a salesperson compares. */
export type Slot = 'A' | 'B';

/** A configuration with its own undo and redo history (the slot not on stage keeps it here). */
export interface SlotHistory {
  configuration: Configuration;
  past: Configuration[];
  future: Configuration[];
}

/** What main answered for the two slots' configurations (the configurations it compared ride along). */
export interface ComparisonAnswer {
  a: Configuration;
  b: Configuration;
  result: ComparisonResult & { date: string };
}

/**
 * Sales A/B comparison. The slot on stage is the configuration slice itself (the panels, the 3D stage, the
 * quote and undo/redo all work on it unchanged); the other slot waits in `parked` with its own history.
 */
export interface CompareSlice {
  activeSlot: Slot;
  /** The slot not on stage, or null while it is empty. */
  parked: SlotHistory | null;
  comparison: ComparisonAnswer | null;
  /** Main could not be asked (bridge error), with the message. */
  comparisonError: string | null;
  /** Puts a slot on stage (instant: swaps histories); false when that slot is empty. */
  showSlot: (slot: Slot) => boolean;
  /** Fills a slot with a configuration, undoably (the slot's previous configuration stays in its history). */
  fillSlot: (slot: Slot, configuration: Configuration) => void;
  /** Copies one slot's configuration into the other. */
  copySlot: (from: Slot) => void;
  /** Empties the slot that is not on stage. */
  clearParked: () => void;
  setComparison: (answer: ComparisonAnswer | null, error?: string | null) => void;
}

/** The other slot. */
export const otherSlot = (slot: Slot): Slot => (slot === 'A' ? 'B' : 'A');

const HISTORY_LIMIT = 100;

/** The configurations of both slots (null when empty), whichever is on stage. */
export function slotConfigurations(s: CompareSlice & ConfigurationSlice): Record<Slot, Configuration | null> {
  const onStage = s.configuration;
  const parked = s.parked?.configuration ?? null;
  return s.activeSlot === 'A' ? { A: onStage, B: parked } : { A: parked, B: onStage };
}

/** The compare slice (needs the configuration slice in the same store). */
export const createCompareSlice: StateCreator<CompareSlice & ConfigurationSlice, [], [], CompareSlice> = (
  set,
  get,
) => ({
  activeSlot: 'A',
  parked: null,
  comparison: null,
  comparisonError: null,
  showSlot: (slot) => {
    const s = get();
    if (slot === s.activeSlot) return true;
    if (!s.parked || !s.configuration) return false;
    const leaving: SlotHistory = { configuration: s.configuration, past: s.past, future: s.future };
    set({
      activeSlot: slot,
      configuration: s.parked.configuration,
      past: s.parked.past,
      future: s.parked.future,
      lastChange: null,
      parked: leaving,
    });
    return true;
  },
  fillSlot: (slot, configuration) => {
    const s = get();
    if (slot === s.activeSlot) {
      s.commit(configuration);
      return;
    }
    const p = s.parked;
    set({
      parked: p
        ? { configuration, past: [...p.past, p.configuration].slice(-HISTORY_LIMIT), future: [] }
        : { configuration, past: [], future: [] },
    });
  },
  copySlot: (from) => {
    const source = slotConfigurations(get())[from];
    if (source) get().fillSlot(otherSlot(from), source);
  },
  clearParked: () => set({ parked: null, comparison: null }),
  setComparison: (comparison, comparisonError = null) => set({ comparison, comparisonError }),
});
