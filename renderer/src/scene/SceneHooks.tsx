import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { type Mesh, type Object3D, type PerspectiveCamera, Vector3 } from 'three';
import { type SceneSlice, useSceneStore } from '../store/scene-slice';
import { TEST_HOOKS } from '../test-hooks';
import { cameraMotion } from './camera/CameraRig';
import { presetAngle } from './camera/presets';
import { angleOf, type ShotView } from './camera/shot-frame';
import { originalName } from './car/names';
import type { SceneLook } from './scene-config';
import { captureCar, captureFrame, type ScreenshotSize, screenshotPixels } from './screenshot';

/** What end-to-end tests and the benchmark may drive without the panels. */
export interface SceneControl {
  store: () => SceneSlice;
  moving: () => boolean;
  screenshot: (kind: ScreenshotSize) => Promise<Blob>;
  /** Where the camera stands and what it looks at (metres): the benchmark's bare page copies the view. */
  view: () => { position: [number, number, number]; target: [number, number, number] };
  /** Puts the camera at once where `view` says (tests: views the presets do not have, such as the right side). */
  setView: (v: { position: [number, number, number]; target: [number, number, number] }) => void;
}

declare global {
  interface Window {
    /** Replaces the look the scene draws (end-to-end tests, benchmark). */
    __setSceneLook?: (look: SceneLook) => void;
    /** Scene store, camera motion and screenshots for end-to-end tests and the benchmark. */
    __configuratorSceneControl?: SceneControl;
  }
}

/** Stage actions for UI outside the canvas (the HUD, the panels); set while the stage is mounted. */
export const sceneActions: {
  screenshot: SceneControl['screenshot'] | null;
  /** A PNG of the stage at this pixel size (a library vehicle's thumbnail). */
  capture: ((width: number, height: number) => Promise<Blob>) | null;
  /** A PNG of the car from a preset's direction (or an angle), framed on the car at this pixel size (print). */
  render: ((view: ShotView, width: number, height: number) => Promise<Blob>) | null;
  /** Whether the camera stands still (no preset move, no turntable). */
  settled: () => boolean;
  /** Mesh and material names of the car on stage (staff corrections pick from them). */
  partNames: (() => { meshes: string[]; materials: string[] }) | null;
} = { screenshot: null, capture: null, render: null, settled: () => !cameraMotion.moving, partNames: null };

/** Names of the meshes (glTF names, as the manifest uses them) and materials of the car on stage, sorted. */
function carPartNames(scene: Object3D): { meshes: string[]; materials: string[] } {
  const meshes = new Set<string>();
  const materials = new Set<string>();
  scene.getObjectByName('car')?.traverse((o) => {
    if (!(o as Mesh).isMesh) return;
    const named = originalName(o);
    if (named) meshes.add(named);
    const list = (o as Mesh).material;
    const kept = o.userData.materialNames as string[] | undefined;
    for (const name of kept ?? (Array.isArray(list) ? list : [list]).map((m) => m.name))
      if (name) materials.add(name);
  });
  return { meshes: [...meshes].sort(), materials: [...materials].sort() };
}

/** Registers the scene's test hooks and the app-wide screenshot function while the stage is mounted. */
export function SceneHooks() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useThree((s) => s.controls) as { target?: Vector3; update?: () => void } | null;
  useEffect(() => {
    const stageCamera = camera as PerspectiveCamera;
    const render = async (view: ShotView, w: number, h: number) => {
      const angle = typeof view === 'string' ? presetAngle(view) : view;
      const blob = await captureCar(gl, scene, stageCamera, angle, w, h);
      invalidate();
      return blob;
    };
    // A screenshot keeps the direction the customer looks from, framed on the car in the picture's own
    // size: not the stage's layout (the band the controls cover, the panel beside the stage).
    const screenshot = (kind: ScreenshotSize) => {
      const [w, h] = screenshotPixels(kind, size.width, size.height);
      return render(angleOf(stageCamera.position, controls?.target ?? new Vector3()), w, h);
    };
    sceneActions.screenshot = screenshot;
    sceneActions.render = render;
    sceneActions.partNames = () => carPartNames(scene);
    sceneActions.capture = async (w, h) => {
      const view = stageCamera.clone();
      view.aspect = w / Math.max(1, h);
      view.updateProjectionMatrix();
      const blob = await captureFrame(gl, scene, view, w, h);
      invalidate();
      return blob;
    };
    if (TEST_HOOKS) {
      window.__setSceneLook = (look) => useSceneStore.getState().setLook(look);
      window.__configuratorSceneControl = {
        store: () => useSceneStore.getState(),
        moving: () => cameraMotion.moving,
        screenshot,
        view: () => ({
          position: camera.position.toArray() as [number, number, number],
          target: (controls?.target ?? new Vector3()).toArray() as [number, number, number],
        }),
        setView: ({ position, target }) => {
          camera.position.set(...position);
          controls?.target?.set(...target);
          camera.lookAt(...target);
          controls?.update?.();
          invalidate();
        },
      };
    }
    return () => {
      sceneActions.screenshot = null;
      sceneActions.capture = null;
      sceneActions.render = null;
      sceneActions.partNames = null;
      delete window.__setSceneLook;
      delete window.__configuratorSceneControl;
    };
  }, [gl, scene, camera, size, invalidate, controls]);
  return null;
}
