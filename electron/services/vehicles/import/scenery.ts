import { type Box, boxGap, extents, type MeshItem, unionBox } from './items';

/** A mesh whose smallest size is at most this share of its largest is flat (a plane, a panel, a sign). */
const FLAT = 0.05;
/** A flat mesh at least this many times the car's length and its height is a ground plane or a backdrop. */
const PLANE_OVER_CAR = 1.2;
/** A mesh that holds everything else and is this many times larger on every axis is a sky sphere or box. */
const ENCLOSES = 1.5;
/** Parts further apart than this share of the largest part's size belong to another group (a second car, a prop). */
const GAP_SHARE = 0.05;

/** Why a mesh is not part of the car, found by geometry. */
export type SceneryDrop =
  | { item: MeshItem; kind: 'enclosure' }
  | { item: MeshItem; kind: 'plane'; thinAxis: number }
  | { item: MeshItem; kind: 'apart'; gap: number };

/** The car's meshes and what was taken away as scenery. */
export interface ScenerySplit {
  car: MeshItem[];
  drops: SceneryDrop[];
}

const sorted = (box: Box) => extents(box).sort((a, b) => a - b);

function isFlat(item: MeshItem): boolean {
  const [small, , large] = sorted(item.box);
  return large! > 0 && small! <= FLAT * large!;
}

function encloses(outer: Box, inner: Box): boolean {
  const o = extents(outer);
  const i = extents(inner);
  for (let a = 0; a < 3; a++) {
    const tolerance = 0.01 * o[a]!;
    if (outer.min[a]! > inner.min[a]! + tolerance || outer.max[a]! < inner.max[a]! - tolerance) return false;
    if (o[a]! < ENCLOSES * i[a]!) return false;
  }
  return true;
}

/** Drops, largest first, meshes that enclose all the others (sky spheres, sky boxes, showroom shells). */
function dropEnclosures(items: MeshItem[], drops: SceneryDrop[]): MeshItem[] {
  let left = [...items].sort((a, b) => extents(b.box)[0]! - extents(a.box)[0]!);
  for (const item of [...left]) {
    if (left.length < 2 || isFlat(item)) continue;
    const others = left.filter((o) => o !== item);
    if (encloses(item.box, unionBox(others))) {
      drops.push({ item, kind: 'enclosure' });
      left = others;
    }
  }
  return left;
}

/** Groups items whose boxes come within `gap` of each other (union-find over box gaps). */
function clusters(items: MeshItem[], gap: number): MeshItem[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (boxGap(items[i]!.box, items[j]!.box) <= gap) parent[find(i)] = find(j);
  const groups = new Map<number, MeshItem[]>();
  for (const [i, item] of items.entries()) groups.set(find(i), [...(groups.get(find(i)) ?? []), item]);
  return [...groups.values()];
}

/** The car among the groups: most triangles; on a near tie (5 %), the group nearest the file's origin. */
function mainCluster(groups: MeshItem[][]): MeshItem[] {
  const weight = (g: MeshItem[]) => g.reduce((n, item) => n + item.triangles, 0);
  const distance = (g: MeshItem[]) => {
    const box = unionBox(g);
    return Math.hypot(...box.min.map((v, a) => (v + box.max[a]!) / 2));
  };
  const top = Math.max(...groups.map(weight));
  const near = groups.filter((g) => weight(g) >= 0.95 * top);
  return near.sort((a, b) => distance(a) - distance(b))[0]!;
}

/**
 * Splits the drawn meshes into the car and scenery, by geometry only: a mesh that encloses everything else (sky);
 * groups of solid parts apart from the main group (a second car, props: the main group has the most triangles);
 * large flat meshes at least 1.2× the car's length and height (ground, terrain, backdrop); small flat meshes away
 * from the car. Names are never read.
 */
export function splitScenery(items: MeshItem[]): ScenerySplit {
  const drops: SceneryDrop[] = [];
  const left = dropEnclosures(items, drops);
  const solids = left.filter((item) => !isFlat(item));
  const grouped = solids.length > 0 ? solids : left;
  const gap = GAP_SHARE * Math.max(...grouped.map((item) => Math.max(...extents(item.box))));
  const groups = clusters(grouped, gap);
  const car = mainCluster(groups);
  const carBox = unionBox(car);
  for (const group of groups)
    if (group !== car)
      for (const item of group) drops.push({ item, kind: 'apart', gap: boxGap(item.box, carBox) });
  const [carSmall, , carLarge] = sorted(carBox);
  for (const item of left) {
    if (grouped.includes(item)) continue;
    const [thin, mid, large] = extents(item.box)
      .map((size, axis) => ({ size, axis }))
      .sort((a, b) => a.size - b.size);
    if (large!.size >= PLANE_OVER_CAR * carLarge! && mid!.size >= PLANE_OVER_CAR * carSmall!)
      drops.push({ item, kind: 'plane', thinAxis: thin!.axis });
    else if (boxGap(item.box, carBox) > gap)
      drops.push({ item, kind: 'apart', gap: boxGap(item.box, carBox) });
    else car.push(item);
  }
  return { car, drops };
}
