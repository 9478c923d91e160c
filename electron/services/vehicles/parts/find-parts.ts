import type { Document, Node } from '@gltf-transform/core';
import { applyCorrections, deriveLists } from './corrections';
import { findMounts } from './mounts';
import {
  CALIPER_NAME,
  GLASS_NAME,
  lookOf,
  looksLikePlastic,
  looksLikeTintedGlass,
  type MaterialLook,
  PAINT_NAME,
  RIM_NAME,
  sameLook,
  TYRE_NAME,
} from './signals';
import { collectSurfaces, nodeName, type RawSurface } from './surfaces';
import type { FoundWheel, Guess, PartsResult, Surface, SurfaceRole } from './types';
import { buildCarRays } from './visibility';
import { findWheels, piecesOf, ringOf, type WheelShape } from './wheels';

/** Random surface points tested for the first, all-surface look at what is outside. */
const SURVEY_SAMPLES = 1500;
/** Random points tested on the paint for its area (about ±1 % sampling error, see docs/VEHICLES.md). */
const PAINT_SAMPLES = 5000;

/** Options of `findParts`. */
export type FindPartsOptions = { lengthM: number };

/**
 * Finds paint, glass, the four wheels (tyre, rim, caliper) and accessory mounts of a normalised car (metres, Y up,
 * nose +Z, wheels on y = 0, centred) by geometry, names only as hints, and measures its exterior paint area at
 * `lengthM` (the model is scaled by lengthM / its own length first). Every decision is listed in `guesses`.
 */
export function findParts(document: Document, options: FindPartsOptions): PartsResult {
  const { lengthM } = options;
  if (!Number.isFinite(lengthM) || lengthM <= 0) {
    throw new Error(`findParts: lengthM must be the car's real length in metres (got ${lengthM})`);
  }
  const raw = collectSurfaces(document);
  if (raw.length === 0) {
    throw new Error(
      'findParts: the model draws no triangles (no mesh in its scene has a triangle primitive)',
    );
  }
  const rays = buildCarRays(raw);
  const min = rays.min.toArray() as [number, number, number];
  const max = rays.max.toArray() as [number, number, number];
  const modelLength = max[2] - min[2];
  const k = lengthM / modelLength;
  const guesses: Guess[] = [];

  const pieces = piecesOf(raw);
  const wheels = findWheels(raw, pieces, min, max);
  const wheelOf = surfaceWheels(raw, pieces.length ? pieces : [], wheels);

  const looks = new Map(raw.map((s) => [s.material, lookOf(s.materialRef)]));
  const survey = rays.exteriorM2(
    raw.map((_, i) => i),
    SURVEY_SAMPLES,
  );

  // Paint: the material with the most exterior area, not see-through, not glowing, not part of a wheel.
  const exteriorByMaterial = new Map<string, number>();
  raw.forEach((s, i) => {
    if (wheelOf[i] !== undefined) return;
    const look = looks.get(s.material)!;
    if (look.seeThrough || look.emissive) return;
    if (GLASS_NAME.test(s.material) && !PAINT_NAME.test(s.material)) return;
    exteriorByMaterial.set(s.material, (exteriorByMaterial.get(s.material) ?? 0) + survey.get(i)!);
  });
  const score = (m: string, area: number) =>
    area * (PAINT_NAME.test(m) ? 1.5 : 1) * (looksLikePlastic(looks.get(m)!) ? 0.5 : 1);
  const ranked = [...exteriorByMaterial].sort((a, b) => score(b[0], b[1]) - score(a[0], a[1]));
  const primary = ranked[0];
  const paintMaterials = new Set<string>();
  const totalExterior = [...survey.values()].reduce((a, b) => a + b, 0);
  if (primary && primary[1] > 0) {
    paintMaterials.add(primary[0]);
    guesses.push({
      part: 'paint',
      target: primary[0],
      reason: {
        key: 'parts.guess.paintLargest',
        values: { material: primary[0], share: Math.round((100 * primary[1]) / totalExterior) },
      },
    });
    const primaryLook = looks.get(primary[0])!;
    for (const [m, area] of ranked.slice(1)) {
      if (area < 0.05 * primary[1]) continue;
      const byName = PAINT_NAME.test(m);
      const byLook = sameLook(looks.get(m)!, primaryLook);
      if (!byName && !byLook) continue;
      paintMaterials.add(m);
      guesses.push({
        part: 'paint',
        target: m,
        reason: {
          key: byLook ? 'parts.guess.paintSameLook' : 'parts.guess.paintByName',
          values: { material: m },
        },
      });
    }
  }

  const height = max[1] - min[1];
  const roles: SurfaceRole[] = raw.map((s, i) => {
    if (wheelOf[i] !== undefined) return 'wheel';
    if (paintMaterials.has(s.material)) return 'paint';
    const look = looks.get(s.material)!;
    if (look.emissive) return 'trim';
    if (look.seeThrough || GLASS_NAME.test(s.material)) return 'glass';
    // A node name says "window" also for chrome window lines: only non-metal surfaces are glass by node name.
    if (GLASS_NAME.test(s.mesh) && look.metallic < 0.5) return 'glass';
    return 'trim';
  });
  // No glass by transparency or name: dark, smooth, non-metal exterior surfaces in the upper half are the windows.
  if (!roles.includes('glass')) {
    raw.forEach((s, i) => {
      const high = centreOf(s)[1] > min[1] + 0.45 * height;
      if (
        roles[i] === 'trim' &&
        looksLikeTintedGlass(looks.get(s.material)!) &&
        high &&
        survey.get(i)! > 0.05
      ) {
        roles[i] = 'glass';
      }
    });
  }
  glassGuesses(raw, roles, looks, guesses);

  const paintIds = roles.flatMap((r, i) => (r === 'paint' ? [i] : []));
  const paintExterior = rays.exteriorM2(paintIds, PAINT_SAMPLES);
  const surfaces: Surface[] = raw.map((s, i) => ({
    mesh: s.mesh,
    material: s.material,
    primitive: s.primitive,
    role: roles[i]!,
    exteriorAreaM2: round4((paintExterior.get(i) ?? survey.get(i)!) * k * k),
    totalAreaM2: round4(rays.totalM2[i]! * k * k),
    centre: centreOf(s).map((c) => round4(c * k)) as [number, number, number],
  }));

  const found = describeWheels(raw, pieces, wheels, wheelOf, surfaces, k, guesses);
  const { mounts, missing } = findMounts(rays, (s) => roles[s]!);
  for (const m of mounts) {
    m.position = m.position.map((c) => Math.round(c * k * 1000) / 1000) as [number, number, number];
    guesses.push({ part: 'mount', target: m.id, reason: { key: `parts.guess.mount.${m.id}` } });
  }
  for (const m of missing) guesses.push({ part: 'mount', target: m.id, reason: m.reason });

  const lists = deriveLists(surfaces);
  guesses.push({
    part: 'paint',
    target: 'body',
    reason: {
      key: 'parts.guess.bodyArea',
      values: { areaM2: lists.bodyAreaM2.toFixed(2), lengthMm: Math.round(lengthM * 1000) },
    },
  });
  return applyCorrections(
    {
      paint: lists.paint,
      glass: lists.glass,
      wheels: { nodes: wheelNodes(document, raw, wheels, wheelOf), ...lists.wheelParts, found },
      mounts,
      missingMounts: missing,
      bodyAreaM2: lists.bodyAreaM2,
      guesses,
      surfaces,
      lengthM,
      modelLengthM: Math.round(modelLength * 1000) / 1000,
    },
    [],
  );
}

const round4 = (v: number) => Math.round(v * 10000) / 10000;

function centreOf(s: RawSurface): [number, number, number] {
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < s.positions.length; i += 3) {
    for (let c = 0; c < 3; c++) {
      lo[c] = Math.min(lo[c]!, s.positions[i + c]!);
      hi[c] = Math.max(hi[c]!, s.positions[i + c]!);
    }
  }
  return [0, 1, 2].map((c) => (lo[c]! + hi[c]!) / 2) as [number, number, number];
}

/** Which wheel each surface wholly belongs to (undefined: none, or only partly — a merged mesh). */
function surfaceWheels(
  raw: RawSurface[],
  pieces: ReturnType<typeof piecesOf>,
  wheels: WheelShape[],
): (number | undefined)[] {
  const total = new Array<number>(raw.length).fill(0);
  for (const p of pieces) total[p.surface]!++;
  const out: (number | undefined)[] = new Array(raw.length).fill(undefined);
  wheels.forEach((w, wi) => {
    const inWheel = new Array<number>(raw.length).fill(0);
    for (const p of w.pieces) inWheel[p.surface]!++;
    inWheel.forEach((n, s) => {
      if (n > 0 && n === total[s]) out[s] = wi;
    });
  });
  return out;
}

function glassGuesses(
  raw: RawSurface[],
  roles: SurfaceRole[],
  looks: Map<string, MaterialLook>,
  guesses: Guess[],
) {
  const done = new Set<string>();
  raw.forEach((s, i) => {
    if (roles[i] !== 'glass' || done.has(s.material)) return;
    done.add(s.material);
    const look = looks.get(s.material)!;
    const key =
      look.seeThrough === 'transmission'
        ? 'parts.guess.glassTransmission'
        : look.seeThrough === 'alpha'
          ? 'parts.guess.glassAlpha'
          : GLASS_NAME.test(s.material) || GLASS_NAME.test(s.mesh)
            ? 'parts.guess.glassByName'
            : 'parts.guess.glassDarkSmooth';
    guesses.push({ part: 'glass', target: s.material, reason: { key, values: { material: s.material } } });
  });
}

/** Tyre / rim / caliper per wheel surface (shape first, names as a tie-break), and the wheels' guesses. */
function describeWheels(
  raw: RawSurface[],
  pieces: ReturnType<typeof piecesOf>,
  wheels: WheelShape[],
  wheelOf: (number | undefined)[],
  surfaces: Surface[],
  k: number,
  guesses: Guess[],
): FoundWheel[] {
  raw.forEach((s, i) => {
    const wi = wheelOf[i];
    if (wi === undefined) return;
    const wheel = wheels[wi]!;
    const ring = ringOf(
      s,
      pieces.filter((p) => p.surface === i),
      wheel,
    );
    const name = `${s.mesh} ${s.material}`;
    const outerRing = ring.outer >= 0.9 && ring.cover >= 0.9;
    const part =
      outerRing && (ring.inner >= 0.45 || looksLikePlastic(lookOf(s.materialRef)))
        ? 'tyre'
        : ring.cover <= 0.5 && ring.inner > 0.2
          ? 'caliper'
          : TYRE_NAME.test(name) && !RIM_NAME.test(name)
            ? 'tyre'
            : CALIPER_NAME.test(name) && ring.cover < 0.9
              ? 'caliper'
              : 'rim';
    surfaces[i]!.wheelPart = part;
    guesses.push({
      part,
      target: s.mesh,
      reason: {
        key: `parts.guess.${part}`,
        values: { mesh: s.mesh, outer: Math.round(ring.outer * 100) },
      },
    });
  });
  const merged = new Set<string>();
  for (const w of wheels) {
    for (const p of w.pieces) if (wheelOf[p.surface] === undefined) merged.add(raw[p.surface]!.mesh);
  }
  for (const mesh of merged) {
    guesses.push({
      part: 'wheel',
      target: mesh,
      reason: { key: 'parts.guess.wheelsMerged', values: { mesh } },
    });
  }
  const found: FoundWheel[] = wheels.map((w) => ({
    corner: w.corner,
    centre: w.centre.map((c) => Math.round(c * k * 1000) / 1000) as [number, number, number],
    radiusM: Math.round(w.radius * k * 1000) / 1000,
    widthM: Math.round(w.width * k * 1000) / 1000,
  }));
  for (const w of found) {
    guesses.push({
      part: 'wheel',
      target: w.corner,
      reason: { key: `parts.guess.wheel.${w.corner}`, values: { diameterMm: Math.round(w.radiusM * 2000) } },
    });
  }
  for (const corner of ['front-left', 'front-right', 'rear-left', 'rear-right'] as const) {
    if (!wheels.some((w) => w.corner === corner)) {
      guesses.push({ part: 'wheel', target: corner, reason: { key: `parts.guess.wheelMissing.${corner}` } });
    }
  }
  return found;
}

/**
 * The node of each wheel (front-left, front-right, rear-left, rear-right): the closest common parent of the wheel's
 * surfaces that holds nothing else. Empty unless all four wheels have such a node.
 */
function wheelNodes(
  document: Document,
  raw: RawSurface[],
  wheels: WheelShape[],
  wheelOf: (number | undefined)[],
): string[] {
  if (wheels.length !== 4) return [];
  const index = new Map(
    document
      .getRoot()
      .listNodes()
      .map((n, i) => [n, i]),
  );
  const chain = (n: Node): Node[] => {
    const out: Node[] = [];
    for (let c: Node | null = n; c; c = c.getParentNode()) out.unshift(c);
    return out;
  };
  const names: string[] = [];
  for (const order of ['front-left', 'front-right', 'rear-left', 'rear-right']) {
    const wi = wheels.findIndex((w) => w.corner === order);
    const own = raw.flatMap((s, i) => (wheelOf[i] === wi ? [s] : []));
    if (own.length === 0) return [];
    const chains = own.map((s) => chain(s.node));
    let common: Node | null = null;
    for (let d = 0; chains.every((c) => c[d] && c[d] === chains[0]![d]); d++) common = chains[0]![d]!;
    if (!common) return [];
    const under = raw.filter((s) => chain(s.node).includes(common!));
    if (under.some((s) => !own.includes(s))) return [];
    names.push(nodeName(common, index.get(common) ?? 0));
  }
  return names;
}
