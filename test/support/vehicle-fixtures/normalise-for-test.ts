import type { Document, mat4, Node } from '@gltf-transform/core';

/**
 * TEST ONLY: a tiny stand-in for the product's normaliser (electron/services/vehicles/import, another branch), so the
 * part finder can be tested on the real third-party car now. It bakes every node's world transform into its mesh
 * (copying meshes that several nodes share), then moves the car so its wheels stand on y = 0 and it is centred in
 * x/z. It does not detect units, turn the nose or drop scenery: the fixtures it is used on are already in metres,
 * Y up, nose +Z once their transforms are baked (asserted by the tests).
 */
export function bakeAndCentre(doc: Document): Document {
  const root = doc.getRoot();
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  if (!scene) throw new Error('test normaliser: the document has no scene');
  const seen = new Set<unknown>();
  const nodes: Node[] = [];
  scene.traverse((n) => {
    nodes.push(n);
  });
  // Meshes several nodes share get a copy per node first, since each copy is moved to its own place.
  for (const node of nodes) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    if (seen.has(mesh)) {
      const copy = doc.createMesh(mesh.getName());
      for (const prim of mesh.listPrimitives()) copy.addPrimitive(prim.clone());
      node.setMesh(copy);
    }
    seen.add(mesh);
  }
  const movedAccessors = new Set<unknown>();
  for (const node of nodes) {
    const target = node.getMesh();
    if (!target) continue;
    const world = node.getWorldMatrix();
    for (const prim of target.listPrimitives()) {
      for (const [semantic, w] of [
        ['POSITION', 1],
        ['NORMAL', 0],
      ] as const) {
        const source = prim.getAttribute(semantic);
        if (!source || movedAccessors.has(source)) continue;
        const moved = source.clone();
        const v = [0, 0, 0];
        for (let i = 0; i < moved.getCount(); i++) {
          moved.getElement(i, v);
          moved.setElement(i, transform(world, v, w));
        }
        prim.setAttribute(semantic, moved);
        movedAccessors.add(moved);
      }
    }
  }
  for (const node of nodes) {
    node.setTranslation([0, 0, 0]).setRotation([0, 0, 0, 1]).setScale([1, 1, 1]);
  }
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    for (const prim of node.getMesh()?.listPrimitives() ?? []) {
      const pos = prim.getAttribute('POSITION');
      const v = [0, 0, 0];
      for (let i = 0; i < (pos?.getCount() ?? 0); i++) {
        pos!.getElement(i, v);
        for (let k = 0; k < 3; k++) {
          min[k] = Math.min(min[k]!, v[k]!);
          max[k] = Math.max(max[k]!, v[k]!);
        }
      }
    }
  }
  const shift = [-(min[0]! + max[0]!) / 2, -min[1]!, -(min[2]! + max[2]!) / 2];
  const done = new Set<unknown>();
  for (const node of nodes) {
    for (const prim of node.getMesh()?.listPrimitives() ?? []) {
      const pos = prim.getAttribute('POSITION');
      if (!pos || done.has(pos)) continue;
      done.add(pos);
      const v = [0, 0, 0];
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, v);
        pos.setElement(i, [v[0]! + shift[0]!, v[1]! + shift[1]!, v[2]! + shift[2]!]);
      }
    }
  }
  return doc;
}

/** Multiplies a column-major 4×4 matrix with a point (w = 1) or a direction (w = 0, re-normalised). */
function transform(m: mat4, v: number[], w: 0 | 1): number[] {
  const [x, y, z] = v as [number, number, number];
  const out = [0, 1, 2].map((r) => m[r]! * x + m[r + 4]! * y + m[r + 8]! * z + w * m[r + 12]!);
  if (w === 1) return out;
  const len = Math.hypot(out[0]!, out[1]!, out[2]!) || 1;
  return out.map((c) => c / len);
}
