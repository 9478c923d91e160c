import type { StateCreator } from 'zustand';
import type { Language } from '../i18n';
import { releaseArtworkImage } from '../scene/artwork/images';

/** The configurator's steps, in the order a buyer decides. */
export const STEPS = ['trim', 'wrap', 'protection', 'wheels', 'accessories', 'service', 'summary'] as const;
/** One step of the configurator. */
export type StepId = (typeof STEPS)[number];

/** What the staff are doing: configuring one car, comparing two (sales), placing artwork (designer), or keeping the vehicle library. */
export type Workspace = 'configure' | 'compare' | 'design' | 'vehicles';

/** How the wrap panel applies a film: on the whole body or on the picked zones. */
export type WrapMode = 'full' | 'zones';

/** Screen state: which step is open, the picked zones, the language, local artwork previews. */
export interface UiSlice {
  workspace: Workspace;
  step: StepId;
  wrapMode: WrapMode;
  selectedZones: string[];
  /** Finish the film browser shows (null: the finish of the chosen film, else the first). */
  finish: string | null;
  language: Language;
  /** Artwork reference → object URL of the image the customer loaded (preview only, never sent to main). */
  artworkUrls: Record<string, string>;
  setWorkspace: (workspace: Workspace) => void;
  setStep: (step: StepId) => void;
  setWrapMode: (mode: WrapMode) => void;
  setFinish: (finish: string) => void;
  toggleZone: (zone: string) => void;
  setZones: (zones: string[]) => void;
  setLanguage: (language: Language) => void;
  /** Keeps a loaded image's object URL under its reference (a reload under the same name frees the old one). */
  addArtworkUrl: (ref: string, url: string) => void;
  /**
   * Frees the object URLs of artwork no configuration in reach uses (`refs`: the current one, undo and redo),
   * except the newest load, which its choice has not reached yet.
   */
  keepArtworkUrls: (refs: ReadonlySet<string>) => void;
}

/** Frees an artwork preview: its object URL and the decoded image the scene made from it. */
function dropArtworkUrl(url: string): void {
  releaseArtworkImage(url);
  URL.revokeObjectURL(url);
}

/** The ui slice. */
export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => {
  /** The artwork reference loaded last (kept by `keepArtworkUrls` until its choice lands). */
  let newestArtwork: string | null = null;
  return {
    workspace: 'configure',
    step: 'trim',
    wrapMode: 'full',
    selectedZones: [],
    finish: null,
    language: 'zh-CN',
    artworkUrls: {},
    setWorkspace: (workspace) => set({ workspace }),
    setStep: (step) => set({ step }),
    setWrapMode: (wrapMode) => set({ wrapMode }),
    setFinish: (finish) => set({ finish }),
    toggleZone: (zone) =>
      set((s) => ({
        selectedZones: s.selectedZones.includes(zone)
          ? s.selectedZones.filter((z) => z !== zone)
          : [...s.selectedZones, zone],
      })),
    setZones: (selectedZones) => set({ selectedZones }),
    setLanguage: (language) => set({ language }),
    addArtworkUrl: (ref, url) =>
      set((s) => {
        const old = s.artworkUrls[ref];
        if (old && old !== url) dropArtworkUrl(old);
        newestArtwork = ref;
        return { artworkUrls: { ...s.artworkUrls, [ref]: url } };
      }),
    keepArtworkUrls: (refs) =>
      set((s) => {
        const gone = Object.keys(s.artworkUrls).filter((ref) => !refs.has(ref) && ref !== newestArtwork);
        if (gone.length === 0) return {};
        const artworkUrls = { ...s.artworkUrls };
        for (const ref of gone) {
          dropArtworkUrl(artworkUrls[ref]!);
          delete artworkUrls[ref];
        }
        return { artworkUrls };
      }),
  };
};
