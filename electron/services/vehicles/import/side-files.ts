import { GLB_BUFFER, type JSONDocument } from '@gltf-transform/core';
import type { GltfJson, SplitModel } from './container';
import { refuse } from './errors';
import type { VehicleFile } from './types';

const MODEL = /\.(glb|gltf)$/i;

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;

/** The one model file among the picked files (.glb or .gltf); refuses none or several, naming what was given. */
export function pickModelFile(files: VehicleFile[]): VehicleFile {
  const models = files.filter((f) => MODEL.test(f.name));
  if (models.length === 0)
    refuse('import.noModelFile', { files: files.map((f) => baseName(f.name)).join(', ') });
  if (models.length > 1)
    refuse('import.severalModels', { files: models.map((f) => baseName(f.name)).join(', ') });
  return models[0]!;
}

/** The side file a URI names: same relative path, else same file name (percent-decoded, any letter case). */
function findSideFile(files: VehicleFile[], uri: string): VehicleFile | undefined {
  let decoded = uri;
  try {
    decoded = decodeURIComponent(uri);
  } catch {}
  const wanted = decoded.replace(/^\.\//, '').replace(/\\/g, '/');
  const norm = (n: string) => n.replace(/\\/g, '/');
  return (
    files.find((f) => norm(f.name) === wanted || norm(f.name).endsWith(`/${wanted}`)) ??
    files.find((f) => baseName(f.name) === baseName(wanted)) ??
    files.find((f) => baseName(f.name).toLowerCase() === baseName(wanted).toLowerCase())
  );
}

function resolveUris(
  model: string,
  list: GltfJson[] | undefined,
  kind: 'buffer' | 'image',
  files: VehicleFile[],
  resources: Record<string, Uint8Array<ArrayBuffer>>,
): void {
  for (const [index, item] of (list ?? []).entries()) {
    const uri = item?.uri;
    if (typeof uri !== 'string' || uri.startsWith('data:') || uri in resources) continue;
    const side = findSideFile(files, uri);
    if (!side)
      refuse(kind === 'buffer' ? 'import.binFileMissing' : 'import.imageFileMissing', {
        file: model,
        uri,
        index,
      });
    resources[uri] = side.bytes as Uint8Array<ArrayBuffer>;
  }
}

/** The JSON and resources @gltf-transform reads: the GLB chunk plus every side file the JSON names by URI. */
export function gatherResources(model: VehicleFile, split: SplitModel, files: VehicleFile[]): JSONDocument {
  const resources: Record<string, Uint8Array<ArrayBuffer>> = {};
  if (split.bin) resources[GLB_BUFFER] = split.bin as Uint8Array<ArrayBuffer>;
  const name = baseName(model.name);
  const buffers: GltfJson[] | undefined = Array.isArray(split.json.buffers) ? split.json.buffers : undefined;
  for (const [index, buffer] of (buffers ?? []).entries()) {
    const fallback = buffer?.extensions?.EXT_meshopt_compression?.fallback === true;
    if (buffer && buffer.uri === undefined && !fallback && (index > 0 || !split.bin))
      refuse('import.bufferWithoutData', { file: name, index });
  }
  resolveUris(name, buffers, 'buffer', files, resources);
  resolveUris(
    name,
    Array.isArray(split.json.images) ? split.json.images : undefined,
    'image',
    files,
    resources,
  );
  // biome-ignore lint/suspicious/noExplicitAny: the JSON was checked by the repair and check steps' own tests
  return { json: split.json as any, resources };
}
