/** Plain triangle-mesh data and the few operations the generator needs on it. */

/** Triangle mesh with per-vertex position, normal and (optional) metre-scaled UVs. */
export interface Mesh {
  positions: number[];
  normals: number[];
  uvs: number[];
  indices: number[];
  /** Optional normal per index corner (3 each); splitCorners turns them into vertex normals. */
  cornerNormals?: number[];
}

/** An empty mesh to append into. */
export const emptyMesh = (): Mesh => ({ positions: [], normals: [], uvs: [], indices: [] });

/** Number of vertices in a mesh. */
export const vertexCount = (m: Mesh): number => m.positions.length / 3;

/** Append mesh b into a (in place) and return a. */
export function appendMesh(a: Mesh, b: Mesh): Mesh {
  const base = vertexCount(a);
  for (const x of b.positions) a.positions.push(x);
  for (const x of b.normals) a.normals.push(x);
  if (b.uvs.length) for (const x of b.uvs) a.uvs.push(x);
  else for (let i = 0; i < vertexCount(b); i++) a.uvs.push(0, 0);
  for (const i of b.indices) a.indices.push(i + base);
  return a;
}

/** Merge meshes into a new one. */
export const mergeMeshes = (ms: Mesh[]): Mesh => ms.reduce((acc, m) => appendMesh(acc, m), emptyMesh());

/** Affine map of points: rotation/scale matrix (row-major 3x3) plus translation. */
export interface Affine {
  m: [number, number, number, number, number, number, number, number, number];
  t: [number, number, number];
}

/** Rotation about an axis ('x' | 'y' | 'z') by angle, radians. */
export function rotation(axis: 'x' | 'y' | 'z', a: number): Affine['m'] {
  const c = Math.cos(a);
  const s = Math.sin(a);
  if (axis === 'x') return [1, 0, 0, 0, c, -s, 0, s, c];
  if (axis === 'y') return [c, 0, s, 0, 1, 0, -s, 0, c];
  return [c, -s, 0, s, c, 0, 0, 0, 1];
}

/** Apply an affine map to a mesh copy; mirrored maps (negative determinant) flip the winding. */
export function transformMesh(src: Mesh, a: Affine): Mesh {
  const { m, t } = a;
  const out: Mesh = { positions: [], normals: [], uvs: [...src.uvs], indices: [] };
  const det =
    m[0] * (m[4] * m[8] - m[5] * m[7]) -
    m[1] * (m[3] * m[8] - m[5] * m[6]) +
    m[2] * (m[3] * m[7] - m[4] * m[6]);
  for (let i = 0; i < src.positions.length; i += 3) {
    const x = src.positions[i]!;
    const y = src.positions[i + 1]!;
    const z = src.positions[i + 2]!;
    out.positions.push(
      m[0] * x + m[1] * y + m[2] * z + t[0],
      m[3] * x + m[4] * y + m[5] * z + t[1],
      m[6] * x + m[7] * y + m[8] * z + t[2],
    );
    const nx = src.normals[i]!;
    const ny = src.normals[i + 1]!;
    const nz = src.normals[i + 2]!;
    // Normal matrix = inverse-transpose; for our uses (rotations, axis scales, mirrors) cofactor form is enough.
    const cx =
      (m[4] * m[8] - m[5] * m[7]) * nx + (m[5] * m[6] - m[3] * m[8]) * ny + (m[3] * m[7] - m[4] * m[6]) * nz;
    const cy =
      (m[2] * m[7] - m[1] * m[8]) * nx + (m[0] * m[8] - m[2] * m[6]) * ny + (m[1] * m[6] - m[0] * m[7]) * nz;
    const cz =
      (m[1] * m[5] - m[2] * m[4]) * nx + (m[2] * m[3] - m[0] * m[5]) * ny + (m[0] * m[4] - m[1] * m[3]) * nz;
    const l = Math.hypot(cx, cy, cz) || 1;
    const sgn = det < 0 ? -1 : 1;
    out.normals.push((sgn * cx) / l, (sgn * cy) / l, (sgn * cz) / l);
  }
  for (let i = 0; i < src.indices.length; i += 3) {
    if (det < 0) out.indices.push(src.indices[i]!, src.indices[i + 2]!, src.indices[i + 1]!);
    else out.indices.push(src.indices[i]!, src.indices[i + 1]!, src.indices[i + 2]!);
  }
  return out;
}

/** Translate a mesh copy. */
export const translate = (m: Mesh, t: [number, number, number]): Mesh =>
  transformMesh(m, { m: [1, 0, 0, 0, 1, 0, 0, 0, 1], t });

/** Mirror a mesh copy across the x = 0 plane. */
export const mirrorX = (m: Mesh): Mesh => transformMesh(m, { m: [-1, 0, 0, 0, 1, 0, 0, 0, 1], t: [0, 0, 0] });

/** Recompute smooth area-weighted vertex normals from the triangles. */
export function computeNormals(m: Mesh): void {
  const n = new Array(m.positions.length).fill(0);
  const p = m.positions;
  for (let i = 0; i < m.indices.length; i += 3) {
    const a = m.indices[i]! * 3;
    const b = m.indices[i + 1]! * 3;
    const c = m.indices[i + 2]! * 3;
    const ux = p[b]! - p[a]!;
    const uy = p[b + 1]! - p[a + 1]!;
    const uz = p[b + 2]! - p[a + 2]!;
    const vx = p[c]! - p[a]!;
    const vy = p[c + 1]! - p[a + 1]!;
    const vz = p[c + 2]! - p[a + 2]!;
    const cx = uy * vz - uz * vy;
    const cy = uz * vx - ux * vz;
    const cz = ux * vy - uy * vx;
    for (const k of [a, b, c]) {
      n[k] += cx;
      n[k + 1] += cy;
      n[k + 2] += cz;
    }
  }
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i], n[i + 1], n[i + 2]) || 1;
    n[i] /= l;
    n[i + 1] /= l;
    n[i + 2] /= l;
  }
  // A vertex whose triangles all collapsed (a strip's end at a pole) borrows its neighbours' normals.
  for (let i = 0; i < m.indices.length; i += 3)
    for (let e = 0; e < 3; e++) {
      const k = m.indices[i + e]! * 3;
      if (Math.hypot(n[k], n[k + 1], n[k + 2]) > 0.5) continue;
      const s = [0, 0, 0];
      for (const f of [1, 2]) {
        const o = m.indices[i + ((e + f) % 3)]! * 3;
        for (let d = 0; d < 3; d++) s[d]! += n[o + d];
      }
      const l = Math.hypot(s[0]!, s[1]!, s[2]!);
      if (l > 0.5) for (let d = 0; d < 3; d++) n[k + d] = s[d]! / l;
    }
  m.normals = n;
}

/**
 * Grid surface: f(i, j) gives the point for column i (0..nu) and row j (0..nv); normals from the grid.
 * Wraps around in i when `closedU` (lathes); `flip` reverses the facing.
 */
export function gridMesh(
  nu: number,
  nv: number,
  f: (i: number, j: number) => [number, number, number],
  opts: { closedU?: boolean; flip?: boolean } = {},
): Mesh {
  const m = emptyMesh();
  const cols = opts.closedU ? nu : nu + 1;
  for (let i = 0; i < cols; i++)
    for (let j = 0; j <= nv; j++) {
      const p = f(i, j);
      m.positions.push(p[0], p[1], p[2]);
    }
  const id = (i: number, j: number) => (opts.closedU ? i % nu : i) * (nv + 1) + j;
  for (let i = 0; i < nu; i++)
    for (let j = 0; j < nv; j++) {
      const a = id(i, j);
      const b = id(i + 1, j);
      const c = id(i + 1, j + 1);
      const d = id(i, j + 1);
      if (opts.flip) m.indices.push(a, c, b, a, d, c);
      else m.indices.push(a, b, c, a, c, d);
    }
  for (let i = 0; i < cols * (nv + 1); i++) m.uvs.push(0, 0);
  computeNormals(m);
  return m;
}

/**
 * Lathe: revolve a profile of (radius, axial) points around the X axis (wheel axle).
 * Angles from a0 to a1 with `segs` segments; a full turn closes the seam.
 */
export function lathe(profile: [number, number][], segs: number, a0 = 0, a1 = Math.PI * 2): Mesh {
  const full = Math.abs(a1 - a0 - Math.PI * 2) < 1e-9;
  return gridMesh(
    segs,
    profile.length - 1,
    (i, j) => {
      const a = a0 + ((a1 - a0) * i) / segs;
      const [r, x] = profile[j]!;
      return [x, r * Math.cos(a), r * Math.sin(a)];
    },
    { closedU: full },
  );
}

/** Axis-aligned box with rounded look via flat faces (for small hidden/low parts). */
export function box(sx: number, sy: number, sz: number, c: [number, number, number] = [0, 0, 0]): Mesh {
  const m = emptyMesh();
  const faces: [number[], number[], number[]][] = [
    [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ],
    [
      [-1, 0, 0],
      [0, 0, 1],
      [0, 1, 0],
    ],
    [
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ],
    [
      [0, -1, 0],
      [1, 0, 0],
      [0, 0, 1],
    ],
    [
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ],
    [
      [0, 0, -1],
      [0, 1, 0],
      [1, 0, 0],
    ],
  ];
  const h = [sx / 2, sy / 2, sz / 2];
  for (const [n, a, b] of faces) {
    const base = vertexCount(m);
    for (const [s, t] of [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ] as const) {
      const p = [0, 1, 2].map((k) => c[k]! + (n[k]! + a[k]! * s + b[k]! * t) * h[k]!);
      m.positions.push(p[0]!, p[1]!, p[2]!);
      m.normals.push(n[0]!, n[1]!, n[2]!);
      m.uvs.push(0, 0);
    }
    m.indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
  }
  return m;
}

/** Tube along a polyline with a circular section of radius r (open ends). */
export function tube(path: [number, number, number][], r: number, sides = 10): Mesh {
  return gridMesh(
    sides,
    path.length - 1,
    (i, j) => {
      const p = path[j]!;
      const q = path[Math.min(j + 1, path.length - 1)]!;
      const o = path[Math.max(j - 1, 0)]!;
      const t = norm([q[0] - o[0], q[1] - o[1], q[2] - o[2]]);
      const ref: [number, number, number] = Math.abs(t[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
      const a = norm(cross(t, ref));
      const b = cross(t, a);
      const ang = (i / sides) * Math.PI * 2;
      const c = Math.cos(ang) * r;
      const s = Math.sin(ang) * r;
      return [p[0] + a[0] * c + b[0] * s, p[1] + a[1] * c + b[1] * s, p[2] + a[2] * c + b[2] * s];
    },
    { closedU: true },
  );
}

/** Cross product. */
export const cross = (a: readonly number[], b: readonly number[]): [number, number, number] => [
  a[1]! * b[2]! - a[2]! * b[1]!,
  a[2]! * b[0]! - a[0]! * b[2]!,
  a[0]! * b[1]! - a[1]! * b[0]!,
];

/** Normalised copy of a 3-vector. */
export function norm(a: readonly number[]): [number, number, number] {
  const l = Math.hypot(a[0]!, a[1]!, a[2]!) || 1;
  return [a[0]! / l, a[1]! / l, a[2]! / l];
}

/** Sum of triangle areas, m². */
export function meshArea(m: Mesh): number {
  let s = 0;
  const p = m.positions;
  for (let i = 0; i < m.indices.length; i += 3) {
    const a = m.indices[i]! * 3;
    const b = m.indices[i + 1]! * 3;
    const c = m.indices[i + 2]! * 3;
    const u = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!];
    const v = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!];
    const cr = cross(u, v);
    s += Math.hypot(cr[0], cr[1], cr[2]) / 2;
  }
  return s;
}

const spow = (x: number, e: number) => Math.sign(x) * Math.abs(x) ** e;

/**
 * A rounded block (superellipsoid) of full size w × h × d centred at the origin; `shape` may bend or taper
 * each point (x, y, z in the block's own frame, y from -h/2 to h/2) before it is placed.
 */
export function pillow(
  w: number,
  h: number,
  d: number,
  round = 0.35,
  nu = 12,
  nv = 8,
  shape?: (p: [number, number, number]) => [number, number, number],
): Mesh {
  return gridMesh(
    nu,
    nv,
    (i, j) => {
      const t = (i / nu) * Math.PI * 2;
      const f = -Math.PI / 2 + (j / nv) * Math.PI;
      const p: [number, number, number] = [
        (w / 2) * spow(Math.cos(f), round) * spow(Math.cos(t), round),
        (h / 2) * spow(Math.sin(f), round),
        (d / 2) * spow(Math.cos(f), round) * spow(Math.sin(t), round),
      ];
      return shape ? shape(p) : p;
    },
    { closedU: true, flip: true },
  );
}

/**
 * Apply per-corner normals: a vertex whose corners disagree (a crease) gets a copy per normal, with the same
 * position and UV, so shading breaks there while the surface stays closed. Clears cornerNormals.
 */
export function splitCorners(m: Mesh): void {
  const cn = m.cornerNormals;
  if (!cn) return;
  const first = new Map<number, string>();
  const copies = new Map<string, number>();
  for (let c = 0; c < m.indices.length; c++) {
    const v = m.indices[c]!;
    const n = [cn[c * 3]!, cn[c * 3 + 1]!, cn[c * 3 + 2]!];
    const key = n.join(',');
    const had = first.get(v);
    if (had === undefined) {
      first.set(v, key);
      m.normals.splice(v * 3, 3, n[0]!, n[1]!, n[2]!);
      continue;
    }
    if (had === key) continue;
    let w = copies.get(`${v}|${key}`);
    if (w === undefined) {
      w = vertexCount(m);
      copies.set(`${v}|${key}`, w);
      m.positions.push(m.positions[v * 3]!, m.positions[v * 3 + 1]!, m.positions[v * 3 + 2]!);
      m.normals.push(n[0]!, n[1]!, n[2]!);
      m.uvs.push(m.uvs[v * 2]!, m.uvs[v * 2 + 1]!);
    }
    m.indices[c] = w;
  }
  delete m.cornerNormals;
}
