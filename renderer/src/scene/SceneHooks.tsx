import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { type PerspectiveCamera, Vector3 } from 'three';
import { type SceneSlice, useSceneStore } from '../store/scene-slice';
import { TEST_HOOKS } from '../test-hooks';
import { cameraMotion } from './camera/CameraRig';
import type { SceneLook } from './scene-config';
import { captureScreenshot, type ScreenshotSize, screenshotPixels } from './screenshot';

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
export const sceneActions: { screenshot: SceneControl['screenshot'] | null } = { screenshot: null };

/** Registers the scene's test hooks and the app-wide screenshot function while the stage is mounted. */
export function SceneHooks() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useThree((s) => s.controls) as { target?: Vector3; update?: () => void } | null;
  useEffect(() => {
    const screenshot = async (kind: ScreenshotSize) => {
      const [w, h] = screenshotPixels(kind, size.width, size.height);
      const blob = await captureScreenshot(gl, scene, camera as PerspectiveCamera, w, h);
      invalidate();
      return blob;
    };
    sceneActions.screenshot = screenshot;
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
      delete window.__setSceneLook;
      delete window.__configuratorSceneControl;
    };
  }, [gl, scene, camera, size, invalidate, controls]);
  return null;
}
