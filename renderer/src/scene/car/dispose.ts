import type { Material, Mesh, Object3D, Texture } from 'three';

/** Frees a material and the textures it holds (for materials that came from a loaded file). */
export function disposeMaterialDeep(m: Material): void {
  for (const value of Object.values(m)) {
    if (value && typeof value === 'object' && (value as Texture).isTexture) (value as Texture).dispose();
  }
  m.dispose();
}

/** Frees every geometry, material and texture under a loaded model. */
export function disposeObject(root: Object3D): void {
  root.traverse((o) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh) return;
    mesh.geometry.dispose();
    for (const m of [mesh.material].flat()) disposeMaterialDeep(m);
  });
}
