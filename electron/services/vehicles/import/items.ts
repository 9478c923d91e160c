import type { Document, Node, Scene } from '@gltf-transform/core';

/** An axis-aligned box: min and max per axis. */
export interface Box {
  min: [number, number, number];
  max: [number, number, number];
}

/** One drawn mesh placed by one node: its world-space vertices (file units) and their box. */
export interface MeshItem {
  node: Node;
  name: string;
  positions: Float32Array;
  triangles: number;
  box: Box;
}

/** An empty box (grows with `grow`). */
export function emptyBox(): Box {
  return { min: [Infinity, Infinity, Infinity], max: [-Infinity, -Infinity, -Infinity] };
}

/** Grows a box to hold another box. */
export function grow(box: Box, other: Box): Box {
  for (let a = 0; a < 3; a++) {
    box.min[a] = Math.min(box.min[a]!, other.min[a]!);
    box.max[a] = Math.max(box.max[a]!, other.max[a]!);
  }
  return box;
}

/** The box around several items (empty for none). */
export function unionBox(items: MeshItem[]): Box {
  return items.reduce((box, item) => grow(box, item.box), emptyBox());
}

/** A box's size per axis. */
export function extents(box: Box): [number, number, number] {
  return [box.max[0] - box.min[0], box.max[1] - box.min[1], box.max[2] - box.min[2]];
}

/** The gap between two boxes (0 when they touch or overlap). */
export function boxGap(a: Box, b: Box): number {
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const d = Math.max(0, a.min[i]! - b.max[i]!, b.min[i]! - a.max[i]!);
    sum += d * d;
  }
  return Math.sqrt(sum);
}

/** The scene three.js shows: the default scene, else the first. */
export function shownScene(document: Document): Scene | null {
  const root = document.getRoot();
  return root.getDefaultScene() ?? root.listScenes()[0] ?? null;
}

/** Every node under a scene, parents before children. */
export function sceneNodes(scene: Scene): Node[] {
  const out: Node[] = [];
  scene.traverse((node) => {
    out.push(node);
  });
  return out;
}

function worldPositions(node: Node): { positions: Float32Array; triangles: number; box: Box } {
  const m = node.getWorldMatrix();
  const primitives = node.getMesh()!.listPrimitives();
  const total = primitives.reduce((n, p) => n + (p.getAttribute('POSITION')?.getCount() ?? 0), 0);
  const positions = new Float32Array(total * 3);
  const box = emptyBox();
  let at = 0;
  let triangles = 0;
  for (const primitive of primitives) {
    const accessor = primitive.getAttribute('POSITION');
    if (!accessor) continue;
    const source = accessor.getArray() as Float32Array;
    for (let i = 0; i < source.length; i += 3, at += 3) {
      const x = source[i]!;
      const y = source[i + 1]!;
      const z = source[i + 2]!;
      for (let a = 0; a < 3; a++) {
        const v = m[a]! * x + m[4 + a]! * y + m[8 + a]! * z + m[12 + a]!;
        positions[at + a] = v;
        if (v < box.min[a]!) box.min[a] = v;
        if (v > box.max[a]!) box.max[a] = v;
      }
    }
    const mode = primitive.getMode();
    const count = primitive.getIndices()?.getCount() ?? accessor.getCount();
    if (mode === 4) triangles += count / 3;
    else if (mode === 5 || mode === 6) triangles += Math.max(0, count - 2);
  }
  return { positions, triangles, box };
}

/** The meshes the shown scene draws, each with its world-space vertices (positions must be float already). */
export function meshItems(document: Document): MeshItem[] {
  const scene = shownScene(document);
  if (!scene) return [];
  return sceneNodes(scene)
    .filter((node) => node.getMesh())
    .map((node) => ({ node, name: node.getName(), ...worldPositions(node) }))
    .filter((item) => item.positions.length > 0);
}
