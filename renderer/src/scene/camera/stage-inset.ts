import { create } from 'zustand';

/** How much of the stage the HUD covers at the bottom (CSS px): presets frame the car above it. */
export interface StageInset {
  bottomPx: number;
  setBottomPx: (px: number) => void;
}

/** The stage's covered bottom band, measured by the HUD and read by the camera rig. */
export const useStageInset = create<StageInset>((set) => ({
  bottomPx: 0,
  setBottomPx: (px) => set((s) => (Math.abs(s.bottomPx - px) < 1 ? s : { bottomPx: Math.round(px) })),
}));
