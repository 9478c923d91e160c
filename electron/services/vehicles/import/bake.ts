import type { Accessor, Document, Node, Primitive, PrimitiveTarget } from '@gltf-transform/core';
import { sceneNodes, shownScene } from './items';
import { determinant3, type Mat4, multiply, normalMatrix } from './math';
import type { Message } from './types';

/** Gives each node its own mesh and each mesh its own primitives, so baking one node moves no other. */
function unshareMeshes(document: Document, nodes: Node[]): void {
  const seen = new Set<unknown>();
  const names = new Set(
    document
      .getRoot()
      .listMeshes()
      .map((m) => m.getName()),
  );
  for (const node of nodes) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    if (!seen.has(mesh)) {
      seen.add(mesh);
      continue;
    }
    let n = 2;
    while (names.has(`${mesh.getName()}-${n}`)) n++;
    const copy = document.createMesh(`${mesh.getName()}-${n}`);
    names.add(copy.getName());
    for (const primitive of mesh.listPrimitives()) copy.addPrimitive(primitive.clone());
    node.setMesh(copy);
  }
}

/** The accessor this primitive may change: its own, or a copy when another primitive shares it. */
function own(accessor: Accessor, owned: Set<Accessor>, swap: (copy: Accessor) => void): Accessor {
  if (!owned.has(accessor)) {
    owned.add(accessor);
    return accessor;
  }
  const copy = accessor.clone();
  owned.add(copy);
  swap(copy);
  return copy;
}

function transformVectors(
  array: Float32Array,
  size: number,
  m: ArrayLike<number>,
  point: boolean,
  unit: boolean,
): void {
  for (let i = 0; i < array.length; i += size) {
    const x = array[i]!;
    const y = array[i + 1]!;
    const z = array[i + 2]!;
    let nx = m[0]! * x + m[4]! * y + m[8]! * z + (point ? m[12]! : 0);
    let ny = m[1]! * x + m[5]! * y + m[9]! * z + (point ? m[13]! : 0);
    let nz = m[2]! * x + m[6]! * y + m[10]! * z + (point ? m[14]! : 0);
    if (unit) {
      const l = Math.hypot(nx, ny, nz) || 1;
      nx /= l;
      ny /= l;
      nz /= l;
    }
    array[i] = nx;
    array[i + 1] = ny;
    array[i + 2] = nz;
  }
}

/** Column-major 4×4 from a row-major 3×3 (no translation). */
const mat3To4 = (n: number[]): Mat4 => [
  n[0]!,
  n[3]!,
  n[6]!,
  0,
  n[1]!,
  n[4]!,
  n[7]!,
  0,
  n[2]!,
  n[5]!,
  n[8]!,
  0,
  0,
  0,
  0,
  1,
];

function bakeAttributes(
  holder: Primitive | PrimitiveTarget,
  m: Mat4,
  owned: Set<Accessor>,
  delta: boolean,
  mirrored: boolean,
): void {
  const normals = mat3To4(normalMatrix(m));
  for (const semantic of ['POSITION', 'NORMAL', 'TANGENT']) {
    const found = holder.getAttribute(semantic);
    if (!found) continue;
    const accessor = own(found, owned, (copy) => holder.setAttribute(semantic, copy));
    const array = accessor.getArray() as Float32Array;
    const size = accessor.getElementSize();
    if (semantic === 'POSITION') transformVectors(array, size, m, !delta, false);
    else transformVectors(array, size, semantic === 'NORMAL' ? normals : m, false, !delta);
    if (semantic === 'TANGENT' && mirrored && size === 4)
      for (let i = 3; i < array.length; i += 4) array[i] = -array[i]!;
    accessor.setArray(array);
  }
}

/** Reverses each triangle's winding (a mirroring transform baked in would turn the faces inside out). */
function flipWinding(document: Document, primitive: Primitive, owned: Set<Accessor>): boolean {
  if (primitive.getMode() !== 4) return false;
  let indices = primitive.getIndices();
  if (!indices) {
    const count = primitive.getAttribute('POSITION')!.getCount();
    const array = count > 65535 ? new Uint32Array(count) : new Uint16Array(count);
    for (let i = 0; i < count; i++) array[i] = i;
    indices = document.createAccessor().setType('SCALAR').setArray(array);
    const buffer = document.getRoot().listBuffers()[0];
    if (buffer) indices.setBuffer(buffer);
    primitive.setIndices(indices);
  }
  indices = own(indices, owned, (copy) => primitive.setIndices(copy));
  const array = indices.getArray()!;
  for (let i = 0; i + 2 < array.length; i += 3) {
    const b = array[i + 1]!;
    array[i + 1] = array[i + 2]!;
    array[i + 2] = b;
  }
  return true;
}

/**
 * Bakes `correction × world` into every drawn vertex (positions, normals, tangents, morph targets) and sets every
 * node's own transform to identity, keeping the node tree (groups such as a wheel with its rim and tyre stay).
 * Meshes used by several nodes are copied first (`<mesh>-2`…); a mirroring transform flips the triangles' winding.
 */
export function bakeTransforms(document: Document, correction: Mat4, warnings: Message[]): void {
  const scene = shownScene(document);
  if (!scene) return;
  const nodes = sceneNodes(scene);
  unshareMeshes(document, nodes);
  const owned = new Set<Accessor>();
  for (const node of nodes) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const m = multiply(correction, node.getWorldMatrix());
    const mirrored = determinant3(m) < 0;
    for (const primitive of mesh.listPrimitives()) {
      bakeAttributes(primitive, m, owned, false, mirrored);
      for (const target of primitive.listTargets()) bakeAttributes(target, m, owned, true, mirrored);
      if (mirrored && !flipWinding(document, primitive, owned))
        warnings.push({ key: 'import.mirroredStrip', values: { mesh: mesh.getName() } });
    }
  }
  for (const node of nodes) node.setTranslation([0, 0, 0]).setRotation([0, 0, 0, 1]).setScale([1, 1, 1]);
}
