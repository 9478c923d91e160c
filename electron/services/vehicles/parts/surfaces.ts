import type { Document, Material, Node } from '@gltf-transform/core';

/** Triangles of one primitive in world space (metres), flattened. */
export type RawSurface = {
  node: Node;
  mesh: string;
  material: string;
  materialRef: Material | null;
  primitive: number;
  /** x, y, z per vertex. */
  positions: Float32Array;
  /** Three vertex indices per triangle. */
  indices: Uint32Array;
};

const TRIANGLES = 4;
const STRIP = 5;
const FAN = 6;

/** The name a node is known by: its own, or `node-<index>` when it has none (the import step names them likewise). */
export function nodeName(node: Node, index: number): string {
  return node.getName() || `node-${index}`;
}

/** The name a material is known by: its own, or `material-<index>`. */
export function materialName(material: Material | null, index: number): string {
  if (!material) return 'default';
  return material.getName() || `material-${index}`;
}

/**
 * Every drawn triangle primitive of the default scene in world space. Nodes with `extras.hidden === true` (parts the
 * app hides on load, e.g. the launch EV's accessories and spare rims) are left out, and so is everything under them.
 */
export function collectSurfaces(doc: Document): RawSurface[] {
  const root = doc.getRoot();
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  if (!scene) return [];
  const nodeIndex = new Map(root.listNodes().map((n, i) => [n, i]));
  const materialIndex = new Map(root.listMaterials().map((m, i) => [m, i]));
  const out: RawSurface[] = [];
  const visit = (node: Node) => {
    if ((node.getExtras() as { hidden?: unknown }).hidden === true) return;
    const mesh = node.getMesh();
    if (mesh) {
      const world = node.getWorldMatrix();
      const name = nodeName(node, nodeIndex.get(node) ?? 0);
      mesh.listPrimitives().forEach((prim, p) => {
        const position = prim.getAttribute('POSITION');
        const indices = triangleIndices(
          prim.getMode(),
          prim.getIndices()?.getArray(),
          position?.getCount() ?? 0,
        );
        if (!position || !indices || indices.length === 0) return;
        const count = position.getCount();
        const positions = new Float32Array(count * 3);
        const v = [0, 0, 0];
        for (let i = 0; i < count; i++) {
          position.getElement(i, v);
          const [x, y, z] = v as [number, number, number];
          for (let r = 0; r < 3; r++) {
            positions[i * 3 + r] = world[r]! * x + world[r + 4]! * y + world[r + 8]! * z + world[r + 12]!;
          }
        }
        const material = prim.getMaterial();
        out.push({
          node,
          mesh: name,
          material: materialName(material, material ? (materialIndex.get(material) ?? 0) : 0),
          materialRef: material,
          primitive: p,
          positions,
          indices,
        });
      });
    }
    for (const child of node.listChildren()) visit(child);
  };
  for (const child of scene.listChildren()) visit(child);
  return out;
}

/** Triangle list indices for triangle lists, strips and fans; null for points and lines (nothing to wrap). */
function triangleIndices(
  mode: number,
  given: ArrayLike<number> | undefined | null,
  count: number,
): Uint32Array | null {
  const idx = given ? Uint32Array.from(given) : Uint32Array.from({ length: count }, (_, i) => i);
  if (mode === TRIANGLES) return idx.subarray(0, idx.length - (idx.length % 3));
  if (mode !== STRIP && mode !== FAN) return null;
  const out: number[] = [];
  for (let i = 2; i < idx.length; i++) {
    if (mode === FAN) out.push(idx[0]!, idx[i - 1]!, idx[i]!);
    else if (i % 2 === 0) out.push(idx[i - 2]!, idx[i - 1]!, idx[i]!);
    else out.push(idx[i - 1]!, idx[i - 2]!, idx[i]!);
  }
  return Uint32Array.from(out);
}
