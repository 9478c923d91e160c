import { ModelManifest } from '@domain/model/manifest';
import { Box3, type Object3D, Vector3 } from 'three';
import { originalName } from '../car/names';
import { BASE_RIM_INCH, rimRadiusM } from '../scene-config';

/** Prefixes of the project's node naming convention (the default car follows it). */
const CONVENTION = /^(zone|glass|wheel|accessory):/;

/** Whether a model names its parts the project's way (`zone:<id>`, `glass:<set>`, `wheel:<pos>` ...). */
export function followsConvention(root: Object3D): boolean {
  let found = false;
  root.traverse((o) => {
    if (/^zone:/.test(originalName(o))) found = true;
  });
  return found;
}

/**
 * A manifest read from node names alone, for models that follow the convention but ship no manifest.
 * Zone areas are not measured here (set to a nominal 1 m²): pricing uses the real manifest.
 */
export function conventionManifest(root: Object3D, name: string): ModelManifest {
  const zones: ModelManifest['zones'] = [];
  const sizes = new Map<number, string>();
  const windowSets: Record<string, string[]> = {};
  const wheels: string[] = [];
  const accessories: Record<string, string[]> = {};
  const brightTrim: string[] = [];
  root.traverse((o) => {
    const n = originalName(o);
    const [, kind, id] = /^([a-z]+):(.+)$/.exec(n) ?? [];
    if (!kind || !id || (!CONVENTION.test(n) && kind !== 'trim' && kind !== 'tyre')) return;
    if (kind === 'zone')
      zones.push({ id, name: { zh: id, en: id }, meshes: [n], areaM2: 1, labourHours: 1, body: true });
    if (kind === 'glass') windowSets[id] = [n];
    if (kind === 'wheel') wheels.push(n);
    if (kind === 'accessory') accessories[id] = [n];
    if (kind === 'trim' && id.startsWith('bright')) brightTrim.push(n);
    if (kind === 'tyre' && Number(id)) sizes.set(Number(id), n);
  });
  const size = new Box3().setFromObject(root).getSize(new Vector3());
  return ModelManifest.parse({
    schemaVersion: 1,
    id: name.replace(/\.\w+$/, ''),
    name: { zh: name, en: name },
    file: name,
    lengthM: Math.max(size.z, 0.01),
    zones,
    paintMaterials: [],
    glass: { meshes: Object.values(windowSets).flat(), windowSets },
    wheels: {
      nodes: wheels,
      calipers: ['caliper'],
      sizes: [...sizes].map(([inch, tyre]) => {
        const k = rimRadiusM(inch) / rimRadiusM(BASE_RIM_INCH);
        return { inch, tyre, rimScale: [1, k, k] };
      }),
    },
    brightTrim,
    accessories,
    mountPoints: [],
  });
}
