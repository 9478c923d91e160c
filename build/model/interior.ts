/** A simple interior silhouette seen through the glass: seats, dashboard, steering wheel and a dark cabin lining. */
import { box, gridMesh, type Mesh, mergeMeshes, mirrorX, rotation, transformMesh, tube } from './mesh';
import { uAtZ } from './surface';
import { bodyPointOffset } from './surftools';

/** A seat: cushion, backrest and headrest boxes, reclined a little. */
function seat(x: number, z: number, w: number): Mesh {
  const back = transformMesh(box(w, 0.58, 0.1), { m: rotation('x', -0.2), t: [x, 0.86, z - 0.26] });
  const head = box(w * 0.55, 0.16, 0.08, [x, 1.26, z - 0.34]);
  return mergeMeshes([box(w, 0.12, 0.5, [x, 0.52, z]), back, head]);
}

/** Interior parts merged into one mesh (one draw call). */
export function interiorMesh(): Mesh {
  const parts: Mesh[] = [seat(0.38, 0.05, 0.5), seat(-0.38, 0.05, 0.5), seat(0, -0.85, 1.3)];
  parts.push(box(1.5, 0.2, 0.45, [0, 0.9, 0.72]));
  parts.push(box(0.22, 0.14, 0.02, [0, 1.02, 0.52]));
  const ring: [number, number, number][] = [];
  for (let k = 0; k <= 24; k++) {
    const a = (k / 24) * Math.PI * 2;
    ring.push([0.38 + 0.18 * Math.cos(a), 0.97 + 0.17 * Math.sin(a) * 0.95, 0.5 + 0.17 * Math.sin(a) * 0.3]);
  }
  parts.push(tube(ring, 0.016, 8));
  // Headliner and door trims 3 cm inside the body, leaving the glass open so the cabin reads through it.
  const lining = (z0: number, z1: number, v0: number, v1: number, nu: number, nv: number) =>
    gridMesh(nu, nv, (i, j) =>
      bodyPointOffset(uAtZ(z0 + ((z1 - z0) * i) / nu), v0 + ((v1 - v0) * j) / nv, -0.03),
    );
  const head = lining(-1.55, -0.05, 0.68, 1, 24, 8);
  const doors = lining(-1.9, 0.95, 0.45, 0.545, 30, 3);
  parts.push(head, mirrorX(head), doors, mirrorX(doors));
  parts.push(box(1.6, 0.02, 2.7, [0, 0.42, -0.4]));
  return mergeMeshes(parts);
}
