/** Generates the default car in memory: GLB bytes plus its manifest. Deterministic. */
import { archMeshes } from './arches';
import { buildBodyGrid } from './body';
import { mergeMeshes } from './mesh';
import { groupBody } from './parts';
import { wheelNodes } from './wheelnodes';
import { type SceneNode, writeGlb } from './write';

/** Output of one generation run. */
export interface GeneratedModel {
  glb: Uint8Array;
  manifest: Record<string, unknown>;
}

/** Build the whole car. */
export async function generateModel(): Promise<GeneratedModel> {
  const grid = buildBodyGrid();
  const body = groupBody(grid);
  const nodes: SceneNode[] = [];
  for (const [id, mesh] of body.zones) nodes.push({ name: `zone:${id}`, prims: [{ mesh, material: 'paint', uv: true }] });
  for (const [id, mesh] of body.glass) nodes.push({ name: `glass:${id}`, prims: [{ mesh, material: 'glass' }] });
  nodes.push(...body.lights);
  nodes.push({ name: 'trim:black', prims: [{ mesh: mergeMeshes([body.black, archMeshes()]), material: 'trim-black' }] });
  nodes.push(...wheelNodes());
  const glb = await writeGlb(nodes, 'compact-ev');
  return { glb, manifest: {} };
}
