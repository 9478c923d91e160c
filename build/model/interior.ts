/**
 * The cabin seen through the glass: shaped front seats with backrests and headrests, a rear bench, a
 * dashboard with a floating centre screen, a steering wheel on its column, a centre console, door trims,
 * headliner and floor, all in one dark mesh (one draw call).
 */
import { gridMesh, type Mesh, mergeMeshes, mirrorX, pillow, rotation, transformMesh, tube } from './mesh';
import { uAtZ } from './surface';
import { bodyPointOffset } from './surftools';

type P3 = [number, number, number];

const place = (m: Mesh, t: P3, tiltX = 0): Mesh => transformMesh(m, { m: rotation('x', tiltX), t });

/** A front bucket seat: cushion, bolstered backrest reclined ~20°, headrest on its own. */
function frontSeat(x: number, z: number): Mesh {
  const cushion = pillow(0.5, 0.13, 0.52, 0.3, 12, 6, ([px, py, pz]) => [
    px,
    // Side bolsters rise at the edges, the front edge lifts a little.
    py + 0.035 * (Math.abs(px) / 0.25) ** 3 * (py > 0 ? 1 : 0) + 0.02 * Math.max(0, pz / 0.26),
    pz,
  ]);
  const back = pillow(0.52, 0.62, 0.12, 0.3, 12, 8, ([px, py, pz]) => {
    const s = (py + 0.31) / 0.62;
    // Narrower towards the shoulders, bolsters wrap forward at the sides.
    return [px * (1 - 0.16 * s), py, pz + 0.05 * (Math.abs(px) / 0.26) ** 2];
  });
  const head = pillow(0.26, 0.17, 0.1, 0.35, 10, 6);
  return mergeMeshes([
    place(cushion, [x, 0.56, z]),
    place(back, [x, 0.9, z - 0.3], -0.3),
    place(head, [x, 1.3, z - 0.42], -0.22),
    tube(
      [
        [x - 0.07, 1.2, z - 0.4],
        [x - 0.07, 1.26, z - 0.42],
      ],
      0.008,
      5,
    ),
    tube(
      [
        [x + 0.07, 1.2, z - 0.4],
        [x + 0.07, 1.26, z - 0.42],
      ],
      0.008,
      5,
    ),
  ]);
}

/** The rear bench: one cushion, a backrest against the parcel shelf and two headrests. */
function rearBench(z: number): Mesh {
  const cushion = pillow(1.3, 0.14, 0.5, 0.3, 14, 6);
  const back = pillow(1.3, 0.56, 0.12, 0.3, 14, 8);
  const heads = [0.36, -0.36].map((x) =>
    place(pillow(0.24, 0.15, 0.09, 0.35, 10, 6), [x, 1.22, z - 0.38], -0.2),
  );
  return mergeMeshes([place(cushion, [0, 0.6, z]), place(back, [0, 0.9, z - 0.3], -0.26), ...heads]);
}

/** Dashboard: a soft wedge across the cabin under the windscreen, with a floating screen in the middle. */
function dashboard(): Mesh {
  const dash = pillow(1.56, 0.2, 0.42, 0.28, 16, 8, ([px, py, pz]) => {
    // Lower towards the windscreen, taller towards the cabin, slightly arched across.
    const k = (pz + 0.21) / 0.42;
    return [px, py * (1.1 - 0.4 * k) - 0.02 * (px / 0.78) ** 2 + 0.03 * k, pz];
  });
  const screen = place(pillow(0.34, 0.2, 0.025, 0.15, 8, 4), [0, 1.08, 0.53], 0.25);
  return mergeMeshes([place(dash, [0, 0.92, 0.72]), screen]);
}

/** Steering wheel in front of the driver (left-hand drive: +X), tilted towards the seat, on its column. */
function steeringWheel(x: number): Mesh {
  const r = 0.175;
  const ring: P3[] = [];
  for (let k = 0; k <= 28; k++) {
    const a = (k / 28) * Math.PI * 2;
    ring.push([r * Math.cos(a), r * Math.sin(a) * 0.94, 0]);
  }
  const spokes = [0, Math.PI, -Math.PI / 2].map((a) =>
    tube(
      [
        [0, 0, 0.01],
        [r * Math.cos(a) * 0.95, r * Math.sin(a) * 0.9, 0],
      ],
      0.014,
      5,
    ),
  );
  const hub = pillow(0.12, 0.09, 0.05, 0.4, 10, 4);
  const wheel = mergeMeshes([tube(ring, 0.016, 7), ...spokes, hub]);
  const tilt = transformMesh(wheel, { m: rotation('x', -0.45), t: [x, 0.97, 0.5] });
  const column = tube(
    [
      [x, 0.95, 0.52],
      [x, 0.9, 0.68],
    ],
    0.035,
    8,
  );
  return mergeMeshes([tilt, column]);
}

/** Centre console between the front seats, rising to the dashboard. */
function console_(): Mesh {
  const shape = pillow(0.22, 0.2, 0.8, 0.3, 10, 6, ([px, py, pz]) => [
    px,
    py + 0.06 * Math.max(0, pz / 0.4),
    pz,
  ]);
  return place(shape, [0, 0.6, 0.2]);
}

/** Interior parts merged into one mesh (one draw call). */
export function interiorMesh(): Mesh {
  const parts: Mesh[] = [frontSeat(0.38, 0.04), frontSeat(-0.38, 0.04), rearBench(-0.86)];
  parts.push(dashboard(), steeringWheel(0.38), console_());
  // Headliner and door trims 3 cm inside the body, leaving the glass open so the cabin reads through it.
  const lining = (z0: number, z1: number, v0: number, v1: number, nu: number, nv: number) =>
    gridMesh(nu, nv, (i, j) =>
      bodyPointOffset(uAtZ(z0 + ((z1 - z0) * i) / nu), v0 + ((v1 - v0) * j) / nv, -0.03),
    );
  const head = lining(-1.55, -0.05, 0.68, 1, 24, 8);
  const doors = lining(-1.9, 0.95, 0.45, 0.545, 30, 3);
  parts.push(head, mirrorX(head), doors, mirrorX(doors));
  parts.push(pillow(1.62, 0.04, 2.7, 0.2, 8, 2));
  parts[parts.length - 1] = place(parts[parts.length - 1]!, [0, 0.42, -0.4]);
  return mergeMeshes(parts);
}
