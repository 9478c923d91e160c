import { ModelFileError } from './errors';
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

/** Extensions that need a decoder this offline app does not ship. */
const NEEDS_DECODER: Record<string, string> = {
  KHR_draco_mesh_compression: 'Draco mesh compression',
  KHR_texture_basisu: 'KTX2/Basis textures',
  EXT_meshopt_compression: 'meshopt compression',
};

/** Extensions three's GLTFLoader understands (others, when required, make the model unreadable). */
const SUPPORTED = new Set([
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
const FOREIGN: { test: (head: string) => boolean; message: string }[] = [
  {
    test: (h) => h.startsWith('PK\u0003\u0004'),
    message: 'This is not a glTF 2.0 model but a ZIP archive: unzip it and import the .glb file inside.',
  },
  {
    test: (h) => /^\s*(<!doctype html|<html|<head|<body)/i.test(h),
    message:
      'This is not a glTF 2.0 model but a web page (HTML): save the .glb file itself, not the download page.',
  },
  {
    test: (h) => h.startsWith('%PDF'),
    message: 'This is not a glTF 2.0 model but a PDF document: export the car as .glb.',
  },
  {
    test: (h) => h.startsWith('Kaydara FBX') || /^; FBX/.test(h),
    message:
      'This is not a glTF 2.0 model but an FBX model: export the car as glTF 2.0 binary (.glb) and import that.',
  },
  {
    test: (h) => /^(#.*\n)*\s*(v|o|g|mtllib) /m.test(h) && !h.startsWith('{'),
    message:
      'This is not a glTF 2.0 model but looks like an OBJ model: export the car as .glb and import that.',
  },
  {
    test: (h) => h.startsWith('\u001f\u008b'),
    message:
      'This is not a glTF 2.0 model as it stands: the file is gzip-compressed; decompress it, then import the .glb.',
  },
  {
    test: (h) => h.startsWith('\u0089PNG') || h.startsWith('\u00ff\u00d8\u00ff'),
    message: 'This is not a glTF 2.0 model but a picture: choose the car as a .glb file.',
  },
];

function checkJson(json: GltfJson, kind: CheckedGltf['kind'], bin: Uint8Array | null = null): CheckedGltf {
  const version = json.asset?.version;
  if (typeof version !== 'string')
    throw new ModelFileError('The file has no glTF "asset.version": it is not a glTF model.');
  if (!version.startsWith('2.'))
    throw new ModelFileError(`This is glTF ${version}; only glTF 2.0 models can be imported.`);
  const required = json.extensionsRequired ?? [];
  if (!Array.isArray(required))
    throw new ModelFileError('The model is damaged: "extensionsRequired" is not a list.');
  for (const ext of required) {
    const what = NEEDS_DECODER[ext];
    if (what) {
      throw new ModelFileError(
        `The model uses ${what} (${ext}). The app works offline and ships no decoder for it: ` +
          're-export the model without compression.',
      );
    }
    if (!SUPPORTED.has(ext))
      throw new ModelFileError(
        `The model needs the glTF extension ${String(ext)}, which the app cannot display: re-export it without.`,
      );
  }
  if (!Array.isArray(json.buffers ?? []))
    throw new ModelFileError('The model is damaged: "buffers" should be a list.');
  const external = (json.buffers ?? []).find((b) => typeof b?.uri === 'string' && !b.uri.startsWith('data:'));
  if (external) {
    throw new ModelFileError(
      `The model refers to a separate file (${external.uri}); import it as a single .glb file.`,
    );
  }
  if (!Array.isArray(json.meshes) || json.meshes.length === 0)
    throw new ModelFileError('The model contains no meshes.');
  checkGltfStructure({ json: json as Record<string, unknown>, bin, kind });
  return { kind, json };
}

function parseJson(text: string, what: string): GltfJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ModelFileError(`The ${what} is damaged: its JSON cannot be read.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ModelFileError(`The ${what} holds JSON that is not a glTF model (no glTF object).`);
  return value as GltfJson;
}

/** The GLB's binary chunk after the JSON chunk, or null when there is none; refuses a chunk that lies. */
function binChunk(view: DataView, at: number, declared: number): Uint8Array | null {
  if (at >= declared) return null;
  if (at + 8 > declared)
    throw new ModelFileError('The GLB file is damaged: it stops in the middle of a chunk header.');
  const length = view.getUint32(at, true);
  const type = view.getUint32(at + 4, true);
  if (at + 8 + length > declared) {
    throw new ModelFileError(
      `The GLB file is damaged: its binary chunk says ${length} bytes but only ${declared - at - 8} remain.`,
    );
  }
  return type === CHUNK_BIN ? new Uint8Array(view.buffer, at + 8, length) : null;
}

/** Checks a file's bytes before the loader sees them: magic, version, declared length, JSON, decoders. */
export function checkGltfBytes(bytes: ArrayBuffer): CheckedGltf {
  if (bytes.byteLength === 0)
    throw new ModelFileError('The file is empty (0 bytes): choose the model again.');
  if (bytes.byteLength < 20)
    throw new ModelFileError(
      `The file is empty or too short to be a glTF model (${bytes.byteLength} bytes).`,
    );
  const view = new DataView(bytes);
  if (view.getUint32(0, true) === GLB_MAGIC) {
    const version = view.getUint32(4, true);
    if (version !== 2)
      throw new ModelFileError(`This is a version ${version} GLB file; only glTF 2.0 can be imported.`);
    const declared = view.getUint32(8, true);
    if (declared > bytes.byteLength) {
      throw new ModelFileError(
        `The file is truncated: it should be ${declared} bytes but only ${bytes.byteLength} arrived.`,
      );
    }
    const chunkLength = view.getUint32(12, true);
    if (view.getUint32(16, true) !== CHUNK_JSON || 20 + chunkLength > declared) {
      throw new ModelFileError('The GLB file is damaged: its first chunk is not a valid JSON chunk.');
    }
    const text = new TextDecoder().decode(new Uint8Array(bytes, 20, chunkLength));
    const json = parseJson(text, 'GLB file');
    return checkJson(json, 'glb', binChunk(view, 20 + chunkLength, declared));
  }
  const head = new TextDecoder().decode(new Uint8Array(bytes, 0, Math.min(64, bytes.byteLength))).trimStart();
  if (head.startsWith('{'))
    return checkJson(parseJson(new TextDecoder().decode(bytes), '.gltf file'), 'gltf');
  const latin = String.fromCharCode(...new Uint8Array(bytes, 0, Math.min(64, bytes.byteLength)));
  const foreign = FOREIGN.find((f) => f.test(latin));
  if (foreign) throw new ModelFileError(foreign.message);
  throw new ModelFileError('This is not a glTF 2.0 model: choose a .glb (or self-contained .gltf) file.');
}
