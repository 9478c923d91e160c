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

/** A car-frame vector (glTF axes: Y up, nose +Z, +X = car's left). */
export type Vec3 = [number, number, number];

/** Unit vector of each car direction in the car frame. */
export const CAR_AXIS: Record<CarDirection, Readonly<Vec3>> = {
  up: [0, 1, 0],
  down: [0, -1, 0],
  front: [0, 0, 1],
  rear: [0, 0, -1],
  left: [1, 0, 0],
  right: [-1, 0, 0],
};

/**
 * Which way a printed image's top edge points on a zone (docs/DESIGNER.md, "Which way up"): `sky` on panels
 * seen from the side, front or rear (the image reads upright from there); `rear` on the hood and roof (it reads
 * upright from in front of the car, as in the opening front 3/4 view).
 */
export type ImageTop = 'sky' | 'rear';

/** The car direction each ImageTop names. */
export const IMAGE_TOP_DIRECTION: Record<ImageTop, CarDirection> = { sky: 'up', rear: 'rear' };

const TOP_TO_REAR: ReadonlySet<string> = new Set(['hood', 'roof']);

/** The rule for a zone: its image top points to the rear on the hood and roof, to the sky everywhere else. */
export function imageTopOf(zone: string): ImageTop {
  return TOP_TO_REAR.has(zone) ? 'rear' : 'sky';
}

/**
 * The surface under a UV chart: dP/du (image x) and dP/dv (image rows, running down the image) summed over the
 * triangles, each weighted by its UV area; the total UV area; and the UV area whose image reads mirrored from
 * outside. Triangles wind counter-clockwise seen from outside (glTF front faces), so a triangle reads unmirrored
 * when it winds clockwise in (u, v) with v up (counter-clockwise as drawn on the image).
 */
export interface ChartAxes {
  du: Vec3;
  dv: Vec3;
  area: number;
  mirroredArea: number;
}

/** Measures a chart's surface axes (see ChartAxes). */
export function chartAxes(parts: readonly SurfaceTriangles[]): ChartAxes {
  const du: Vec3 = [0, 0, 0];
  const dv: Vec3 = [0, 0, 0];
  let area = 0;
  let mirroredArea = 0;
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
      // dP/du and dP/dv times the triangle's UV area (|det| / 2), so big triangles count more.
      const w = Math.sign(det) / 2;
      area += Math.abs(det) / 2;
      if (det > 0) mirroredArea += det / 2;
      for (let k = 0; k < 3; k++) {
        const e1 = positions[b * 3 + k]! - positions[a * 3 + k]!;
        const e2 = positions[c * 3 + k]! - positions[a * 3 + k]!;
        du[k] = du[k]! + (e1 * dv2 - e2 * dv1) * w;
        dv[k] = dv[k]! + (e2 * du1 - e1 * du2) * w;
      }
    }
  }
  return { du, dv, area, mirroredArea };
}

const dot = (a: Readonly<Vec3>, b: Readonly<Vec3>) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/**
 * How a chart obeys the rule for `top`: `mirroredShare`, the share of its UV area whose image reads mirrored
 * from outside (0 when it obeys); `topAlong`, the mean component of the image top (-dv) along the rule's car
 * direction (about 1 on a flat panel at real size, above 0.5 when it points the right way on a curved one).
 */
export function chartReading(
  parts: readonly SurfaceTriangles[],
  top: ImageTop,
): { mirroredShare: number; topAlong: number } {
  const { dv, area, mirroredArea } = chartAxes(parts);
  if (area === 0) return { mirroredShare: 0, topAlong: 0 };
  return {
    mirroredShare: mirroredArea / area,
    topAlong: -dot(dv, CAR_AXIS[IMAGE_TOP_DIRECTION[top]]) / area || 0,
  };
}

/**
 * What a freshly flattened chart needs to obey the rule for `top`: mirror u when most of its area reads mirrored
 * from outside; then turn it half a turn (u and v negated, still unmirrored) when its image top points away from
 * the rule's direction. Mirroring u leaves dP/dv as it is, so both are decided from the chart as it stands.
 */
export function chartTurn(
  parts: readonly SurfaceTriangles[],
  top: ImageTop,
): { mirrorU: boolean; halfTurn: boolean } {
  const { dv, area, mirroredArea } = chartAxes(parts);
  return {
    mirrorU: mirroredArea > area - mirroredArea,
    halfTurn: dot(dv, CAR_AXIS[IMAGE_TOP_DIRECTION[top]]) > 0,
  };
}

/**
 * Where each template edge points on the car: the surface directions of +u (template right) and +v (template
 * down, as the image's rows run), averaged over the zone weighted by UV area.
 */
export function templateEdges(parts: readonly SurfaceTriangles[]): TemplateEdges {
  const { du, dv, area } = chartAxes(parts);
  const neg = (v: Vec3): Vec3 => [-v[0], -v[1], -v[2]];
  const edges: TemplateEdges = {};
  const put = (edge: keyof TemplateEdges, d: CarDirection | undefined) => {
    if (d) edges[edge] = d;
  };
  put('top', named(neg(dv), area));
  put('bottom', named(dv, area));
  put('left', named(neg(du), area));
  put('right', named(du, area));
  return edges;
}
