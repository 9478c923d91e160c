/** Proportions of the default compact EV (metres, glTF axes: Y up, nose +Z, +X = car's left). */
import { pchip } from './curves';

/** Overall length, wheelbase and wheel geometry the rest of the generator builds around. */
export const CAR = {
  length: 4.2,
  zTipFront: 2.1,
  zTipRear: -2.1,
  /** z where the rounded nose / tail caps begin. */
  zCapFront: 1.72,
  zCapRear: -1.93,
  capExpFront: 2.0,
  capExpRear: 2.25,
  axleFront: 1.32,
  axleRear: -1.38,
  wheelRadius: 0.34,
  wheelY: 0.335,
  track: 1.57,
  archRadius: 0.405,
} as const;

/** Body half width seen from above (before the nose/tail rounding). */
export const halfWidth = pchip([
  [-1.93, 0.83],
  [-1.7, 0.878],
  [-1.38, 0.9],
  [-0.2, 0.895],
  [1.32, 0.9],
  [1.72, 0.862],
]);

/** Underbody height (ground clearance line). */
export const yBottom = pchip([
  [-1.93, 0.34],
  [-1.75, 0.29],
  [-1.4, 0.21],
  [-0.9, 0.185],
  [0.9, 0.185],
  [1.4, 0.22],
  [1.72, 0.27],
]);

/** Centre-line top: hood, windscreen, roof, rear glass (about 57° from horizontal down to the tailgate). */
export const yTop = pchip([
  [-1.93, 1.075],
  [-1.84, 1.225],
  [-1.72, 1.41],
  [-1.63, 1.52],
  [-1.5, 1.56],
  [-1.2, 1.578],
  [-0.55, 1.6],
  [-0.1, 1.57],
  [0.2, 1.43],
  [0.55, 1.23],
  [0.95, 1.005],
  [1.3, 0.93],
  [1.72, 0.808],
]);

/** Beltline / shoulder height. */
export const yBelt = pchip([
  [-1.93, 1.0],
  [-1.7, 1.025],
  [-1.2, 1.03],
  [0.0, 1.0],
  [0.95, 0.965],
  [1.35, 0.91],
  [1.72, 0.8],
]);

/** z where the roof ends and the rear glass begins (the roof spoiler sits here). */
export const Z_ROOF_END = -1.63;

/**
 * How far the tail cap reaches behind the cap join at a given (section) height: full depth at the bumper,
 * raked forward up the tailgate, and only a short rounded edge under the rear glass (no deck).
 */
export const tailDepth = pchip([
  [0.62, 0.17],
  [0.8, 0.155],
  [0.95, 0.118],
  [1.0, 0.088],
  [1.04, 0.05],
  [1.08, 0.012],
]);

/** Height of the widest point of the body side. */
export const yMaxWidth = (): number => 0.6;

/** Wheel centre positions [x, y, z] in the order fl, fr, rl, rr (+X is the car's left). */
export const WHEEL_CENTRES: Record<'fl' | 'fr' | 'rl' | 'rr', [number, number, number]> = {
  fl: [CAR.track / 2, CAR.wheelY, CAR.axleFront],
  fr: [-CAR.track / 2, CAR.wheelY, CAR.axleFront],
  rl: [CAR.track / 2, CAR.wheelY, CAR.axleRear],
  rr: [-CAR.track / 2, CAR.wheelY, CAR.axleRear],
};
