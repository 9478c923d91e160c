import type { ZoneType } from '@domain/vehicle/zone-types';

/** A piece must have this share of its area in one zone to be moved into it whole. */
const WHOLE = 0.75;
/** The pieces are taken for panels only when this share of the paint lies in pieces that are ≥ 90 % one zone. */
const PANEL_LIKE = 0.8;

/**
 * Uses the model's own pieces (`pieceOfTriangle`: meshes, primitives or materials) as panel hints: when the pieces
 * agree with the zones found by shape (most paint lies in pieces that are nearly all one zone), each piece under a
 * fifth of the paint that is mostly one zone goes to that zone whole, so zone borders follow the modeller's panel
 * split rather than the cut planes. Pieces that cut across panels (an export split by a grid or by triangle count)
 * do not agree and are ignored. Changes `typeOf` in place; returns one note per decision.
 */
export function applyPieceHints(
  typeOf: (ZoneType | null)[],
  area: Float64Array,
  pieceOfOutput: (t: number) => number,
): string[] {
  const shares = new Map<number, Map<ZoneType, number>>();
  let total = 0;
  for (let t = 0; t < typeOf.length; t++) {
    const type = typeOf[t];
    if (!type) continue;
    const p = pieceOfOutput(t);
    let row = shares.get(p);
    if (!row) {
      row = new Map();
      shares.set(p, row);
    }
    row.set(type, (row.get(type) ?? 0) + area[t]!);
    total += area[t]!;
  }
  if (shares.size < 2 || total === 0) return [];
  const best = new Map<number, { type: ZoneType; share: number; area: number }>();
  let agreeing = 0;
  for (const [p, row] of shares) {
    let sum = 0;
    let top: ZoneType | null = null;
    let topArea = 0;
    for (const [type, a] of row) {
      sum += a;
      if (a > topArea) {
        topArea = a;
        top = type;
      }
    }
    best.set(p, { type: top!, share: topArea / sum, area: sum });
    if (topArea / sum >= 0.9) agreeing += sum;
  }
  const agreement = agreeing / total;
  if (agreement < PANEL_LIKE) {
    return [
      `pieces: ${shares.size} pieces of the model do not follow the zones (${Math.round(agreement * 100)} % of the paint in pieces that are one zone), so they are not used as panel hints`,
    ];
  }
  let moved = 0;
  for (let t = 0; t < typeOf.length; t++) {
    if (!typeOf[t]) continue;
    const b = best.get(pieceOfOutput(t))!;
    if (b.share >= WHOLE && b.area < 0.2 * total && typeOf[t] !== b.type) {
      typeOf[t] = b.type;
      moved += area[t]!;
    }
  }
  return [
    `pieces: the model's ${shares.size} pieces follow the zones (${Math.round(agreement * 100)} % of the paint in pieces that are one zone); ${moved.toFixed(2)} m² moved so zones end at the pieces' edges`,
  ];
}
