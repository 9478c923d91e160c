import { COMPONENT_BYTES, TYPE_COMPONENTS } from '@domain/model/gltf-layout';
import { type GltfJson, list } from './container';
import { refuse } from './errors';

/** Extensions the import reads (decoders in Node) or that three.js draws; a required one outside this list is refused. */
const READABLE = new Set([
  'KHR_draco_mesh_compression',
  'EXT_meshopt_compression',
  'KHR_meshopt_compression',
  'KHR_mesh_quantization',
  'KHR_texture_basisu',
  'KHR_texture_transform',
  'KHR_materials_clearcoat',
  'KHR_materials_diffuse_roughness',
  'KHR_materials_dispersion',
  'KHR_materials_emissive_strength',
  'KHR_materials_ior',
  'KHR_materials_iridescence',
  'KHR_materials_sheen',
  'KHR_materials_specular',
  'KHR_materials_transmission',
  'KHR_materials_unlit',
  'KHR_materials_volume',
  'KHR_materials_anisotropy',
  'KHR_materials_variants',
  'KHR_lights_punctual',
  'EXT_texture_webp',
  'EXT_texture_avif',
  'EXT_materials_bump',
]);

function checkExtensions(json: GltfJson, file: string): void {
  for (const extension of list(json.extensionsRequired).map(String))
    if (!READABLE.has(extension)) refuse('import.unknownExtension', { file, extension });
  if (list(json.extensionsUsed).includes('EXT_mesh_gpu_instancing')) refuse('import.instancing', { file });
}

function checkViews(json: GltfJson, file: string): void {
  const buffers = list(json.buffers);
  for (const [view, def] of list(json.bufferViews).entries()) {
    const buffer = buffers[def?.buffer];
    if (!buffer) refuse('import.viewWithoutBuffer', { file, view, buffer: String(def?.buffer) });
    const end = (def.byteOffset ?? 0) + (def.byteLength ?? 0);
    if (typeof buffer.byteLength === 'number' && end > buffer.byteLength)
      refuse('import.viewPastBuffer', { file, view, end, buffer: def.buffer, size: buffer.byteLength });
  }
}

function checkAccessors(json: GltfJson, file: string): void {
  const views = list(json.bufferViews);
  for (const [accessor, def] of list(json.accessors).entries()) {
    if (def?.bufferView === undefined) continue;
    const view = views[def.bufferView];
    if (!view) refuse('import.accessorWithoutView', { file, accessor, view: String(def.bufferView) });
    const element = (COMPONENT_BYTES[def.componentType] ?? 0) * (TYPE_COMPONENTS[def.type] ?? 0);
    if (element === 0)
      refuse('import.accessorType', { file, accessor, type: `${def.type}/${def.componentType}` });
    const stride = view.byteStride ?? element;
    const end = (def.byteOffset ?? 0) + (def.count > 0 ? stride * (def.count - 1) + element : 0);
    if (end > (view.byteLength ?? 0))
      refuse('import.accessorPastView', {
        file,
        accessor,
        view: def.bufferView,
        end,
        size: view.byteLength ?? 0,
      });
  }
}

function checkMeshes(json: GltfJson, file: string): void {
  const meshes = list(json.meshes);
  if (meshes.length === 0) refuse('import.noMeshes', { file });
  const accessors = list(json.accessors);
  const materials = list(json.materials);
  for (const [mesh, def] of meshes.entries())
    for (const [primitive, p] of list(def?.primitives).entries()) {
      const compressed = p?.extensions?.KHR_draco_mesh_compression;
      if (!compressed && p?.attributes?.POSITION === undefined)
        refuse('import.noPositions', { file, mesh, primitive });
      for (const [attribute, index] of Object.entries<number>(p?.attributes ?? {}))
        if (!compressed && !accessors[index])
          refuse('import.missingAccessor', { file, mesh, primitive, attribute, accessor: String(index) });
      if (p?.indices !== undefined && !compressed && !accessors[p.indices])
        refuse('import.missingAccessor', {
          file,
          mesh,
          primitive,
          attribute: 'indices',
          accessor: String(p.indices),
        });
      if (p?.material !== undefined && !materials[p.material])
        refuse('import.missingMaterial', { file, mesh, primitive, material: JSON.stringify(p.material) });
    }
}

function checkNodes(json: GltfJson, file: string): void {
  const nodes = list(json.nodes);
  const meshes = list(json.meshes);
  for (const [node, def] of nodes.entries()) {
    if (def?.mesh !== undefined && !meshes[def.mesh])
      refuse('import.missingMesh', { file, node, mesh: String(def.mesh) });
    for (const child of list(def?.children))
      if (!nodes[child as unknown as number])
        refuse('import.missingNode', { file, node, child: String(child) });
  }
  for (const [scene, def] of list(json.scenes).entries())
    for (const node of list(def?.nodes))
      if (!nodes[node as unknown as number])
        refuse('import.sceneMissingNode', { file, scene, node: String(node) });
}

/**
 * Refuses, with file and index, what cannot be drawn: an unknown required extension, GPU instancing (not flattened
 * yet), a view or accessor reaching past its data, a mesh, material, accessor or node that a reference names but
 * the file lacks, a primitive without positions, a file without meshes.
 */
export function checkJson(json: GltfJson, file: string): void {
  checkExtensions(json, file);
  checkViews(json, file);
  checkAccessors(json, file);
  checkMeshes(json, file);
  checkNodes(json, file);
}
