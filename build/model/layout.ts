/**
 * Where each part of the body surface lies in (u, v): wrap zones, glass, lights and black trim as rectangles.
 * The first rectangle that contains a cell wins. Ids are for the car's left half; the mirror swaps -left/-right.
 */
import { Z_ROOF_END } from './dims';
import { FRONT_PLATE_RECESS, PLATE_RECESS, U_FRONT, U_REAR, uAtZ, uFrontCap, uRearCap } from './surface';

/** A rectangle in (u, v) assigned to one body part. */
export interface Rect {
  u0: number;
  u1: number;
  v0: number;
  v1: number;
  part: string;
}

const r = (u0: number, u1: number, v0: number, v1: number, part: string): Rect => ({
  u0: Math.min(u0, u1),
  u1: Math.max(u0, u1),
  v0,
  v1,
  part,
});

/** v lines the layout is built on. */
export const V = {
  floor: 0.07,
  sill: 0.17,
  bumperRear: 0.3,
  belt: 0.48,
  dloLo: 0.535,
  dloHi: 0.685,
  roof: 0.79,
} as const;

/** v range of the tail light bar's lens across the tailgate. */
export const TAIL_LIGHT_V = [0.442, 0.476] as const;

/** Layout rectangles in priority order. */
export const RECTS: Rect[] = [
  r(0, 1, 0, V.floor, 'black:underbody'),
  r(uAtZ(-1.02), uAtZ(0.86), V.floor, V.floor + 0.035, 'black:sill'),
  // Front face: light strip under the hood edge, lower intake.
  r(uFrontCap(0.97), uFrontCap(0.3), 0.444, 0.462, 'light:head:led'),
  r(uFrontCap(0.3), 1, 0.448, 0.458, 'light:head:led'),
  r(uFrontCap(0.97), uFrontCap(0.3), 0.42, 0.472, 'light:head'),
  r(uFrontCap(0.82), 1, 0.095, 0.175, 'black:intake'),
  r(uFrontCap(0.975), uFrontCap(0.925), 0.2, 0.36, 'gloss:curtain'),
  r(uAtZ(1.6), uFrontCap(0.82), 0.095, 0.13, 'black:intake'),
  // Tail: light band across the hatch, diffuser.
  r(uRearCap(0.5), uAtZ(-1.78), 0.452, 0.466, 'light:tail:led'),
  r(0, uRearCap(0.5), 0.455, 0.463, 'light:tail:led'),
  r(uRearCap(0.5), uAtZ(-1.78), 0.415, 0.478, 'light:tail'),
  r(0, uRearCap(0.5), TAIL_LIGHT_V[0], TAIL_LIGHT_V[1], 'light:tail'),
  r(0, uRearCap(0.9), V.floor, 0.175, 'black:diffuser'),
  r(0, uAtZ(-1.8), V.floor, 0.13, 'black:diffuser'),
  r(uRearCap(0.97), uRearCap(0.72), 0.175, 0.19, 'light:tail'),
  r(0, PLATE_RECESS.uIn, PLATE_RECESS.v[1], PLATE_RECESS.v[2], 'gloss:plate'),
  // The recess walls are tailgate (this rectangle only adds their grid lines).
  r(0, PLATE_RECESS.uOut, PLATE_RECESS.v[0], PLATE_RECESS.v[3], 'zone:tailgate'),
  r(FRONT_PLATE_RECESS.uIn, 1, FRONT_PLATE_RECESS.v[1], FRONT_PLATE_RECESS.v[2], 'gloss:plate'),
  // The front recess walls are bumper (this rectangle only adds their grid lines).
  r(FRONT_PLATE_RECESS.uOut, 1, FRONT_PLATE_RECESS.v[0], FRONT_PLATE_RECESS.v[3], 'zone:bumper-front'),
  // Glass.
  r(uAtZ(0.93), uAtZ(-0.08), V.roof, 1, 'glass:windscreen'),
  r(uAtZ(0.86), uAtZ(-0.12), V.dloLo, V.dloHi, 'glass:front-sides'),
  r(uAtZ(-0.22), uAtZ(-1.34), V.dloLo, V.dloHi, 'glass:rear-sides'),
  r(0, uAtZ(Z_ROOF_END), V.roof - 0.02, 1, 'glass:rear'),
  r(uAtZ(0.93), uAtZ(0.99), V.belt, 1, 'black:cowl'),
  // Panels.
  r(uAtZ(Z_ROOF_END), uAtZ(-0.08), V.roof - 0.02, 1, 'zone:roof'),
  r(uAtZ(-1.89), uAtZ(0.93), V.dloLo, V.roof, 'zone:pillars'),
  r(0, uAtZ(-1.89), V.belt, 1, 'zone:tailgate'),
  r(0, uRearCap(0.95), V.bumperRear, V.belt, 'zone:tailgate'),
  r(uAtZ(0.99), 1, V.belt, 1, 'zone:hood'),
  r(uAtZ(1.6), 1, V.floor, V.belt, 'zone:bumper-front'),
  r(uAtZ(0.86), uAtZ(1.6), V.floor, V.belt, 'zone:fender-left'),
  r(uAtZ(-0.17), uAtZ(0.86), V.sill, V.dloLo, 'zone:door-front-left'),
  r(uAtZ(-1.02), uAtZ(-0.17), V.sill, V.dloLo, 'zone:door-rear-left'),
  r(uAtZ(-1.02), uAtZ(0.86), V.floor, V.sill, 'zone:skirt-left'),
  r(0, uAtZ(-1.8), V.floor, V.bumperRear, 'zone:bumper-rear'),
  r(0, uAtZ(-1.02), V.floor, V.dloLo, 'zone:quarter-left'),
  r(uAtZ(-1.89), uAtZ(0.99), V.belt, V.dloLo, 'zone:pillars'),
];

/** Part of the body at cell centre (u, v). */
export function partAt(u: number, v: number): string {
  for (const q of RECTS) if (u >= q.u0 && u <= q.u1 && v >= q.v0 && v <= q.v1) return q.part;
  return 'zone:quarter-left';
}

/** Every u and v value a rectangle edge sits on (grid lines must pass through them). */
export function breakpoints(): { u: number[]; v: number[] } {
  const u = new Set<number>([U_REAR, U_FRONT]);
  const v = new Set<number>();
  for (const q of RECTS) {
    u.add(q.u0);
    u.add(q.u1);
    v.add(q.v0);
    v.add(q.v1);
  }
  return { u: [...u], v: [...v] };
}
