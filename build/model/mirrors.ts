/** Door mirrors: housing (a wrap zone), mirror glass and a black stalk, built for the left side and mirrored. */
import { imageTopOf } from '@domain/artwork/orientation';
import { box, computeNormals, emptyMesh, gridMesh, type Mesh, mirrorX } from './mesh';
import { flattenZone } from './uv';

const C: [number, number, number] = [0.955, 1.075, 0.74];
const AX = 0.118;
const BY = 0.068;
const CZ = 0.07;
const SEG = 40;
const ROWS = 12;

/** Superellipse radius factor for direction angle a (exponent 3: squarish with round corners). */
const se = (a: number): [number, number] => {
  const c = Math.cos(a);
  const s = Math.sin(a);
  const e = 2 / 3;
  return [Math.sign(c) * Math.abs(c) ** e, Math.sign(s) * Math.abs(s) ** e];
};

/** Housing point for angle index i and meridian row j (0 = front pole, ROWS = rear rim). */
function housing(i: number, j: number): [number, number, number] {
  const t = j / ROWS;
  const [dx, dy] = se((i / SEG) * Math.PI * 2);
  const k = Math.min(1, t / 0.72);
  const f = Math.sin((Math.PI / 2) * k);
  const z = t <= 0.72 ? CZ * Math.cos((Math.PI / 2) * k) : -0.035 * ((t - 0.72) / 0.28);
  // Slight droop of the outboard end and a flatter inboard side.
  const x = C[0] + AX * f * dx;
  const y = C[1] + BY * f * dy - 0.012 * f * Math.max(0, dx);
  return [x, y, C[2] + z];
}

/** Left mirror housing (zone mesh, UVs in metres) and the mirror glass and stalk. */
export function mirrorParts(): {
  housingLeft: Mesh;
  housingRight: Mesh;
  glass: Mesh;
  stalk: Mesh;
  uvSizeM: [number, number];
} {
  // Grid of SEG x ROWS without a duplicated seam: build indices by hand so the shell closes around.
  const m = emptyMesh();
  m.positions.push(C[0], C[1], C[2] + CZ);
  m.uvs.push(0, 0);
  for (let j = 1; j <= ROWS; j++)
    for (let i = 0; i < SEG; i++) {
      m.positions.push(...housing(i, j));
      m.uvs.push(0, 0);
    }
  const id = (i: number, j: number) => (j === 0 ? 0 : 1 + (j - 1) * SEG + (i % SEG));
  for (let i = 0; i < SEG; i++) m.indices.push(0, id(i, 1), id(i + 1, 1));
  for (let j = 1; j < ROWS; j++)
    for (let i = 0; i < SEG; i++)
      m.indices.push(id(i, j), id(i, j + 1), id(i + 1, j + 1), id(i, j), id(i + 1, j + 1), id(i + 1, j));
  computeNormals(m);
  // Meridian arc from the front pole, laid out in its direction: an injective first layout to relax.
  const arc: number[] = [0];
  for (let j = 1; j <= ROWS; j++) {
    const a: [number, number, number] = j === 1 ? [C[0], C[1], C[2] + CZ] : housing(0, j - 1);
    const b = housing(0, j);
    arc.push(arc[j - 1]! + Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]));
  }
  const init = (k: number): [number, number] => {
    if (k === 0) return [0, 0];
    const j = 1 + Math.floor((k - 1) / SEG);
    const a = (((k - 1) % SEG) / SEG) * Math.PI * 2;
    return [-Math.cos(a) * arc[j]!, Math.sin(a) * arc[j]!];
  };
  const uvSizeM = flattenZone(m, init, () => false, imageTopOf('mirror-left'));
  const right = mirrorX(m);
  // Reflect U so the right housing's artwork also reads the right way round from outside.
  for (let k = 0; k < right.uvs.length; k += 2)
    right.uvs[k] = Math.round((uvSizeM[0] - right.uvs[k]!) * 1e6) / 1e6;
  // Mirror glass closes the rear rim, slightly inset.
  const glass = gridMesh(
    SEG,
    1,
    (i, j) => {
      const p = housing(i, ROWS);
      const s = j === 0 ? 0.94 : 0;
      return [C[0] + (p[0] - C[0]) * s, C[1] + (p[1] - C[1]) * s, C[2] - 0.03];
    },
    { closedU: true, flip: true },
  );
  const stalk = box(0.1, 0.035, 0.07, [C[0] - AX - 0.03, C[1] - 0.045, C[2] + 0.01]);
  return { housingLeft: m, housingRight: right, glass, stalk, uvSizeM };
}
