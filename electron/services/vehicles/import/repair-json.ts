import { type GltfJson, list } from './container';
import { refuse } from './errors';
import type { Message } from './types';

/** Image kinds known by their first bytes (for an embedded image without a mimeType). */
function sniffImage(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 12));
  if (head.startsWith('\u0089PNG')) return 'image/png';
  if (head.startsWith('\u00ff\u00d8\u00ff')) return 'image/jpeg';
  if (head.startsWith('\u00abKTX 20\u00bb')) return 'image/ktx2';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

function repairAsset(json: GltfJson, repairs: Message[], file: string): void {
  if (typeof json.asset !== 'object' || json.asset === null) json.asset = {};
  const version = json.asset.version;
  if (version === undefined) {
    json.asset.version = '2.0';
    repairs.push({ key: 'import.repairedVersion', values: { file } });
  } else if (!String(version).startsWith('2'))
    refuse('import.gltfVersion', { file, version: String(version) });
}

function repairMaterials(json: GltfJson, repairs: Message[]): void {
  for (const [m, mesh] of list(json.meshes).entries())
    for (const [p, primitive] of list(mesh?.primitives).entries()) {
      const material = primitive?.material;
      if (Array.isArray(material) && material.length === 1 && Number.isInteger(material[0])) {
        primitive.material = material[0];
        repairs.push({
          key: 'import.repairedMaterialArray',
          values: { mesh: m, primitive: p, material: material[0] },
        });
      }
    }
}

function repairScenes(json: GltfJson, repairs: Message[]): void {
  const nodes = list(json.nodes);
  if (list(json.scenes).length === 0 && nodes.length > 0) {
    const children = new Set(nodes.flatMap((n) => list(n?.children)));
    json.scenes = [{ nodes: nodes.map((_, i) => i).filter((i) => !children.has(i)) }];
    json.scene = 0;
    repairs.push({ key: 'import.repairedNoScene', values: { nodes: json.scenes[0].nodes.length } });
  }
  if (json.scene !== undefined && !(json.scene in list(json.scenes))) {
    repairs.push({ key: 'import.repairedSceneIndex', values: { scene: String(json.scene) } });
    json.scene = 0;
  }
}

function repairBounds(json: GltfJson, repairs: Message[]): void {
  const accessors = list(json.accessors);
  const positions = new Set<number>();
  for (const mesh of list(json.meshes))
    for (const primitive of list(mesh?.primitives)) {
      const position = primitive?.attributes?.POSITION;
      if (Number.isInteger(position)) positions.add(position);
    }
  for (const index of positions) {
    const accessor = accessors[index];
    if (accessor && (!Array.isArray(accessor.min) || !Array.isArray(accessor.max)))
      repairs.push({ key: 'import.repairedBounds', values: { accessor: index } });
  }
}

function repairBufferLengths(json: GltfJson, repairs: Message[], sizes: (number | null)[]): void {
  for (const [index, buffer] of list(json.buffers).entries()) {
    const size = sizes[index];
    if (buffer && size != null && typeof buffer.byteLength !== 'number') {
      buffer.byteLength = size;
      repairs.push({ key: 'import.repairedBufferLength', values: { buffer: index, bytes: size } });
    }
  }
}

function repairImageTypes(
  json: GltfJson,
  repairs: Message[],
  viewBytes: (view: number) => Uint8Array | null,
): void {
  for (const [index, image] of list(json.images).entries()) {
    if (!image || image.mimeType || !Number.isInteger(image.bufferView)) continue;
    const bytes = viewBytes(image.bufferView);
    const type = bytes && sniffImage(bytes);
    if (!type) continue;
    image.mimeType = type;
    repairs.push({ key: 'import.repairedImageType', values: { image: index, type } });
  }
}

/** Collects every extension name used on any object of the JSON. */
function usedExtensions(value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) usedExtensions(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'extensions' && typeof child === 'object' && child !== null)
        for (const name of Object.keys(child)) found.add(name);
      if (key !== 'extras') usedExtensions(child, found);
    }
  }
}

function repairExtensionsUsed(json: GltfJson, repairs: Message[]): void {
  const found = new Set<string>();
  const { extensionsUsed: _, extensionsRequired: __, ...rest } = json;
  usedExtensions(rest, found);
  const used = new Set<string>(list(json.extensionsUsed).map(String));
  for (const name of found)
    if (!used.has(name)) {
      used.add(name);
      repairs.push({ key: 'import.repairedExtensionsUsed', values: { extension: name } });
    }
  if (used.size > 0) json.extensionsUsed = [...used];
}

/** What the repairs need to know about the binary data: each buffer's real size and a bufferView's bytes. */
export interface RepairContext {
  file: string;
  bufferSizes: (number | null)[];
  viewBytes(view: number): Uint8Array | null;
}

/**
 * Repairs, in place, what three.js would draw anyway and @gltf-transform would choke on, and lists each repair:
 * a primitive's material as `[n]`, a missing asset version, no scene, a scene index past the list, POSITION
 * without min/max (recomputed on write), a buffer without byteLength, an embedded image without mimeType, an
 * extension used but not declared. Refuses glTF 1.
 */
export function repairJson(json: GltfJson, context: RepairContext): Message[] {
  const repairs: Message[] = [];
  repairAsset(json, repairs, context.file);
  repairMaterials(json, repairs);
  repairScenes(json, repairs);
  repairBounds(json, repairs);
  repairBufferLengths(json, repairs, context.bufferSizes);
  repairImageTypes(json, repairs, context.viewBytes);
  repairExtensionsUsed(json, repairs);
  return repairs;
}
