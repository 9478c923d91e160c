/**
 * Which way a UV template's edges point on the car, so the designer sees on the template which side of the
 * artwork goes to the roof, the front, the car's left. Car frame = glTF axes: Y up, nose +Z, +X = car's left.
 */

import { wording } from '../messages/wording';
import type { UvTriangles } from './outline';

/** A direction on the car, as a workshop says it. */
export type CarDirection = 'up' | 'down' | 'front' | 'rear' | 'left' | 'right';

/** The car direction each template edge faces (an edge is left out when the zone has no clear one there). */
export type TemplateEdges = Partial<Record<'top' | 'bottom' | 'left' | 'right', CarDirection>>;

/** UV triangles with the surface positions (car frame, metres) of their vertices. */
export interface SurfaceTriangles extends UvTriangles {
  positions: ArrayLike<number>;
}

const ASCII: Record<CarDirection, string> = {
  up: 'UP',
  down: 'DOWN',
  front: 'FRONT',
  rear: 'REAR',
  left: 'CAR LEFT',
  right: 'CAR RIGHT',
};

/** Template edge labels: zh and en (`domain.directions.…`), and ASCII for the PNG's pixel font. */
export const DIRECTION_WORDS = Object.fromEntries(
  (Object.keys(ASCII) as CarDirection[]).map((d) => [d, { ...wording(`directions.${d}`), ascii: ASCII[d] }]),
) as Record<CarDirection, { zh: string; en: string; ascii: string }>;

const AXES: [CarDirection, CarDirection][] = [
  ['left', 'right'],
  ['up', 'down'],
  ['front', 'rear'],
];

/**
 * The car direction a summed surface vector points to, when one axis clearly leads and the parts agree on it
 * (its share of `weight`, the summed UV area, is at least half: halves that point opposite ways cancel out).
 */
function named(v: [number, number, number], weight: number): CarDirection | undefined {
  const len = Math.hypot(...v);
  if (len < 1e-9) return undefined;
  let k = 0;
  for (let i = 1; i < 3; i++) if (Math.abs(v[i]!) > Math.abs(v[k]!)) k = i;
  if (Math.abs(v[k]!) < 0.6 * len || Math.abs(v[k]!) < 0.5 * weight) return undefined;
  const [plus, minus] = AXES[k]!;
  return v[k]! > 0 ? plus : minus;
}

/**
 * Where each template edge points on the car: the surface directions of +u (template right) and +v (template
 * down, as the image's rows run), averaged over the zone weighted by UV area.
 */
export function templateEdges(parts: readonly SurfaceTriangles[]): TemplateEdges {
  const du: [number, number, number] = [0, 0, 0];
  const dv: [number, number, number] = [0, 0, 0];
  let weight = 0;
  for (const { uv, indices, positions } of parts) {
    const count = indices ? indices.length : uv.length / 2;
    for (let t = 0; t + 2 < count; t += 3) {
      const [a, b, c] = [0, 1, 2].map((k) => (indices ? (indices[t + k] as number) : t + k)) as [
        number,
        number,
        number,
      ];
      const du1 = uv[b * 2]! - uv[a * 2]!;
      const dv1 = uv[b * 2 + 1]! - uv[a * 2 + 1]!;
      const du2 = uv[c * 2]! - uv[a * 2]!;
      const dv2 = uv[c * 2 + 1]! - uv[a * 2 + 1]!;
      const det = du1 * dv2 - du2 * dv1;
      if (Math.abs(det) < 1e-12) continue;
      // dP/du and dP/dv times the triangle's UV area (|det| / 2).
      const w = Math.sign(det) / 2;
      weight += Math.abs(det) / 2;
      for (let k = 0; k < 3; k++) {
        const e1 = positions[b * 3 + k]! - positions[a * 3 + k]!;
        const e2 = positions[c * 3 + k]! - positions[a * 3 + k]!;
        du[k] = du[k]! + (e1 * dv2 - e2 * dv1) * w;
        dv[k] = dv[k]! + (e2 * du1 - e1 * du2) * w;
      }
    }
  }
  const neg = (v: [number, number, number]): [number, number, number] => [-v[0], -v[1], -v[2]];
  const edges: TemplateEdges = {};
  const put = (edge: keyof TemplateEdges, d: CarDirection | undefined) => {
    if (d) edges[edge] = d;
  };
  put('top', named(neg(dv), weight));
  put('bottom', named(dv, weight));
  put('left', named(neg(du), weight));
  put('right', named(du, weight));
  return edges;
}
