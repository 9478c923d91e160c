import { ModelFileError, type RefusalKey } from './errors';
import { checkGltfStructure } from './structure';

/** A glTF 2.0 file that passed the checks, with its JSON part parsed. */
export interface CheckedGltf {
  kind: 'glb' | 'gltf';
  json: GltfJson;
}

/** The parts of the glTF JSON the checks read. */
export interface GltfJson {
  asset?: { version?: string; generator?: string };
  extensionsRequired?: string[];
  buffers?: { uri?: string }[];
  meshes?: unknown[];
  nodes?: { name?: string }[];
  materials?: { name?: string }[];
}

export { ModelFileError };

/**
 * Extensions three's GLTFLoader understands (others, when required, make the model unreadable). The
 * compressed ones (Draco, meshopt, KTX2/Basis) are decoded by the decoders the app ships (`decoders.ts`).
 */
const SUPPORTED = new Set([
  'KHR_draco_mesh_compression',
  'EXT_meshopt_compression',
  'KHR_texture_basisu',
  'KHR_materials_clearcoat',
  'KHR_materials_diffuse_roughness',
  'KHR_materials_dispersion',
  'KHR_materials_ior',
  'KHR_materials_sheen',
  'KHR_materials_specular',
  'KHR_materials_transmission',
  'KHR_materials_iridescence',
  'KHR_materials_anisotropy',
  'KHR_materials_unlit',
  'KHR_materials_volume',
  'KHR_materials_emissive_strength',
  'KHR_texture_transform',
  'KHR_mesh_quantization',
  'KHR_lights_punctual',
  'EXT_materials_bump',
  'EXT_texture_webp',
  'EXT_texture_avif',
  'EXT_mesh_gpu_instancing',
]);

const GLB_MAGIC = 0x46546c67;
const CHUNK_JSON = 0x4e4f534a;
const CHUNK_BIN = 0x004e4942;

/** Files people pick by mistake, recognised by their first bytes, with what to do instead. */
const FOREIGN: { test: (head: string) => boolean; refusal: RefusalKey }[] = [
  {
    test: (h) => h.startsWith('PK\u0003\u0004'),
    refusal: 'zip',
  },
  {
    test: (h) => /^\s*(<!doctype html|<html|<head|<body)/i.test(h),
    refusal: 'html',
  },
  {
    test: (h) => h.startsWith('%PDF'),
    refusal: 'pdf',
  },
  {
    test: (h) => h.startsWith('Kaydara FBX') || /^; FBX/.test(h),
    refusal: 'fbx',
  },
  {
    test: (h) => /^(#.*\n)*\s*(v|o|g|mtllib) /m.test(h) && !h.startsWith('{'),
    refusal: 'obj',
  },
  {
    test: (h) => h.startsWith('\u001f\u008b'),
    refusal: 'gzip',
  },
  {
    test: (h) => h.startsWith('\u0089PNG') || h.startsWith('\u00ff\u00d8\u00ff'),
    refusal: 'picture',
  },
];

function checkJson(json: GltfJson, kind: CheckedGltf['kind'], bin: Uint8Array | null = null): CheckedGltf {
  const version = json.asset?.version;
  if (typeof version !== 'string') throw new ModelFileError('noAssetVersion');
  if (!version.startsWith('2.')) throw new ModelFileError('gltfVersion', { version });
  const required = json.extensionsRequired ?? [];
  if (!Array.isArray(required)) throw new ModelFileError('extensionsRequiredNotList');
  for (const extension of required) {
    if (!SUPPORTED.has(extension)) throw new ModelFileError('unsupportedExtension', { extension });
  }
  if (!Array.isArray(json.buffers ?? [])) throw new ModelFileError('buffersNotList');
  const external = (json.buffers ?? []).find((b) => typeof b?.uri === 'string' && !b.uri.startsWith('data:'));
  if (external) throw new ModelFileError('separateFile', { uri: external.uri });
  if (!Array.isArray(json.meshes) || json.meshes.length === 0) throw new ModelFileError('noMeshes');
  checkGltfStructure({ json: json as Record<string, unknown>, bin, kind });
  return { kind, json };
}

function parseJson(text: string, kind: CheckedGltf['kind']): GltfJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ModelFileError(kind === 'glb' ? 'glbJsonUnreadable' : 'gltfJsonUnreadable');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ModelFileError(kind === 'glb' ? 'glbJsonNotGltf' : 'gltfJsonNotGltf');
  return value as GltfJson;
}

/** The GLB's binary chunk after the JSON chunk, or null when there is none; refuses a chunk that lies. */
function binChunk(view: DataView, at: number, declared: number): Uint8Array | null {
  if (at >= declared) return null;
  if (at + 8 > declared) throw new ModelFileError('chunkHeaderCut');
  const length = view.getUint32(at, true);
  const type = view.getUint32(at + 4, true);
  if (at + 8 + length > declared)
    throw new ModelFileError('binChunkLies', { bytes: length, left: declared - at - 8 });
  return type === CHUNK_BIN ? new Uint8Array(view.buffer, at + 8, length) : null;
}

/** Checks a file's bytes before the loader sees them: magic, version, declared length, JSON, extensions. */
export function checkGltfBytes(bytes: ArrayBuffer): CheckedGltf {
  if (bytes.byteLength === 0) throw new ModelFileError('emptyFile');
  if (bytes.byteLength < 20) throw new ModelFileError('tooShort', { bytes: bytes.byteLength });
  const view = new DataView(bytes);
  if (view.getUint32(0, true) === GLB_MAGIC) {
    const version = view.getUint32(4, true);
    if (version !== 2) throw new ModelFileError('glbVersion', { version });
    const declared = view.getUint32(8, true);
    if (declared > bytes.byteLength)
      throw new ModelFileError('truncated', { declared, got: bytes.byteLength });
    const chunkLength = view.getUint32(12, true);
    if (view.getUint32(16, true) !== CHUNK_JSON || 20 + chunkLength > declared)
      throw new ModelFileError('badJsonChunk');
    const text = new TextDecoder().decode(new Uint8Array(bytes, 20, chunkLength));
    const json = parseJson(text, 'glb');
    return checkJson(json, 'glb', binChunk(view, 20 + chunkLength, declared));
  }
  const head = new TextDecoder().decode(new Uint8Array(bytes, 0, Math.min(64, bytes.byteLength))).trimStart();
  if (head.startsWith('{')) return checkJson(parseJson(new TextDecoder().decode(bytes), 'gltf'), 'gltf');
  const latin = String.fromCharCode(...new Uint8Array(bytes, 0, Math.min(64, bytes.byteLength)));
  const foreign = FOREIGN.find((f) => f.test(latin));
  if (foreign) throw new ModelFileError(foreign.refusal);
  throw new ModelFileError('notGltf');
}
