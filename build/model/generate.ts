/** Generates the default car in memory: GLB bytes plus its manifest. Same bytes on every run. */

import type { ModelManifest } from '@domain/model/manifest';
import { WRAP_ZONE_IDS } from '@domain/vocabulary';
import { accessoryNodes } from './accessories';
import { archMeshes } from './arches';
import { buildBodyGrid } from './body';
import { interiorMesh } from './interior';
import { buildManifest } from './manifestdata';
import { mergeMeshes, meshArea, mirrorX as mirrorX2 } from './mesh';
import { mirrorParts } from './mirrors';
import { groupBody } from './parts';
import { FRONT_PLATE_RECESS } from './surface';
import { plateFrame, roofSpoiler, tailgateLines } from './tail';
import { badges, grilleSlats, handles, shutLines, windowLine } from './trim';
import { wheelNodes } from './wheelnodes';
import { type SceneNode, writeGlb } from './write';
import { type MeasuredZone, measureBodyZones } from './zoneuv';

/** Output of one generation run. */
export interface GeneratedModel {
  glb: Uint8Array;
  manifest: ModelManifest;
}

/** Build every node of the car (zones first, in vocabulary order) and the measured zones. */
export function buildScene(): { nodes: SceneNode[]; zones: MeasuredZone[] } {
  const grid = buildBodyGrid();
  const body = groupBody(grid);
  const mirrors = mirrorParts();
  const zones = measureBodyZones(grid, body.zones);
  zones.push(
    {
      id: 'mirror-left',
      mesh: mirrors.housingLeft,
      uvSizeM: mirrors.uvSizeM,
      areaM2: meshArea(mirrors.housingLeft),
    },
    {
      id: 'mirror-right',
      mesh: mirrors.housingRight,
      uvSizeM: mirrors.uvSizeM,
      areaM2: meshArea(mirrors.housingRight),
    },
  );
  zones.sort((a, b) => WRAP_ZONE_IDS.indexOf(a.id) - WRAP_ZONE_IDS.indexOf(b.id));
  const nodes: SceneNode[] = zones.map((z) => ({
    name: `zone:${z.id}`,
    prims: [{ mesh: z.mesh, material: 'paint', uv: true }],
  }));
  for (const set of ['windscreen', 'front-sides', 'rear-sides', 'rear']) {
    const mesh = body.glass.get(set);
    if (mesh) nodes.push({ name: `glass:${set}`, prims: [{ mesh, material: 'glass' }] });
  }
  nodes.push(...body.lights);
  nodes.push(
    {
      name: 'trim:black',
      prims: [
        {
          mesh: mergeMeshes([
            body.black,
            archMeshes(),
            shutLines(),
            tailgateLines(),
            mirrors.stalk,
            mirrorX2(mirrors.stalk),
          ]),
          material: 'trim-black',
        },
      ],
    },
    {
      name: 'trim:gloss-black',
      prims: [{ mesh: mergeMeshes([body.gloss, roofSpoiler()]), material: 'trim-gloss-black' }],
    },
    {
      name: 'trim:mirror-glass',
      prims: [{ mesh: mergeMeshes([mirrors.glass, mirrorX2(mirrors.glass)]), material: 'mirror-glass' }],
    },
    { name: 'trim:bright-handles', prims: [{ mesh: handles(), material: 'trim-bright' }] },
    { name: 'trim:bright-window-line', prims: [{ mesh: windowLine(), material: 'trim-bright' }] },
    {
      name: 'trim:bright-badges',
      prims: [
        {
          mesh: mergeMeshes([badges(), plateFrame(), plateFrame(FRONT_PLATE_RECESS)]),
          material: 'trim-bright',
        },
      ],
    },
    { name: 'trim:bright-grille', prims: [{ mesh: grilleSlats(), material: 'trim-bright' }] },
    { name: 'interior', prims: [{ mesh: interiorMesh(), material: 'interior' }] },
  );
  nodes.push(...wheelNodes(), ...accessoryNodes());
  return { nodes, zones };
}

/** Build the whole car: GLB bytes and the manifest that describes them. */
export async function generateModel(): Promise<GeneratedModel> {
  const { nodes, zones } = buildScene();
  const glb = await writeGlb(nodes, 'compact-ev');
  return { glb, manifest: buildManifest(nodes, zones, glb.byteLength) };
}
