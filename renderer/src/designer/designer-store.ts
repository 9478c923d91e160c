import type { ArtworkFile } from '@contract/artwork-contract';
import { create } from 'zustand';

/** What the designer does with a tap on the car: pick zones, or place and move decals. */
export type DesignerTool = 'zones' | 'decal';

/** A line in the designer's message area (an i18n key under `designer.` with its values). */
export interface DesignerMessage {
  id: number;
  tone: 'info' | 'warn' | 'error';
  key: string;
  values: Record<string, string | number>;
  /** Artwork the message is about (a newer message about the same file replaces it). */
  about?: string;
}

/** An artwork image the page holds: its hash and the size it is shown at. */
export interface LoadedArtwork {
  sha256: string;
  width: number;
  height: number;
  usedWidth: number;
  usedHeight: number;
}

/** Designer workspace state (the configuration itself stays in the configurator store). */
export interface DesignerState {
  folder: string | null;
  files: ArtworkFile[];
  /** Artwork picked in the library (what "apply" and "place decal" use). */
  active: string | null;
  tool: DesignerTool;
  /** Index of the decal being edited (a tap on the car moves it). */
  decal: number | null;
  /** The next tap on the car places a new decal. */
  placing: boolean;
  loaded: Record<string, LoadedArtwork>;
  messages: DesignerMessage[];
  busy: boolean;
  set: (patch: Partial<Omit<DesignerState, 'set' | 'say' | 'dismiss'>>) => void;
  say: (m: Omit<DesignerMessage, 'id'>) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** The designer store. */
export const useDesigner = create<DesignerState>()((set) => ({
  folder: null,
  files: [],
  active: null,
  tool: 'zones',
  decal: null,
  placing: false,
  loaded: {},
  messages: [],
  busy: false,
  set: (patch) => set(patch),
  say: (m) =>
    set((s) => ({
      messages: [
        ...s.messages.filter((x) => !(m.about && x.about === m.about && x.key === m.key)),
        { ...m, id: nextId++ },
      ].slice(-6),
    })),
  dismiss: (id) => set((s) => ({ messages: s.messages.filter((m) => m.id !== id) })),
}));
