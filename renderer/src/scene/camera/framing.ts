import { Box3, type Mesh } from 'three';
import type { CarRig } from '../car/rig';

const tmp = new Box3();

/**
 * What a camera preset frames: the car plus the accessories shown right now (a roof box or a bike rack
 * must not be cropped). Read when a preset is chosen, so showing an accessory never moves the camera by itself.
 */
export function framingBox(rig: CarRig): Box3 {
  const box = rig.bounds.clone();
  for (const nodes of rig.accessories.values()) {
    for (const node of nodes) {
      if (!node.visible) continue;
      node.updateWorldMatrix(true, true);
      node.traverseVisible((o) => {
        const mesh = o as Mesh;
        if (!mesh.isMesh) return;
        if (!mesh.geometry.boundingBox) mesh.geometry.computeBoundingBox();
        box.union(tmp.copy(mesh.geometry.boundingBox!).applyMatrix4(mesh.matrixWorld));
      });
    }
  }
  return box;
}
