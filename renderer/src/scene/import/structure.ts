import { COMPONENT_BYTES, TYPE_COMPONENTS } from '@domain/model/gltf-layout';
import { ModelFileError, type RefusalKey } from './errors';

/** Most elements one accessor may hold: beyond this a file is damaged or not meant for real-time display. */
export const MAX_ACCESSOR_COUNT = 16_777_216;
/** Most bytes the loader may allocate for accessors that have no data of their own (all zeros). */
const MAX_ZERO_FILL_BYTES = 64 * 1024 * 1024;
/** Largest picture side GPUs take everywhere. */
const MAX_IMAGE_SIDE = 16_384;

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/ktx2'];

/** First bytes of a KTX 2.0 texture («KTX 20»). */
const KTX2_MAGIC = [0xab, 0x4b, 0x54, 0x58, 0x20, 0x32, 0x30, 0xbb, 0x0d, 0x0a, 0x1a, 0x0a];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown, length: number): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < length;
const isSize = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const fail = (key: RefusalKey, values: Record<string, unknown> = {}): never => {
  throw new ModelFileError(key, values);
};

/** A top-level list of the glTF JSON (absent = empty); anything else than a list of objects is refused. */
function list(json: Obj, key: string): Obj[] {
  const v = json[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) return fail('listNotList', { list: key, type: typeof v });
  v.forEach((item, i) => {
    if (!isObj(item)) fail('listItemNotObject', { list: key, index: i });
  });
  return v as Obj[];
}

/** Bytes a data: URI carries once decoded (without decoding it). */
function dataUriBytes(uri: string): number | null {
  const comma = uri.indexOf(',');
  if (comma < 0 || !/;base64$/i.test(uri.slice(0, comma))) return null;
  const b64 = uri.slice(comma + 1).replace(/\s+/g, '');
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return Math.floor((b64.length * 3) / 4) - pad;
}

function decodeDataUri(uri: string): Uint8Array | null {
  const comma = uri.indexOf(',');
  try {
    const text = atob(uri.slice(comma + 1).replace(/\s+/g, ''));
    return Uint8Array.from(text, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Why the bytes cannot be shown as a picture (a refusal and what it quotes), or null when they can. */
function pictureProblem(
  bytes: Uint8Array,
  declared: string | undefined,
): { key: RefusalKey; values?: Record<string, unknown> } | null {
  const b = bytes;
  const u32 = (at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
  let kind: string | null = null;
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    kind = 'image/png';
    if (b.length < 33 || String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR')
      return { key: 'imagePngCut' };
    const w = u32(16);
    const h = u32(20);
    if (w === 0 || h === 0 || w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE)
      return { key: 'imagePngSize', values: { width: w, height: h } };
  } else if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) kind = 'image/jpeg';
  else if (
    b.length >= 12 &&
    String.fromCharCode(b[0]!, b[1]!, b[2]!, b[3]!) === 'RIFF' &&
    String.fromCharCode(b[8]!, b[9]!, b[10]!, b[11]!) === 'WEBP'
  )
    kind = 'image/webp';
  else if (b.length >= 12 && KTX2_MAGIC.every((v, i) => b[i] === v)) kind = 'image/ktx2';
  if (!kind) return { key: 'imageNotPicture' };
  if (declared !== undefined && declared !== kind)
    return { key: 'imageTypeMismatch', values: { declared, actual: kind } };
  return null;
}

/** The glTF JSON and binary chunk, checked for every index and byte range the loader will trust. */
export interface GltfParts {
  json: Obj;
  /** The GLB's binary chunk, or null (a .gltf, or a GLB without one). */
  bin: Uint8Array | null;
  kind: 'glb' | 'gltf';
}

/**
 * Checks that every reference in the model points at something that exists and every byte range fits
 * its buffer, so a damaged file is refused with a specific reason instead of reaching the loader.
 */
export function checkGltfStructure({ json, bin, kind }: GltfParts): void {
  const buffers = list(json, 'buffers');
  const views = list(json, 'bufferViews');
  const accessors = list(json, 'accessors');
  const meshes = list(json, 'meshes');
  const nodes = list(json, 'nodes');
  const scenes = list(json, 'scenes');
  const materials = list(json, 'materials');
  const textures = list(json, 'textures');
  const images = list(json, 'images');
  const samplers = list(json, 'samplers');

  const bufferBytes: (Uint8Array | null)[] = buffers.map((b, i) => {
    if (!isSize(b.byteLength) || b.byteLength < 1) fail('bufferNoLength', { buffer: i });
    const length = b.byteLength as number;
    if (typeof b.uri === 'string') {
      const got = dataUriBytes(b.uri);
      if (got === null) fail('bufferBadDataUri', { buffer: i });
      if ((got as number) < length) fail('bufferDataUriShort', { buffer: i, bytes: length, got });
      return null;
    }
    // EXT_meshopt_compression's fallback buffer holds no bytes: its views are decoded from another buffer.
    if (
      isObj(b.extensions) &&
      isObj(b.extensions.EXT_meshopt_compression) &&
      b.extensions.EXT_meshopt_compression.fallback === true
    )
      return null;
    if (kind !== 'glb' || i !== 0 || !bin)
      fail(kind === 'glb' ? 'bufferNoBinChunk' : 'bufferNoUri', { buffer: i });
    if ((bin as Uint8Array).byteLength < length)
      fail('bufferBinShort', { buffer: i, bytes: length, got: (bin as Uint8Array).byteLength });
    return bin;
  });

  views.forEach((v, i) => {
    if (!isIndex(v.buffer, buffers.length)) fail('viewNoBuffer', { view: i, buffer: v.buffer });
    const offset = v.byteOffset ?? 0;
    if (!isSize(offset) || !isSize(v.byteLength) || v.byteLength < 1) fail('viewBadRange', { view: i });
    const end = (offset as number) + (v.byteLength as number);
    const size = buffers[v.buffer as number]!.byteLength as number;
    if (end > size) fail('viewPastBuffer', { view: i, end, buffer: v.buffer, size });
    if (v.byteStride !== undefined && (!isSize(v.byteStride) || v.byteStride < 4 || v.byteStride > 252))
      fail('viewBadStride', { view: i, stride: v.byteStride });
    const packed = isObj(v.extensions) ? v.extensions.EXT_meshopt_compression : undefined;
    if (isObj(packed)) {
      if (!isIndex(packed.buffer, buffers.length)) fail('viewNoBuffer', { view: i, buffer: packed.buffer });
      const from = packed.byteOffset ?? 0;
      if (!isSize(from) || !isSize(packed.byteLength)) fail('viewBadRange', { view: i });
      const to = (from as number) + (packed.byteLength as number);
      const room = buffers[packed.buffer as number]!.byteLength as number;
      if (to > room) fail('viewPastBuffer', { view: i, end: to, buffer: packed.buffer, size: room });
    }
  });

  let zeroFill = 0;
  accessors.forEach((a, i) => {
    const compBytes = COMPONENT_BYTES[a.componentType as number];
    const comps = TYPE_COMPONENTS[a.type as string];
    if (!compBytes) fail('accessorComponentType', { accessor: i, type: a.componentType });
    if (!comps) fail('accessorType', { accessor: i, type: a.type });
    if (!isSize(a.count) || a.count < 1) fail('accessorCount', { accessor: i, elements: a.count });
    const count = a.count as number;
    if (count > MAX_ACCESSOR_COUNT)
      fail('accessorTooMany', { accessor: i, elements: count, max: MAX_ACCESSOR_COUNT });
    const element = (compBytes as number) * (comps as number);
    if (a.bufferView === undefined) {
      zeroFill += count * element;
      if (zeroFill > MAX_ZERO_FILL_BYTES) fail('accessorZeroFill', { accessor: i, bytes: zeroFill });
      return;
    }
    if (!isIndex(a.bufferView, views.length)) fail('accessorNoView', { accessor: i, view: a.bufferView });
    const view = views[a.bufferView as number]!;
    const offset = a.byteOffset ?? 0;
    if (!isSize(offset)) fail('accessorBadOffset', { accessor: i });
    const stride = (view.byteStride as number | undefined) ?? element;
    const needed = (offset as number) + stride * (count - 1) + element;
    if (needed > (view.byteLength as number))
      fail('accessorPastView', { accessor: i, bytes: needed, view: a.bufferView, size: view.byteLength });
  });

  meshes.forEach((m, i) => {
    const prims = m.primitives;
    if (!Array.isArray(prims) || prims.length === 0) fail('meshNoPrimitives', { mesh: i });
    for (const [k, p] of (prims as unknown[]).entries()) {
      const where = { mesh: i, primitive: k };
      if (!isObj(p) || !isObj(p.attributes)) throw new ModelFileError('primitiveNoAttributes', where);
      for (const [attribute, ref] of Object.entries(p.attributes))
        if (!isIndex(ref, accessors.length))
          fail('attributeNoAccessor', { ...where, attribute, accessor: ref });
      if (p.indices !== undefined && !isIndex(p.indices, accessors.length))
        fail('indicesNoAccessor', { ...where, accessor: p.indices });
      if (p.material !== undefined && !isIndex(p.material, materials.length))
        fail('primitiveNoMaterial', { ...where, material: p.material });
    }
  });

  const parent = new Map<number, number>();
  nodes.forEach((n, i) => {
    if (n.mesh !== undefined && !isIndex(n.mesh, meshes.length))
      fail('nodeNoMesh', { node: i, mesh: n.mesh });
    if (n.children === undefined) return;
    if (!Array.isArray(n.children)) fail('nodeChildrenNotList', { node: i });
    for (const c of n.children as unknown[]) {
      if (!isIndex(c, nodes.length)) fail('nodeNoChild', { node: i, child: c });
      if (parent.has(c as number))
        fail('nodeTwoParents', { node: c, first: parent.get(c as number), second: i });
      parent.set(c as number, i);
    }
  });
  // Each node has at most one parent, so a loop shows as a parent chain that comes back to itself.
  const rooted = new Set<number>();
  for (let i = 0; i < nodes.length; i++) {
    const path = new Set<number>();
    let at: number | undefined = i;
    while (at !== undefined && !rooted.has(at)) {
      if (path.has(at)) fail('nodeLoop', { node: at });
      path.add(at);
      at = parent.get(at);
    }
    for (const n of path) rooted.add(n);
  }
  scenes.forEach((s, i) => {
    if (s.nodes !== undefined && !Array.isArray(s.nodes)) fail('sceneNodesNotList', { scene: i });
    for (const n of (s.nodes as unknown[] | undefined) ?? [])
      if (!isIndex(n, nodes.length)) fail('sceneNoNode', { scene: i, node: n });
  });
  if (json.scene !== undefined && !isIndex(json.scene, scenes.length))
    fail('defaultSceneMissing', { scene: json.scene });

  const textureRefs = (value: unknown, material: number): void => {
    if (!isObj(value)) return;
    for (const [slot, v] of Object.entries(value)) {
      if (/Texture$/.test(slot) && isObj(v) && !isIndex(v.index, textures.length))
        fail('materialNoTexture', { material, slot, texture: v.index });
      if (isObj(v)) textureRefs(v, material);
    }
  };
  for (const [i, m] of materials.entries()) textureRefs(m, i);
  textures.forEach((t, i) => {
    if (t.source !== undefined && !isIndex(t.source, images.length))
      fail('textureNoImage', { texture: i, image: t.source });
    if (t.sampler !== undefined && !isIndex(t.sampler, samplers.length))
      fail('textureNoSampler', { texture: i, sampler: t.sampler });
  });

  images.forEach((img, i) => {
    const label = { image: i, name: typeof img.name === 'string' ? ` (${img.name})` : '' };
    let bytes: Uint8Array | null = null;
    if (typeof img.uri === 'string') {
      if (!img.uri.startsWith('data:')) fail('imageSeparateFile', { uri: img.uri });
      bytes = decodeDataUri(img.uri);
      if (!bytes) fail('imageBadDataUri', label);
    } else if (img.bufferView !== undefined) {
      if (!isIndex(img.bufferView, views.length)) fail('imageNoView', { ...label, view: img.bufferView });
      if (img.mimeType === undefined) fail('imageNoMimeType', label);
      if (!IMAGE_TYPES.includes(img.mimeType as string))
        fail('imageBadMimeType', { ...label, mimeType: JSON.stringify(img.mimeType) });
      const view = views[img.bufferView as number]!;
      const source = bufferBytes[view.buffer as number];
      if (source) {
        const start = (source.byteOffset ?? 0) + ((view.byteOffset as number | undefined) ?? 0);
        bytes = new Uint8Array(source.buffer, start, view.byteLength as number);
      }
    } else fail('imageNoData', label);
    const problem = bytes && pictureProblem(bytes, img.mimeType as string | undefined);
    if (problem) fail(problem.key, { ...label, ...problem.values });
  });
}
