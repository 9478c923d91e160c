import { create, type StateCreator } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { ModelRefusal } from '../scene/import/errors';
import { type CameraPresetId, FACTORY_LOOK, type LightingId, type SceneLook } from '../scene/scene-config';

/** Where the car on stage came from and how its loading went. */
export interface ModelStatus {
  state: 'loading' | 'ready' | 'error';
  /** 0..1 while loading. */
  progress: number;
  /** File or model name shown to the user. */
  name: string;
  /** Why the last model was refused (the previous car stays on stage), to show in the UI language. */
  error: ModelRefusal | null;
  /** Name of the car on stage (a car that failed to load does not replace it). */
  onStage: string;
}

/** A library vehicle to put on stage: its stored (already normalised) glb by URL and its manifest. */
export interface VehicleSource {
  /** Library id (`compact-ev` never comes here: the bundled launch EV is the stage's default). */
  id: string;
  /** `vehicles/<id>/model.glb`, relative to the page. */
  url: string;
  manifest: unknown;
  /** Name shown while loading and in the HUD. */
  name: string;
}

/** Scene state: the look to draw and how the stage is viewed. */
export interface SceneSlice {
  look: SceneLook;
  lighting: LightingId;
  camera: { preset: CameraPresetId; nonce: number; instant: boolean };
  turntable: boolean;
  selectedZone: string | null;
  model: ModelStatus;
  /** The library vehicle on stage; null = the bundled launch EV. */
  vehicleSource: VehicleSource | null;
  setLook: (look: SceneLook) => void;
  updateLook: (change: (look: SceneLook) => SceneLook) => void;
  setLighting: (lighting: LightingId) => void;
  /** Moves the camera to a preset, smoothly unless `instant` (tests, screenshots). */
  goToPreset: (preset: CameraPresetId, instant?: boolean) => void;
  setTurntable: (on: boolean) => void;
  selectZone: (zone: string | null) => void;
  setModel: (status: Partial<ModelStatus>) => void;
  /** Swaps the stage to a library vehicle (null: back to the launch EV). */
  setVehicleSource: (source: VehicleSource | null) => void;
}

/** The scene slice, for combining into the app store. */
export const createSceneSlice: StateCreator<SceneSlice, [], [], SceneSlice> = (set) => ({
  look: FACTORY_LOOK,
  lighting: 'studio',
  camera: { preset: 'front34', nonce: 0, instant: true },
  turntable: false,
  selectedZone: null,
  model: { state: 'loading', progress: 0, name: '', error: null, onStage: '' },
  vehicleSource: null,
  setLook: (look) => set({ look }),
  updateLook: (change) => set((s) => ({ look: change(s.look) })),
  setLighting: (lighting) => set({ lighting }),
  goToPreset: (preset, instant = false) =>
    set((s) => ({ camera: { preset, nonce: s.camera.nonce + 1, instant }, turntable: false })),
  setTurntable: (turntable) => set({ turntable }),
  selectZone: (selectedZone) => set({ selectedZone }),
  setModel: (status) => set((s) => ({ model: { ...s.model, ...status } })),
  setVehicleSource: (vehicleSource) => set({ vehicleSource }),
});

/** The scene store until the panels' combined store takes the slice over. */
export const useSceneStore = create<SceneSlice>()(subscribeWithSelector(createSceneSlice));

/** The look the scene draws (re-renders only when the look changes). */
export function useSceneLook(): SceneLook {
  return useSceneStore((s) => s.look);
}
