import { Vector3 } from 'three';
import type { MissingMount, Mount, SurfaceRole } from './types';
import type { CarRays } from './visibility';

/** Shortest stretch of roof, along the car, a roof box or crossbars need, m. */
export const MIN_ROOF_M = 0.5;
/** How far the roof may fall away from its highest point and still count as flat, m. */
const ROOF_DROP_M = 0.06;
const STEP_M = 0.02;
/** Tow bars sit about this high (EU: 350-420 mm ball height, the bracket a bit higher), m. */
const TOW_HEIGHT_M = 0.45;

/**
 * Where the car's shape allows a roof box, a tow bar and a rear hatch accessory, each probed along the centre line
 * (x = 0) with rays: roof = the highest paint seen from above, with at least MIN_ROOF_M of nearly flat length;
 * tow bar = the rear face at about 0.45 m (0.2-0.6 m); rear hatch = walking forward from the tail along the top profile, the first
 * paint above 60 % of the height, then up the hatch while it rises steeply to its top edge, if it lies in the rear 35 % of the length (a spoiler or a hatch carrier sits there).
 */
export function findMounts(
  rays: CarRays,
  roleOf: (surface: number) => SurfaceRole,
): { mounts: Mount[]; missing: MissingMount[] } {
  const { min, max } = rays;
  const mounts: Mount[] = [];
  const missing: MissingMount[] = [];
  const down = new Vector3(0, -1, 0);
  const forward = new Vector3(0, 0, 1);
  const origin = new Vector3();
  const height = max.y - min.y;

  // Roof: a profile from above along the centre line.
  const profile: { z: number; y: number; role: SurfaceRole }[] = [];
  for (let z = min.z + STEP_M / 2; z < max.z; z += STEP_M) {
    const hit = rays.cast(origin.set(0, max.y + 1, z), down);
    if (hit) profile.push({ z, y: hit.point.y, role: roleOf(hit.surface) });
  }
  const top = profile.reduce<(typeof profile)[number] | null>((a, p) => (!a || p.y > a.y ? p : a), null);
  if (!top) missing.push({ id: 'roof', reason: { key: 'parts.mount.noRoofNothingAbove' } });
  else if (top.role !== 'paint') {
    const key = top.role === 'glass' ? 'parts.mount.noRoofGlass' : 'parts.mount.noRoofNotPaint';
    missing.push({ id: 'roof', reason: { key } });
  } else {
    const i = profile.indexOf(top);
    let a = i;
    let b = i;
    const flat = (p?: (typeof profile)[number]) => p && p.role === 'paint' && p.y >= top.y - ROOF_DROP_M;
    while (flat(profile[a - 1])) a--;
    while (flat(profile[b + 1])) b++;
    const lengthM = profile[b]!.z - profile[a]!.z + STEP_M;
    if (lengthM < MIN_ROOF_M) {
      missing.push({
        id: 'roof',
        reason: { key: 'parts.mount.noRoofTooShort', values: { lengthMm: Math.round(lengthM * 1000) } },
      });
    } else {
      const z = (profile[a]!.z + profile[b]!.z) / 2;
      const hit = rays.cast(origin.set(0, max.y + 1, z), down);
      mounts.push({ id: 'roof', position: [0, round(hit?.point.y ?? top.y), round(z)] });
    }
  }

  // Tow bar: a profile from behind along the centre line, 0.2-0.6 m up.
  const rear: { y: number; z: number; role: SurfaceRole }[] = [];
  for (let y = min.y + 0.2; y <= min.y + 0.6; y += STEP_M) {
    const hit = rays.cast(origin.set(0, y, min.z - 1), forward);
    if (hit) rear.push({ y, z: hit.point.z, role: roleOf(hit.surface) });
  }
  const tow = rear
    .filter((p) => p.role !== 'glass' && p.role !== 'wheel')
    .sort((a, b) => Math.abs(a.y - min.y - TOW_HEIGHT_M) - Math.abs(b.y - min.y - TOW_HEIGHT_M))[0];
  if (tow) mounts.push({ id: 'tow-bar', position: [0, round(tow.y), round(tow.z)] });
  else missing.push({ id: 'tow-bar', reason: { key: 'parts.mount.noTowBar' } });

  // Rear hatch: walking forward from the tail along the top profile, the first paint above 60 % of the height.
  let h = profile.findIndex((p) => p.role === 'paint' && p.y - min.y >= 0.6 * height);
  // Up the hatch (paint or its window) while it rises steeply, to its top edge where the roof flattens out.
  const rising = (a?: (typeof profile)[number], b?: (typeof profile)[number]) =>
    a && b && b.role !== 'trim' && b.role !== 'wheel' && (b.y - a.y) / (b.z - a.z) >= 0.5;
  while (h >= 0 && rising(profile[h], profile[h + 1])) h++;
  const hatch = profile[h];
  if (hatch && hatch.z <= min.z + 0.35 * (max.z - min.z)) {
    mounts.push({ id: 'rear-hatch', position: [0, round(hatch.y), round(hatch.z)] });
  } else {
    missing.push({ id: 'rear-hatch', reason: { key: 'parts.mount.noRearHatch' } });
  }
  return { mounts, missing };
}

const round = (v: number) => Math.round(v * 1000) / 1000;
