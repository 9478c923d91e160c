import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { TEST_HOOKS } from '../test-hooks';

/** Render counters tests and the benchmark read through `window.__configuratorScene`. */
export interface SceneStats {
  frames: number;
  programs: number;
  geometries: number;
  textures: number;
  calls: number;
  triangles: number;
}

declare global {
  interface Window {
    /** Read-only render statistics for end-to-end tests and the benchmark. */
    __configuratorScene?: () => SceneStats;
  }
}

/**
 * Runs `work` once the car's first frame is on screen (at once when it already is): work the first frame
 * must not wait for, such as compiling hidden variants or baking the other lightings. Returns a cancel.
 */
export function afterFirstFrame(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = setTimeout(work, 0);
  };
  // Without a page (the scene graph under the test renderer) there is no first frame to wait for.
  const page = typeof window === 'undefined' ? null : window;
  if (!page || document.documentElement.dataset.sceneReady) run();
  else page.addEventListener('scene-ready', run, { once: true });
  return () => {
    page?.removeEventListener('scene-ready', run);
    clearTimeout(timer);
  };
}

/** Marks `<html data-scene-ready>` once everything inside its Suspense boundary has rendered a frame. */
export function SceneReady() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const frames = useRef(0);
  const marked = useRef(false);
  useEffect(() => {
    if (TEST_HOOKS) {
      window.__configuratorScene = () => ({
        frames: frames.current,
        programs: gl.info.programs?.length ?? 0,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
      });
    }
    invalidate();
    return () => {
      delete window.__configuratorScene;
      delete document.documentElement.dataset.sceneReady;
      delete document.documentElement.dataset.sceneWarm;
    };
  }, [gl, invalidate]);
  useFrame(() => {
    frames.current += 1;
    if (marked.current) return;
    marked.current = true;
    requestAnimationFrame(() => {
      document.documentElement.dataset.sceneReady = 'true';
      window.dispatchEvent(new Event('scene-ready'));
    });
  });
  return null;
}
