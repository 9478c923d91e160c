/** Writes the default car's manifest from the scene it just built: measured areas, parts, defaults and budgets. */
import { ModelManifest } from '@domain/model/manifest';
import { accessoryNodes, mountPoints } from './accessories';
import { CAR } from './dims';
import { RIM_17_SCALE, RIM_DESIGNS } from './rims';
import { DEFAULT_RIM, DEFAULT_SIZE } from './wheelnodes';
import type { SceneNode } from './write';
import { ZONE_INFO } from './zones';
import type { MeasuredZone } from './zoneuv';

/** Triangles and draw calls of the nodes as shown (hidden subtrees skipped unless `all`). */
export function sceneStats(nodes: SceneNode[], all = false): { triangles: number; drawCalls: number } {
  let triangles = 0;
  let drawCalls = 0;
  const walk = (n: SceneNode) => {
    if (n.hidden && !all) return;
    for (const p of n.prims ?? []) {
      triangles += p.mesh.indices.length / 3;
      drawCalls++;
    }
    for (const c of n.children ?? []) walk(c);
  };
  for (const n of nodes) walk(n);
  return { triangles, drawCalls };
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

/** The manifest object, validated against the schema before it is returned. */
export function buildManifest(nodes: SceneNode[], zones: MeasuredZone[], bytes: number): ModelManifest {
  const shown = sceneStats(nodes);
  const all = sceneStats(nodes, true);
  const names = (prefix: string) => nodes.filter((n) => n.name.startsWith(prefix)).map((n) => n.name);
  const hidden: string[] = [];
  const walk = (n: SceneNode, path: string) => {
    const p = path ? `${path}/${n.name}` : n.name;
    if (n.hidden) hidden.push(p);
    for (const c of n.children ?? []) walk(c, p);
  };
  for (const n of nodes) walk(n, '');
  const windowSets = Object.fromEntries(names('glass:').map((n) => [n.slice(6), [n]]));
  const manifest = {
    schemaVersion: 1,
    id: 'compact-ev',
    name: { zh: '紧凑型纯电SUV', en: 'Compact EV crossover' },
    file: 'compact-ev.glb',
    lengthM: CAR.length,
    uvUnitM: 1,
    zones: zones.map((z) => ({
      id: z.id,
      name: { zh: ZONE_INFO[z.id].zh, en: ZONE_INFO[z.id].en },
      meshes: [`zone:${z.id}`],
      areaM2: r4(z.areaM2),
      labourHours: ZONE_INFO[z.id].labourHours,
      body: true,
      uvSizeM: z.uvSizeM,
    })),
    paintMaterials: ['paint'],
    glass: { meshes: names('glass:'), windowSets },
    wheels: {
      nodes: ['wheel:fl', 'wheel:fr', 'wheel:rl', 'wheel:rr'],
      rims: Object.fromEntries(RIM_DESIGNS.map((d) => [d, [`rim:${d}`]])),
      calipers: ['caliper'],
      discs: ['disc'],
      defaultRim: DEFAULT_RIM,
      defaultSizeInch: DEFAULT_SIZE,
      sizes: [
        { inch: 17, tyre: 'tyre:17', rimScale: [1, r4(RIM_17_SCALE), r4(RIM_17_SCALE)] },
        { inch: 19, tyre: 'tyre:19', rimScale: [1, 1, 1] },
      ],
    },
    lights: { head: names('light:head'), tail: names('light:tail') },
    brightTrim: names('trim:bright-'),
    accessories: Object.fromEntries(accessoryNodes().map((n) => [n.name.slice(10), [n.name]])),
    mountPoints: mountPoints(),
    hiddenByDefault: hidden,
    stats: {
      triangles: shown.triangles,
      drawCalls: shown.drawCalls,
      bytes,
      trianglesAllParts: all.triangles,
    },
  };
  return ModelManifest.parse(manifest);
}
