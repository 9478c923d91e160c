/** Tyres, brake discs and calipers as lathe profiles around the X axle (outboard side towards +X). */
import { CAR } from './dims';
import { computeNormals, emptyMesh, gridMesh, lathe, type Mesh, mergeMeshes } from './mesh';

/** Wheel sizes the default car offers; all share the ≈0.68 m outer diameter. */
export const WHEEL_SIZES = [17, 19] as const;

/** Radius of the rim flange for a size in inches (bead seat plus flange height). */
export const rimRadius = (inch: number): number => (inch * 0.0254) / 2 + 0.012;

/** Tyre cross-section (radius, axial) from the inboard bead around the tread to the outboard bead. */
function tyreProfile(inch: number): [number, number][] {
  const R = CAR.wheelRadius;
  const rb = rimRadius(inch) - 0.006;
  const h = R - rb;
  const side: [number, number][] = [];
  // Sidewall from bead to shoulder, bulging outward.
  for (let k = 0; k <= 8; k++) {
    const t = k / 8;
    const r = rb + (h - 0.03) * t;
    const bulge = Math.sin(Math.PI * Math.min(1, t * 1.1)) * 0.012;
    side.push([r, 0.104 + bulge - 0.004 * t]);
  }
  side.push([R - 0.018, 0.112], [R - 0.006, 0.106], [R, 0.096]);
  const tread: [number, number][] = [];
  const grooves = [0.072, 0.025];
  // V-section grooves: three profile points each keep the tread readable at a lower triangle cost.
  for (const g of grooves) tread.push([R, g + 0.007], [R - 0.009, g], [R, g - 0.007]);
  const half = [...side, ...tread];
  const inboard = half.map(([r, x]) => [r, -x] as [number, number]);
  return [...inboard, ...half.reverse()];
}

/** Tyre for a wheel size. */
export const tyre = (inch: number): Mesh => lathe(tyreProfile(inch), 50);

/** Ventilated brake disc with its hat. */
export function brakeDisc(): Mesh {
  const x0 = -0.058;
  const x1 = -0.03;
  return lathe(
    [
      [0.05, 0.02],
      [0.075, 0.018],
      [0.082, 0.0],
      [0.09, x1 + 0.002],
      [0.16, x1],
      [0.172, x1 - 0.004],
      [0.172, x0 + 0.004],
      [0.16, x0],
      [0.1, x0],
    ].reverse() as [number, number][],
    48,
  );
}

/** Caliper: a chamfered block curved around the top-rear of the disc. */
export function caliper(): Mesh {
  const sec: [number, number][] = [
    [0.125, -0.074],
    [0.19, -0.074],
    [0.197, -0.062],
    [0.197, -0.004],
    [0.188, 0.006],
    [0.135, 0.006],
    [0.125, -0.004],
    [0.125, -0.074],
  ];
  const a0 = -1.45;
  const a1 = -0.55;
  const segs = 10;
  const at = (i: number, j: number): [number, number, number] => {
    const a = a0 + ((a1 - a0) * i) / segs;
    const [r, x] = sec[j]!;
    // Rounded ends: shrink the section towards its centre near both ends.
    const e = Math.min(i, segs - i) / segs;
    const k = e < 0.1 ? 0.8 + 2 * e : 1;
    const rc = 0.161;
    const xc = -0.034;
    const rr = rc + (r - rc) * k;
    const xx = xc + (x - xc) * k;
    return [xx, rr * Math.cos(a), rr * Math.sin(a)];
  };
  const body = gridMesh(segs, sec.length - 1, at, { flip: true });
  const caps: Mesh[] = [0, segs].map((i) => {
    const m = emptyMesh();
    const c = at(i, 0).map(
      (_, d) => sec.slice(0, -1).reduce((s, _p, j) => s + at(i, j)[d]!, 0) / (sec.length - 1),
    );
    m.positions.push(c[0]!, c[1]!, c[2]!);
    for (let j = 0; j < sec.length - 1; j++) m.positions.push(...at(i, j));
    for (let j = 0; j < sec.length - 1; j++) {
      const a = 1 + j;
      const b = 1 + ((j + 1) % (sec.length - 1));
      if (i === 0) m.indices.push(0, a, b);
      else m.indices.push(0, b, a);
    }
    m.uvs = new Array((m.positions.length / 3) * 2).fill(0);
    computeNormals(m);
    return m;
  });
  return mergeMeshes([body, ...caps]);
}
