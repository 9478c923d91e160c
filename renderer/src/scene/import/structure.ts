import { ModelFileError } from './errors';

/** Most elements one accessor may hold: beyond this a file is damaged or not meant for real-time display. */
export const MAX_ACCESSOR_COUNT = 16_777_216;
/** Most bytes the loader may allocate for accessors that have no data of their own (all zeros). */
const MAX_ZERO_FILL_BYTES = 64 * 1024 * 1024;
/** Largest picture side GPUs take everywhere. */
const MAX_IMAGE_SIDE = 16_384;

const COMPONENT_BYTES: Record<number, number> = { 5120: 1, 5121: 1, 5122: 2, 5123: 2, 5125: 4, 5126: 4 };
const TYPE_COMPONENTS: Record<string, number> = {
  SCALAR: 1,
  VEC2: 2,
  VEC3: 3,
  VEC4: 4,
  MAT2: 4,
  MAT3: 9,
  MAT4: 16,
};
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown, length: number): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < length;
const isSize = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const damaged = (message: string) => new ModelFileError(`The model is damaged: ${message}`);
const fail = (message: string): never => {
  throw damaged(message);
};

/** A top-level list of the glTF JSON (absent = empty); anything else than a list of objects is refused. */
function list(json: Obj, key: string): Obj[] {
  const v = json[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) return fail(`"${key}" should be a list but is ${typeof v}.`);
  v.forEach((item, i) => {
    if (!isObj(item)) fail(`${key} ${i} is not an object.`);
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

/** What kind of picture the bytes hold, or why they are not one. */
function pictureProblem(bytes: Uint8Array, declared: string | undefined): string | null {
  const b = bytes;
  const u32 = (at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
  let kind: string | null = null;
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    kind = 'image/png';
    if (b.length < 33 || String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR')
      return 'its PNG data stops before the picture header';
    const w = u32(16);
    const h = u32(20);
    if (w === 0 || h === 0 || w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE)
      return `its PNG header claims ${w}×${h} pixels`;
  } else if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) kind = 'image/jpeg';
  else if (
    b.length >= 12 &&
    String.fromCharCode(b[0]!, b[1]!, b[2]!, b[3]!) === 'RIFF' &&
    String.fromCharCode(b[8]!, b[9]!, b[10]!, b[11]!) === 'WEBP'
  )
    kind = 'image/webp';
  if (!kind) return 'its bytes are not a PNG, JPEG or WebP picture';
  if (declared !== undefined && declared !== kind) return `it says ${declared} but holds ${kind}`;
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
    if (!isSize(b.byteLength) || b.byteLength < 1) fail(`buffer ${i} does not say how many bytes it holds.`);
    const length = b.byteLength as number;
    if (typeof b.uri === 'string') {
      const got = dataUriBytes(b.uri);
      if (got === null) fail(`buffer ${i} has an unreadable data URI.`);
      if ((got as number) < length) fail(`buffer ${i} says ${length} bytes but its data URI holds ${got}.`);
      return null;
    }
    if (kind !== 'glb' || i !== 0 || !bin)
      fail(`buffer ${i} has no data: ${kind === 'glb' ? 'the GLB has no binary chunk' : 'no file or URI'}.`);
    if ((bin as Uint8Array).byteLength < length) {
      fail(
        `buffer ${i} says ${length} bytes but the GLB's binary chunk holds only ${(bin as Uint8Array).byteLength}.`,
      );
    }
    return bin;
  });

  views.forEach((v, i) => {
    if (!isIndex(v.buffer, buffers.length))
      fail(`bufferView ${i} points at buffer ${v.buffer}, which does not exist.`);
    const offset = v.byteOffset ?? 0;
    if (!isSize(offset) || !isSize(v.byteLength) || v.byteLength < 1)
      fail(`bufferView ${i} has an invalid byte offset or length.`);
    const end = (offset as number) + (v.byteLength as number);
    const size = buffers[v.buffer as number]!.byteLength as number;
    if (end > size)
      fail(`bufferView ${i} reaches byte ${end} of buffer ${v.buffer}, which holds only ${size}.`);
    if (v.byteStride !== undefined && (!isSize(v.byteStride) || v.byteStride < 4 || v.byteStride > 252))
      fail(`bufferView ${i} has an invalid byte stride (${v.byteStride}).`);
  });

  let zeroFill = 0;
  accessors.forEach((a, i) => {
    const compBytes = COMPONENT_BYTES[a.componentType as number];
    const comps = TYPE_COMPONENTS[a.type as string];
    if (!compBytes) fail(`accessor ${i} has an unknown component type (${a.componentType}).`);
    if (!comps) fail(`accessor ${i} has an unknown type (${String(a.type)}).`);
    if (!isSize(a.count) || a.count < 1) fail(`accessor ${i} has an invalid element count (${a.count}).`);
    const count = a.count as number;
    if (count > MAX_ACCESSOR_COUNT) {
      fail(
        `accessor ${i} declares ${count} elements, more than the ${MAX_ACCESSOR_COUNT} one part may have.`,
      );
    }
    const element = (compBytes as number) * (comps as number);
    if (a.bufferView === undefined) {
      zeroFill += count * element;
      if (zeroFill > MAX_ZERO_FILL_BYTES)
        fail(`accessor ${i} and others without data would need ${zeroFill} bytes of zeros.`);
      return;
    }
    if (!isIndex(a.bufferView, views.length))
      fail(`accessor ${i} points at bufferView ${a.bufferView}, which does not exist.`);
    const view = views[a.bufferView as number]!;
    const offset = a.byteOffset ?? 0;
    if (!isSize(offset)) fail(`accessor ${i} has an invalid byte offset.`);
    const stride = (view.byteStride as number | undefined) ?? element;
    const needed = (offset as number) + stride * (count - 1) + element;
    if (needed > (view.byteLength as number)) {
      fail(
        `accessor ${i} needs ${needed} bytes but its bufferView ${a.bufferView} holds ${view.byteLength}.`,
      );
    }
  });

  const accessorRef = (v: unknown, where: string) => {
    if (!isIndex(v, accessors.length)) fail(`${where} uses accessor ${v}, which does not exist.`);
  };
  meshes.forEach((m, i) => {
    const prims = m.primitives;
    if (!Array.isArray(prims) || prims.length === 0) fail(`mesh ${i} has no primitives.`);
    for (const [k, p] of (prims as unknown[]).entries()) {
      const where = `mesh ${i} primitive ${k}`;
      if (!isObj(p) || !isObj(p.attributes)) throw damaged(`${where} has no attributes.`);
      for (const [name, ref] of Object.entries(p.attributes)) accessorRef(ref, `${where} ${name}`);
      if (p.indices !== undefined) accessorRef(p.indices, `${where} indices`);
      if (p.material !== undefined && !isIndex(p.material, materials.length))
        fail(`${where} uses material ${p.material}, which does not exist.`);
    }
  });

  const parent = new Map<number, number>();
  nodes.forEach((n, i) => {
    if (n.mesh !== undefined && !isIndex(n.mesh, meshes.length))
      fail(`node ${i} uses mesh ${n.mesh}, which does not exist.`);
    if (n.children === undefined) return;
    if (!Array.isArray(n.children)) fail(`node ${i} has children that are not a list.`);
    for (const c of n.children as unknown[]) {
      if (!isIndex(c, nodes.length)) fail(`node ${i} has child ${c}, which does not exist.`);
      if (parent.has(c as number)) fail(`node ${c} has two parents (${parent.get(c as number)} and ${i}).`);
      parent.set(c as number, i);
    }
  });
  // Each node has at most one parent, so a loop shows as a parent chain that comes back to itself.
  const rooted = new Set<number>();
  for (let i = 0; i < nodes.length; i++) {
    const path = new Set<number>();
    let at: number | undefined = i;
    while (at !== undefined && !rooted.has(at)) {
      if (path.has(at)) fail(`node ${at} is its own ancestor (a loop in the node tree).`);
      path.add(at);
      at = parent.get(at);
    }
    for (const n of path) rooted.add(n);
  }
  scenes.forEach((s, i) => {
    if (s.nodes !== undefined && !Array.isArray(s.nodes))
      fail(`scene ${i} lists its nodes in something that is not a list.`);
    for (const n of (s.nodes as unknown[] | undefined) ?? [])
      if (!isIndex(n, nodes.length)) fail(`scene ${i} lists node ${n}, which does not exist.`);
  });
  if (json.scene !== undefined && !isIndex(json.scene, scenes.length))
    fail(`the default scene ${json.scene} does not exist.`);

  const textureRefs = (value: unknown, where: string): void => {
    if (!isObj(value)) return;
    for (const [key, v] of Object.entries(value)) {
      if (/Texture$/.test(key) && isObj(v) && !isIndex(v.index, textures.length))
        fail(`${where} ${key} uses texture ${v.index}, which does not exist.`);
      if (isObj(v)) textureRefs(v, where);
    }
  };
  for (const [i, m] of materials.entries()) textureRefs(m, `material ${i}`);
  textures.forEach((t, i) => {
    if (t.source !== undefined && !isIndex(t.source, images.length))
      fail(`texture ${i} uses image ${t.source}, which does not exist.`);
    if (t.sampler !== undefined && !isIndex(t.sampler, samplers.length))
      fail(`texture ${i} uses sampler ${t.sampler}, which does not exist.`);
  });

  images.forEach((img, i) => {
    const label = `image ${i}${typeof img.name === 'string' ? ` (${img.name})` : ''}`;
    let bytes: Uint8Array | null = null;
    if (typeof img.uri === 'string') {
      if (!img.uri.startsWith('data:'))
        throw new ModelFileError(
          `The model refers to a separate picture file (${img.uri}); import it as a single .glb file.`,
        );
      bytes = decodeDataUri(img.uri);
      if (!bytes) fail(`${label} has an unreadable data URI.`);
    } else if (img.bufferView !== undefined) {
      if (!isIndex(img.bufferView, views.length))
        fail(`${label} points at bufferView ${img.bufferView}, which does not exist.`);
      if (!IMAGE_TYPES.includes(img.mimeType as string))
        fail(`${label} has no picture type (mimeType is ${JSON.stringify(img.mimeType) ?? 'missing'}).`);
      const view = views[img.bufferView as number]!;
      const source = bufferBytes[view.buffer as number];
      if (source) {
        const start = (source.byteOffset ?? 0) + ((view.byteOffset as number | undefined) ?? 0);
        bytes = new Uint8Array(source.buffer, start, view.byteLength as number);
      }
    } else fail(`${label} has neither data nor a file.`);
    const problem = bytes && pictureProblem(bytes, img.mimeType as string | undefined);
    if (problem) fail(`${label} cannot be shown: ${problem}.`);
  });
}
