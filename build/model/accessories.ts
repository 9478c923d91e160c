/** Accessory parts shipped hidden in the model, and the mount points the catalog's accessories attach to. */
import type { MountPointId } from '@domain/vocabulary';
import { CAR, WHEEL_CENTRES, yBottom, yTop, Z_ROOF_END } from './dims';
import { V } from './layout';
import { box, type Mesh, mergeMeshes, mirrorX, pillow, tube } from './mesh';
import { bodyPoint, uAtZ, uFrontCap } from './surface';
import { surfaceStrip } from './surftools';
import { SPOILER_HALF_WIDTH, SPOILER_TOP, spoilerBlade } from './tail';
import type { SceneNode } from './write';

const both = (m: Mesh): Mesh => mergeMeshes([m, mirrorX(m)]);
const roofY = (z: number): number => yTop(z);
/** Roof-rail x position (just inside the roof edge). */
const RAIL_X = 0.56;

/** Roof rails following the roof, on two feet each side. */
function roofRails(): Mesh {
  const path: [number, number, number][] = [];
  for (let k = 0; k <= 16; k++) {
    const z = -1.4 + (1.45 * k) / 16;
    path.push([RAIL_X, roofY(z) - 0.02 + 0.055 - 0.012 * Math.abs(k / 8 - 1), z]);
  }
  const feet = [-1.38, 0.03].map((z) => box(0.035, 0.06, 0.12, [RAIL_X, roofY(z) + 0.005, z]));
  return both(mergeMeshes([tube(path, 0.014, 10), ...feet]));
}

const CROSS_Z = [-0.25, -1.05];
/** Crossbars rest on the rails (rail top ≈ roof + 5 cm). */
const crossY = (z: number) => roofY(z) + 0.064;

/** Two aero crossbars spanning the rails, with a foot clamped on each rail. */
const crossbars = (): Mesh =>
  mergeMeshes(
    CROSS_Z.flatMap((z) => [
      pillow(1.24, 0.026, 0.07, 0.3, 10, 4, ([x, y, zz]) => [x, y + crossY(z), zz + z]),
      ...[RAIL_X, -RAIL_X].map((x) => box(0.05, 0.04, 0.08, [x, crossY(z) - 0.01, z])),
    ]),
  );

/** An aerodynamic roof box on the crossbars: rounded, wedge-nosed, lower at the front. */
function roofBox(): Mesh {
  const y0 = Math.max(crossY(CROSS_Z[0]!), crossY(CROSS_Z[1]!)) + 0.013;
  const h = 0.34;
  const len = 1.75;
  return pillow(0.84, h, len, 0.28, 18, 10, ([x, y, z]) => {
    const s = z / (len / 2); // -1 tail … +1 nose
    // The nose dips and narrows like a real box; the flat floor stays on the bars.
    const top = y > 0 ? 1 - 0.35 * Math.max(0, s) ** 2 : 1;
    return [x * (1 - 0.12 * Math.max(0, s) ** 3), (y + h / 2) * top + y0, z - 0.62];
  });
}

/** Rear spoiler: a longer, wider blade on top of the delivered roof spoiler, its trailing edge kicked up. */
const rearSpoiler = (): Mesh =>
  spoilerBlade({
    halfWidth: SPOILER_HALF_WIDTH + 0.03,
    length: 0.25,
    overhang: 0.15,
    thickness: 0.028,
    lift: SPOILER_TOP - 0.004,
    kick: 0.02,
  });

/** Front lip blade following the nose underside. */
function frontLip(): Mesh {
  const s = surfaceStrip(uAtZ(1.25), 1, V.floor - 0.025, V.floor + 0.012, 24, 2, 0.012);
  return both(s);
}

/** Side steps along the sills. */
function sideSteps(): Mesh {
  const x = 0.93;
  const y = yBottom(0) + 0.05;
  const bar = pillow(0.17, 0.045, 1.6, 0.25, 10, 4, ([px, py, pz]) => [px + x, py + y, pz - 0.05]);
  const arms = [-0.6, 0.5].map((z) => box(0.2, 0.03, 0.05, [x - 0.12, y - 0.01, z]));
  return both(mergeMeshes([bar, ...arms]));
}

/** Four mud flaps behind the wheels. */
function mudFlaps(): Mesh {
  const flaps: Mesh[] = [];
  for (const c of [WHEEL_CENTRES.fl, WHEEL_CENTRES.rl])
    flaps.push(box(0.22, 0.2, 0.012, [c[0] + 0.02, 0.2, c[2] - CAR.archRadius - 0.02]));
  return both(mergeMeshes(flaps));
}

/** Tow bar with its ball under the rear bumper. */
function towBar(): Mesh {
  const z = CAR.zTipRear - 0.02;
  return mergeMeshes([
    box(0.06, 0.06, 0.3, [0, 0.38, z + 0.12]),
    tube(
      [
        [0, 0.38, z - 0.02],
        [0, 0.44, z - 0.08],
      ],
      0.012,
      8,
    ),
    tube(
      [
        [0, 0.455, z - 0.08],
        [0, 0.5, z - 0.08],
      ],
      0.025,
      10,
    ),
  ]);
}

/** Bike carrier standing on the tow bar. */
function bikeRack(): Mesh {
  const z = CAR.zTipRear - 0.18;
  const frame: [number, number, number][] = [
    [-0.45, 0.62, z],
    [-0.45, 1.05, z - 0.05],
    [0.45, 1.05, z - 0.05],
    [0.45, 0.62, z],
  ];
  return mergeMeshes([tube(frame, 0.018, 8), box(1.1, 0.05, 0.35, [0, 0.55, z - 0.05])]);
}

/** Smoked visors over the side windows. */
const visors = (): Mesh =>
  both(surfaceStrip(uAtZ(-1.4), uAtZ(0.8), V.dloHi - 0.015, V.dloHi + 0.02, 40, 2, 0.02));

/** Accessory nodes, all hidden until the configuration shows them. */
export function accessoryNodes(): SceneNode[] {
  const parts: [string, Mesh, string][] = [
    ['roof-rails', roofRails(), 'rim-alloy'],
    ['crossbars', crossbars(), 'trim-black'],
    ['roof-box', roofBox(), 'trim-gloss-black'],
    ['bike-rack', bikeRack(), 'trim-black'],
    ['rear-spoiler', rearSpoiler(), 'trim-gloss-black'],
    ['front-lip', frontLip(), 'trim-gloss-black'],
    ['side-steps', sideSteps(), 'rim-alloy'],
    ['mud-flaps', mudFlaps(), 'trim-black'],
    ['tow-bar', towBar(), 'trim-black'],
    ['window-visors', visors(), 'glass'],
  ];
  return parts.map(([id, mesh, material]) => ({
    name: `accessory:${id}`,
    hidden: true,
    prims: [{ mesh, material }],
  }));
}

/** Mount points in model space, in MOUNT_POINT_IDS order. */
export function mountPoints(): { id: MountPointId; position: [number, number, number] }[] {
  const r3 = (p: number[]): [number, number, number] =>
    [p[0]!, p[1]!, p[2]!].map((x) => Math.round(x * 1000) / 1000) as [number, number, number];
  const nose = bodyPoint(uFrontCap(0.02), 0.08);
  const mud = (c: [number, number, number], sx: number): [number, number, number] =>
    r3([sx * (Math.abs(c[0]) + 0.02), 0.2, c[2] - CAR.archRadius - 0.02]);
  return [
    { id: 'roof', position: r3([0, roofY(-0.65), -0.65]) },
    { id: 'rear-spoiler', position: r3([0, roofY(Z_ROOF_END) + SPOILER_TOP, Z_ROOF_END]) },
    { id: 'front-lip', position: r3([0, nose[1], nose[2]]) },
    { id: 'side-left', position: r3([0.9, yBottom(0) + 0.05, -0.05]) },
    { id: 'side-right', position: r3([-0.9, yBottom(0) + 0.05, -0.05]) },
    { id: 'mudflap-front-left', position: mud(WHEEL_CENTRES.fl, 1) },
    { id: 'mudflap-front-right', position: mud(WHEEL_CENTRES.fr, -1) },
    { id: 'mudflap-rear-left', position: mud(WHEEL_CENTRES.rl, 1) },
    { id: 'mudflap-rear-right', position: mud(WHEEL_CENTRES.rr, -1) },
    { id: 'tow-hitch', position: r3([0, 0.46, CAR.zTipRear - 0.1]) },
  ];
}
