import { create } from 'zustand';
import type { ZoneLayout } from './placement';

/** A click on the car: the zone hit and where, in model space (metres, glTF axes). */
export interface CarTap {
  zone: string;
  point: [number, number, number];
  normal: [number, number, number];
  /** Decal rotation (degrees) that reads upright from the camera the tap came from. */
  uprightDeg: number;
  /** Increases with every tap (the same spot twice is still two taps). */
  nonce: number;
}

/** What the scene tells the designer panel about artwork: zone layouts, decode problems, taps. */
export interface ArtworkSceneState {
  /** Zone id → UV layout at real size, for the car on stage. */
  layouts: Record<string, ZoneLayout>;
  /** Artwork URL → why it could not be shown (the previous image stays on the car). */
  errors: Record<string, string>;
  /** Largest texture side on this GPU (capped at 8192). */
  maxTextureSize: number;
  tap: CarTap | null;
  setLayouts: (layouts: Record<string, ZoneLayout>) => void;
  setError: (url: string, message: string | null) => void;
  setMaxTextureSize: (size: number) => void;
  tapCar: (tap: Omit<CarTap, 'nonce'>) => void;
}

/** The artwork side of the scene, readable without loading three.js. */
export const useArtworkScene = create<ArtworkSceneState>()((set) => ({
  layouts: {},
  errors: {},
  maxTextureSize: 8192,
  tap: null,
  setLayouts: (layouts) => set({ layouts }),
  setError: (url, message) =>
    set((s) => {
      const errors = { ...s.errors };
      if (message === null) delete errors[url];
      else errors[url] = message;
      return { errors };
    }),
  setMaxTextureSize: (maxTextureSize) => set({ maxTextureSize }),
  tapCar: (tap) => set((s) => ({ tap: { ...tap, nonce: (s.tap?.nonce ?? 0) + 1 } })),
}));
