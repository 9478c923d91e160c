/**
 * xatlas (the well-kept chart + parameterisation library) compiled to WebAssembly by the `xatlasjs` package, whose
 * Node build ships its `.wasm` in the package. Loaded once per thread, synchronously (the module is instantiated
 * with `new WebAssembly.Instance`), so `unwrapZone` stays a plain synchronous function inside the import worker.
 * Its 16-bit index input limits one call to 65,536 vertices; `unwrap-zone.ts` splits bigger zones.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The embind surface of xatlasjs' `dist/node/xatlas.js` that this module uses. */
interface XatlasModule {
  HEAPU16: Uint16Array;
  HEAPU32: Uint32Array;
  HEAPF32: Float32Array;
  createAtlas(): void;
  createMesh(
    vertexCount: number,
    indexCount: number,
    normals: boolean,
    uvs: boolean,
  ): { meshId: number; indexOffset: number; positionOffset: number };
  addMesh(): number;
  generateAtlas(chart: Record<string, number | boolean>, pack: Record<string, number | boolean>): void;
  getAtlas(): { width: number; height: number; texelsPerUnit: number };
  getMeshData(meshId: number): {
    newVertexCount: number;
    newIndexCount: number;
    indexOffset: number;
    originalIndexOffset: number;
    uvOffset: number;
    subMeshes: { delete(): void };
  };
  destroyMeshData(data: unknown): void;
  destroyAtlas(): void;
}

/** Most vertices one xatlas mesh may have (its indices are 16-bit). */
export const XATLAS_MAX_VERTICES = 65536;

/** Texels per metre asked of xatlas' packer: UVs come back in texels, divided by this they are metres. */
const TEXELS_PER_M = 200;

/** Chart growing: xatlas' defaults, with a higher cost ceiling so a gently curved panel stays one chart. */
const CHART_OPTIONS = {
  fixWinding: false,
  maxBoundaryLength: 0,
  maxChartArea: 0,
  maxCost: 4,
  maxIterations: 2,
  normalDeviationWeight: 2,
  normalSeamWeight: 4,
  roundnessWeight: 0.01,
  straightnessWeight: 6,
  textureSeamWeight: 0.5,
  useInputMeshUvs: false,
};

/** Packing is redone by `pack.ts` (charts turned upright first), so xatlas packs quickly and never rotates. */
const PACK_OPTIONS = {
  bilinear: false,
  blockAlign: false,
  bruteForce: false,
  createImage: false,
  maxChartSize: 0,
  padding: 1,
  resolution: 0,
  rotateCharts: false,
  rotateChartsToAxis: false,
  texelsPerUnit: TEXELS_PER_M,
};

let loaded: XatlasModule | undefined;

/** The xatlas module of this thread, instantiated on first use. */
function xatlas(): XatlasModule {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const entry = require.resolve('xatlasjs/dist/node/xatlas.js');
  const wasm = readFileSync(join(dirname(entry), 'xatlas.wasm'));
  const factory = require(entry) as (m: object) => unknown;
  const module = {
    print: () => {},
    printErr: () => {},
    instantiateWasm(imports: WebAssembly.Imports, receive: (i: WebAssembly.Instance) => void) {
      const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), imports);
      receive(instance);
      return instance.exports;
    },
  };
  factory(module);
  const ready = module as unknown as XatlasModule;
  if (typeof ready.createAtlas !== 'function')
    throw new Error(
      'xatlas did not start synchronously: check the xatlasjs version (0.2.0 is the one tested)',
    );
  loaded = ready;
  return ready;
}

/** xatlas' charts of one mesh: output vertices (seams duplicated) with UVs in metres, chart-local. */
export interface XatlasCharts {
  /** Input vertex index per output vertex. */
  xref: Uint32Array;
  /** Output triangles (same count and order as the input). */
  indices: Uint32Array;
  /** Metres, 2 per output vertex; charts are placed apart by xatlas' packer (repacked later). */
  uvs: Float64Array;
}

/** Cut `meshes` (each ≤ 65,536 vertices, positions in metres) into charts and flatten each with xatlas. */
export function xatlasCharts(meshes: { positions: Float32Array; indices: Uint32Array }[]): XatlasCharts[] {
  const m = xatlas();
  m.createAtlas();
  try {
    const ids: number[] = [];
    for (const mesh of meshes) {
      const count = mesh.positions.length / 3;
      const info = m.createMesh(count, mesh.indices.length, false, false);
      m.HEAPF32.set(mesh.positions, info.positionOffset / 4);
      m.HEAPU16.set(mesh.indices, info.indexOffset / 2);
      const error = m.addMesh();
      if (error !== 0) throw new Error(`xatlas refused a mesh of ${count} vertices (AddMeshError ${error})`);
      ids.push(info.meshId);
    }
    m.generateAtlas(CHART_OPTIONS, PACK_OPTIONS);
    const atlas = m.getAtlas();
    return ids.map((id) => {
      const d = m.getMeshData(id);
      const xref = m.HEAPU32.slice(d.originalIndexOffset / 4, d.originalIndexOffset / 4 + d.newVertexCount);
      const indices = m.HEAPU32.slice(d.indexOffset / 4, d.indexOffset / 4 + d.newIndexCount);
      const raw = m.HEAPF32.subarray(d.uvOffset / 4, d.uvOffset / 4 + d.newVertexCount * 2);
      const uvs = new Float64Array(raw.length);
      // getMeshData divides texels by the atlas size; back to texels, then metres.
      for (let i = 0; i < raw.length; i += 2) {
        uvs[i] = (raw[i]! * atlas.width) / atlas.texelsPerUnit;
        uvs[i + 1] = (raw[i + 1]! * atlas.height) / atlas.texelsPerUnit;
      }
      m.destroyMeshData(d);
      d.subMeshes.delete();
      return { xref, indices, uvs };
    });
  } finally {
    m.destroyAtlas();
  }
}
