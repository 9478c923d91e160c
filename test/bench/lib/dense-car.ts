/**
 * The benchmark's heavy car: the real third-party Roma (6k triangles) with every triangle cut into n × n smaller
 * ones (flat, attributes interpolated, so it looks the same) up to about 500k triangles, then Draco-compressed,
 * as a shop's detailed file would arrive. Made with @gltf-transform into the temp folder (never committed),
 * reused while the source file and this recipe are unchanged.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Accessor, type Document, NodeIO, type Primitive } from '@gltf-transform/core';
import { ALL_EXTENSIONS, KHRDracoMeshCompression } from '@gltf-transform/extensions';
import draco3d from 'draco3d';
import { REAL_CAR } from '../../support/compressed-car';

/** Triangles the dense car aims at (the "~500k-triangle Draco car"). */
export const DENSE_TRIANGLES = 500_000;
/** Bump when the recipe changes, so a cached file of the old recipe is not reused. */
const RECIPE = 1;

/** A dense, Draco-compressed Roma on disk, with its triangle count. */
export interface DenseCar {
  path: string;
  triangles: number;
  bytes: number;
}

/** Vertex (i, j) of a triangle cut n × n: barycentric weights of its three corners. */
function weights(n: number, i: number, j: number): [number, number, number] {
  return [(n - i - j) / n, i / n, j / n];
}

/** Replaces one indexed triangle primitive's geometry by its n × n subdivision; returns the triangles made. */
function subdivide(document: Document, prim: Primitive, n: number): number {
  const indices = prim.getIndices();
  const position = prim.getAttribute('POSITION');
  if (!position || prim.getMode() !== 4) return 0;
  const corners: number[] = indices
    ? Array.from(indices.getArray() as ArrayLike<number>)
    : [...Array(position.getCount()).keys()];
  const triangles = corners.length / 3;
  const perTriangle = ((n + 1) * (n + 2)) / 2;
  const vertexCount = triangles * perTriangle;
  const semantics = prim.listSemantics();
  const sources = semantics.map((s) => prim.getAttribute(s)!);
  const outputs = sources.map((a) => new Float32Array(vertexCount * a.getElementSize()));
  const out = new Uint32Array(triangles * n * n * 3);
  const a = [0, 0, 0, 0];
  const b = [0, 0, 0, 0];
  const c = [0, 0, 0, 0];
  let vertex = 0;
  let o = 0;
  for (let t = 0; t < triangles; t += 1) {
    const base = vertex;
    // Row-major numbering of the grid points: row i holds n - i + 1 points.
    const at = (i: number, j: number) => base + i * (n + 1) - (i * (i - 1)) / 2 + j;
    for (let i = 0; i <= n; i += 1)
      for (let j = 0; j <= n - i; j += 1) {
        const [wa, wb, wc] = weights(n, i, j);
        sources.forEach((src, s) => {
          const size = src.getElementSize();
          src.getElement(corners[3 * t]!, a);
          src.getElement(corners[3 * t + 1]!, b);
          src.getElement(corners[3 * t + 2]!, c);
          for (let k = 0; k < size; k += 1)
            outputs[s]![vertex * size + k] = wa * a[k]! + wb * b[k]! + wc * c[k]!;
        });
        vertex += 1;
      }
    for (let i = 0; i < n; i += 1)
      for (let j = 0; j < n - i; j += 1) {
        out.set([at(i, j), at(i + 1, j), at(i, j + 1)], o);
        o += 3;
        if (j < n - i - 1) {
          out.set([at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)], o);
          o += 3;
        }
      }
  }
  const buffer = document.getRoot().listBuffers()[0]!;
  semantics.forEach((s, k) => {
    const src: Accessor = sources[k]!;
    // Normals interpolated between corners are renormalised; the rest (positions, UVs) are linear anyway.
    if (s === 'NORMAL') {
      const v = outputs[k]!;
      for (let p = 0; p < v.length; p += 3) {
        const len = Math.hypot(v[p]!, v[p + 1]!, v[p + 2]!) || 1;
        v[p]! /= len;
        v[p + 1]! /= len;
        v[p + 2]! /= len;
      }
    }
    prim.setAttribute(
      s,
      document.createAccessor().setType(src.getType()).setArray(outputs[k]!).setBuffer(buffer),
    );
  });
  prim.setIndices(document.createAccessor().setType('SCALAR').setArray(out).setBuffer(buffer));
  return triangles * n * n;
}

/** Makes (or reuses) the dense Draco Roma in the temp folder. */
export async function denseDracoCar(target = DENSE_TRIANGLES): Promise<DenseCar> {
  const source = statSync(REAL_CAR);
  const path = join(tmpdir(), `bench-dense-roma-${RECIPE}-${target}-${source.size}-${source.mtimeMs}.glb`);
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
    'draco3d.encoder': await draco3d.createEncoderModule(),
    'draco3d.decoder': await draco3d.createDecoderModule(),
  });
  if (existsSync(path)) {
    const document = await io.read(path);
    return { path, triangles: countTriangles(document), bytes: statSync(path).size };
  }
  const document = await io.readBinary(new Uint8Array(readFileSync(REAL_CAR)));
  const prims = document
    .getRoot()
    .listMeshes()
    .flatMap((m) => m.listPrimitives());
  const n = Math.max(1, Math.round(Math.sqrt(target / countTriangles(document))));
  let triangles = 0;
  for (const prim of prims) triangles += subdivide(document, prim, n);
  // The original accessors are no longer used by any primitive.
  for (const accessor of document.getRoot().listAccessors())
    if (!accessor.listParents().some((p) => p.propertyType !== 'Root')) accessor.dispose();
  document.createExtension(KHRDracoMeshCompression).setRequired(true);
  const glb = await io.writeBinary(document);
  writeFileSync(path, glb);
  return { path, triangles, bytes: glb.byteLength };
}

/** Triangles drawn by a document's triangle-list primitives. */
function countTriangles(document: Document): number {
  let n = 0;
  for (const mesh of document.getRoot().listMeshes())
    for (const prim of mesh.listPrimitives()) {
      if (prim.getMode() !== 4) continue;
      n += (prim.getIndices()?.getCount() ?? prim.getAttribute('POSITION')?.getCount() ?? 0) / 3;
    }
  return n;
}
