import { Box3, type Camera, Vector3 } from 'three';
import { TEST_HOOKS } from '../../test-hooks';
import type { CarRig } from '../car/rig';

declare global {
  interface Window {
    /** Where a zone shows on the canvas (CSS px from the canvas's top left), for end-to-end tests. */
    __zoneOnScreen?: (zone: string) => [number, number] | null;
  }
}

/** Registers `window.__zoneOnScreen` for a car and camera (test builds only); returns the unregister function. */
export function registerZoneProbe(rig: CarRig, camera: Camera, canvas: HTMLCanvasElement): () => void {
  if (!TEST_HOOKS) return () => {};
  window.__zoneOnScreen = (zone) => {
    const meshes = rig.zones.get(zone);
    if (!meshes?.length) return null;
    const box = new Box3();
    for (const m of meshes) box.expandByObject(m);
    const p = box.getCenter(new Vector3()).project(camera);
    const rect = canvas.getBoundingClientRect();
    return [((p.x + 1) / 2) * rect.width, ((1 - p.y) / 2) * rect.height];
  };
  return () => {
    delete window.__zoneOnScreen;
  };
}
