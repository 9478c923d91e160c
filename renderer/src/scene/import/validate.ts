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

/** A model file the app cannot show, with a message a shop owner can act on. */
export class ModelFileError extends Error {
  override name = 'ModelFileError';
}

/** Extensions that need a decoder this offline app does not ship. */
const NEEDS_DECODER: Record<string, string> = {
  KHR_draco_mesh_compression: 'Draco mesh compression',
  KHR_texture_basisu: 'KTX2/Basis textures',
  EXT_meshopt_compression: 'meshopt compression',
};

const GLB_MAGIC = 0x46546c67;
const CHUNK_JSON = 0x4e4f534a;

function checkJson(json: GltfJson, kind: CheckedGltf['kind']): CheckedGltf {
  const version = json.asset?.version;
  if (typeof version !== 'string')
    throw new ModelFileError('The file has no glTF "asset.version": it is not a glTF model.');
  if (!version.startsWith('2.'))
    throw new ModelFileError(`This is glTF ${version}; only glTF 2.0 models can be imported.`);
  for (const ext of json.extensionsRequired ?? []) {
    const what = NEEDS_DECODER[ext];
    if (what) {
      throw new ModelFileError(
        `The model uses ${what} (${ext}). The app works offline and ships no decoder for it: ` +
          're-export the model without compression.',
      );
    }
  }
  const external = (json.buffers ?? []).find(
    (b, i) => b.uri !== undefined && !b.uri.startsWith('data:') && !(kind === 'glb' && i === 0),
  );
  if (external) {
    throw new ModelFileError(
      `The model refers to a separate file (${external.uri}); import it as a single .glb file.`,
    );
  }
  if (!json.meshes || json.meshes.length === 0) throw new ModelFileError('The model contains no meshes.');
  return { kind, json };
}

function parseJson(text: string, what: string): GltfJson {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) throw new Error('not an object');
    return value as GltfJson;
  } catch {
    throw new ModelFileError(`The ${what} is damaged: its JSON cannot be read.`);
  }
}

/** Checks a file's bytes before the loader sees them: magic, version, declared length, JSON, decoders. */
export function checkGltfBytes(bytes: ArrayBuffer): CheckedGltf {
  if (bytes.byteLength < 20) throw new ModelFileError('The file is empty or too short to be a glTF model.');
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
    return checkJson(parseJson(text, 'GLB file'), 'glb');
  }
  const head = new TextDecoder().decode(new Uint8Array(bytes, 0, Math.min(64, bytes.byteLength))).trimStart();
  if (head.startsWith('{'))
    return checkJson(parseJson(new TextDecoder().decode(bytes), '.gltf file'), 'gltf');
  throw new ModelFileError('This is not a glTF 2.0 model: choose a .glb (or self-contained .gltf) file.');
}
