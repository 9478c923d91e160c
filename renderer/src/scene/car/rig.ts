import type { FilmMaterial } from '@domain/catalog/film-material';
import type { ModelManifest } from '@domain/model/manifest';
import {
  Box3,
  type Material,
  type Mesh,
  MeshPhysicalMaterial,
  MeshStandardMaterial,
  type Object3D,
  Vector3,
} from 'three';
import { createFilmMaterial, setFilmUvUnit } from '../materials/film-material';
import { createGlassMaterial } from '../materials/glass';
import type { FilmTextures } from '../materials/textures';
import { BASE_RIM_INCH, rimRadiusM } from '../scene-config';
import { findAll, nameMatcher, originalName } from './names';

/** Zone id given to paint meshes that belong to no declared zone (imported cars). */
export const PAINT_ZONE = 'paint';

/** Handles on the parts of a loaded car the configuration changes; built once per model. */
export interface CarRig {
  root: Object3D;
  /** Zone id → its meshes (all drawing with the zone's own film material). */
  zones: Map<string, Mesh[]>;
  zoneMaterials: Map<string, MeshPhysicalMaterial>;
  /** Zone id → the model's own paint, shown when no film is chosen. */
  factory: Map<string, FilmMaterial>;
  /** Window set id → glass material ("other" for glass in no set). */
  glass: Map<string, MeshStandardMaterial>;
  wheels: Object3D[];
  /** Rim design → its nodes on every wheel. */
  rims: Map<string, Object3D[]>;
  /** Wheel size in inches → its tyre nodes and the rim scale that goes with it (models with a tyre per size). */
  sizes: Map<number, { tyres: Object3D[]; rimScale: [number, number, number] }>;
  caliperMaterial: MeshPhysicalMaterial;
  trimMaterial: MeshPhysicalMaterial;
  /** Accessory part id → its nodes. */
  accessories: Map<string, Object3D[]>;
  /** Materials the rig created (and disposes). */
  owned: Material[];
  /** Bounding box of the car without accessories, metres. */
  bounds: Box3;
}

const isMesh = (o: Object3D): o is Mesh => (o as Mesh).isMesh === true;

const meshesUnder = (nodes: Object3D[]): Mesh[] => {
  const out = new Set<Mesh>();
  for (const n of nodes) n.traverse((o) => isMesh(o) && out.add(o));
  return [...out];
};

/** The model's paint as a film, so "factory paint" goes through the same path as any film. */
export function factoryFilm(material: Material | undefined): FilmMaterial {
  if (material instanceof MeshStandardMaterial) {
    const physical = material instanceof MeshPhysicalMaterial ? material : null;
    return {
      color: `#${material.color.getHexString()}`,
      metalness: material.metalness,
      roughness: material.roughness,
      clearcoat: physical?.clearcoat ?? 0.8,
      clearcoatRoughness: physical?.clearcoatRoughness ?? 0.05,
    };
  }
  return { color: '#b8bcc2', metalness: 0.3, roughness: 0.35, clearcoat: 1, clearcoatRoughness: 0.03 };
}

function firstMaterial(mesh: Mesh): Material | undefined {
  return Array.isArray(mesh.material) ? mesh.material[0] : mesh.material;
}

function assignZone(rig: CarRig, zoneId: string, meshes: Mesh[], t: FilmTextures, paint?: Set<string>): void {
  if (meshes.length === 0) return;
  const material = createFilmMaterial(t, `film:${zoneId}`);
  rig.owned.push(material);
  rig.zoneMaterials.set(zoneId, material);
  rig.factory.set(
    zoneId,
    factoryFilm(meshes.map(firstMaterial).find((m) => !paint || paint.has(m?.name ?? ''))),
  );
  for (const mesh of meshes) {
    mesh.userData.zoneId = zoneId;
    // The file's material names, kept for staff corrections once the film material replaces them.
    mesh.userData.materialNames ??= (Array.isArray(mesh.material) ? mesh.material : [mesh.material]).map(
      (m) => m.name,
    );
    if (Array.isArray(mesh.material) && paint) {
      mesh.material = mesh.material.map((m) => (paint.has(m.name) ? material : m));
    } else mesh.material = material;
  }
  rig.zones.set(zoneId, meshes);
}

function wheelParts(rig: CarRig, manifest: ModelManifest): { calipers: Mesh[] } {
  const byName = (names: string[]) => findAll(rig.root, nameMatcher(names));
  rig.wheels = byName(manifest.wheels.nodes);
  for (const [design, names] of Object.entries(manifest.wheels.rims)) rig.rims.set(design, byName(names));
  if (rig.rims.size === 0) {
    for (const wheel of rig.wheels) {
      wheel.traverse((o) => {
        const m = /^rim:(.+)$/.exec(originalName(o));
        if (m?.[1]) rig.rims.set(m[1], [...(rig.rims.get(m[1]) ?? []), o]);
      });
    }
  }
  for (const size of manifest.wheels.sizes) {
    const tyres = rig.wheels.flatMap((w) => findAll(w, nameMatcher([size.tyre])));
    rig.sizes.set(size.inch, { tyres, rimScale: size.rimScale });
  }
  if (rig.sizes.size === 0) {
    for (const wheel of rig.wheels) {
      wheel.traverse((o) => {
        const inch = Number(/^tyre:(\d+)$/.exec(originalName(o))?.[1]);
        if (!inch) return;
        const k = rimRadiusM(inch) / rimRadiusM(BASE_RIM_INCH);
        const entry = rig.sizes.get(inch) ?? { tyres: [], rimScale: [1, k, k] as [number, number, number] };
        entry.tyres.push(o);
        rig.sizes.set(inch, entry);
      });
    }
  }
  for (const nodes of rig.rims.values()) for (const n of nodes) n.userData.baseScale = n.scale.clone();
  const calipers = manifest.wheels.calipers.length
    ? byName(manifest.wheels.calipers)
    : rig.wheels.flatMap((w) => findAll(w, (o) => /^caliper/i.test(originalName(o))));
  return { calipers: meshesUnder(calipers) };
}

/** Takes over a loaded car: gives each zone, window set, caliper and trim piece a material the look drives. */
export function buildRig(root: Object3D, manifest: ModelManifest, textures: FilmTextures): CarRig {
  const rig: CarRig = {
    root,
    zones: new Map(),
    zoneMaterials: new Map(),
    factory: new Map(),
    glass: new Map(),
    wheels: [],
    rims: new Map(),
    sizes: new Map(),
    caliperMaterial: createFilmMaterial(textures, 'caliper'),
    trimMaterial: createFilmMaterial(textures, 'bright-trim'),
    accessories: new Map(),
    owned: [],
    bounds: new Box3(),
  };
  rig.owned.push(rig.caliperMaterial, rig.trimMaterial);
  root.updateMatrixWorld(true);
  root.traverse((o) => {
    if (o.userData.hidden === true) o.visible = false;
  });
  for (const [id, names] of Object.entries(manifest.accessories)) {
    const nodes = findAll(root, nameMatcher(names));
    for (const n of nodes) n.visible = false;
    rig.accessories.set(id, nodes);
  }
  rig.bounds = boundsWithout(root, [...rig.accessories.values()].flat());
  for (const zone of manifest.zones) {
    assignZone(rig, zone.id, meshesUnder(findAll(root, nameMatcher(zone.meshes))), textures);
  }
  const paint = new Set(manifest.paintMaterials);
  if (paint.size > 0) {
    const loose = meshesUnder([root]).filter(
      (m) => m.userData.zoneId === undefined && [m.material].flat().some((x) => paint.has(x.name)),
    );
    assignZone(rig, PAINT_ZONE, loose, textures, paint);
  }
  for (const m of rig.zoneMaterials.values()) setFilmUvUnit(m, manifest.uvUnitM ?? 1);
  const inSet = new Set<Mesh>();
  for (const [set, names] of Object.entries(manifest.glass.windowSets)) {
    const meshes = meshesUnder(findAll(root, nameMatcher(names)));
    glassFor(rig, set, meshes);
    for (const m of meshes) inSet.add(m);
  }
  const other = meshesUnder(findAll(root, nameMatcher(manifest.glass.meshes))).filter((m) => !inSet.has(m));
  glassFor(rig, 'other', other);
  const { calipers } = wheelParts(rig, manifest);
  for (const m of calipers) m.material = rig.caliperMaterial;
  for (const m of meshesUnder(findAll(root, nameMatcher(manifest.brightTrim)))) m.material = rig.trimMaterial;
  return rig;
}

function glassFor(rig: CarRig, set: string, meshes: Mesh[]): void {
  if (meshes.length === 0) return;
  const material = createGlassMaterial(`glass:${set}`);
  rig.owned.push(material);
  rig.glass.set(set, material);
  for (const m of meshes) m.material = material;
}

function boundsWithout(root: Object3D, excluded: Object3D[]): Box3 {
  const skip = new Set(excluded);
  const box = new Box3();
  const tmp = new Box3();
  const walk = (o: Object3D) => {
    if (skip.has(o)) return;
    if (isMesh(o)) {
      if (!o.geometry.boundingBox) o.geometry.computeBoundingBox();
      box.union(tmp.copy(o.geometry.boundingBox!).applyMatrix4(o.matrixWorld));
    }
    for (const c of o.children) walk(c);
  };
  walk(root);
  return box.isEmpty() ? box.set(new Vector3(-2, 0, -1), new Vector3(2, 1.5, 1)) : box;
}

/** Frees what the rig made: its materials and their texture copies. Geometry belongs to the loader. */
export function disposeRig(rig: CarRig, disposeMaterial: (m: Material) => void): void {
  for (const m of rig.owned) disposeMaterial(m);
}
