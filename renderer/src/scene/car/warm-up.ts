import type { Camera, Object3D, Scene, WebGLRenderer } from 'three';
import type { CarRig } from './rig';

/**
 * Compiles every shader the car can need (hidden accessories and rims included) before the user
 * clicks anything, so no film, rim or accessory switch ever compiles on the click.
 */
export function warmUp(gl: WebGLRenderer, scene: Scene, camera: Camera, rig: CarRig): Promise<unknown> {
  const hidden: Object3D[] = [];
  rig.root.traverse((o) => {
    if (!o.visible) {
      hidden.push(o);
      o.visible = true;
    }
  });
  // compileAsync collects the materials synchronously, then resolves when their programs are linked.
  const ready = gl.compileAsync(scene, camera);
  for (const o of hidden) o.visible = false;
  return ready;
}
