/** Cuts the sampled body grid into per-part meshes (both halves) and measures grid arc lengths for the zone UVs. */
import type { BodyGrid } from './body';
import { emptyMesh, type Mesh } from './mesh';

/** Node-level name of a part on a given side ('left' is +x, the generated half). */
export function sidedPart(part: string, side: 'left' | 'right'): string {
  if (part.startsWith('light:')) {
    const [, kind, led] = part.split(':');
    return `light:${kind}-${side}${led ? ':led' : ''}`;
  }
  return side === 'left' ? part : part.replace(/-left$/, '-right');
}

/**
 * Cut the grid into meshes per sided part; `offset` pushes a part along its normal (negative = inward).
 * Centre-line vertices (x = 0) are shared between halves.
 */
export function bodyParts(g: BodyGrid, offsets: Record<string, number> = {}): Map<string, Mesh> {
  const nv = g.vs.length;
  const nu = g.us.length;
  const out = new Map<string, { mesh: Mesh; ids: Map<string, number> }>();
  for (const side of ['left', 'right'] as const) {
    const sx = side === 'left' ? 1 : -1;
    for (let t = 0; t < g.tris.length; t += 7) {
      const base = g.parts[g.tris[t + 6]!]!;
      const name = sidedPart(base, side);
      let e = out.get(name);
      if (!e) {
        e = { mesh: { ...emptyMesh(), cornerNormals: [] }, ids: new Map() };
        out.set(name, e);
      }
      const off = offsets[base.split(':')[0]!] ?? offsets[base] ?? 0;
      const corner = [0, 1, 2].map((c) => [g.tris[t + c * 2]!, g.tris[t + c * 2 + 1]!] as const);
      const order = side === 'left' ? [0, 1, 2] : [0, 2, 1];
      for (const c of order) {
        const [i, j] = corner[c]!;
        const q = (t / 7) * 9 + c * 3;
        e.mesh.cornerNormals!.push(sx * g.cornerNrm[q]!, g.cornerNrm[q + 1]!, g.cornerNrm[q + 2]!);
        const k = (i * nv + j) * 3;
        const centre = j === 0 || j === nv - 1 || i === 0 || i === nu - 1;
        const key = centre ? `c${i},${j}` : `${side}${i},${j}`;
        let id = e.ids.get(key);
        if (id === undefined) {
          id = e.mesh.positions.length / 3;
          e.ids.set(key, id);
          const n = [g.nrm[k]! * sx, g.nrm[k + 1]!, g.nrm[k + 2]!];
          e.mesh.positions.push(
            sx * g.pos[k]! + n[0]! * off,
            g.pos[k + 1]! + n[1]! * off,
            g.pos[k + 2]! + n[2]! * off,
          );
          e.mesh.normals.push(n[0]!, n[1]!, n[2]!);
          // Grid indices travel with the vertex until the zone UVs are flattened.
          e.mesh.uvs.push(i, j);
        }
        e.mesh.indices.push(id);
      }
    }
  }
  return new Map([...out].map(([k, v]) => [k, v.mesh]));
}

/** How a zone's first flat layout is measured on the grid (see arcInit). */
export type ArcMode = 'side' | 'top' | 'tip-front' | 'tip-rear';

/**
 * First flat layout of a zone from arc lengths along the grid lines (the loft's own (u, v) in metres):
 * 'side' panels run along u and up v; 'top' zones measure across from the top centre line; 'tip' zones from the nose or tail tip row.
 * Reads the grid indices that bodyParts stored in mesh.uvs.
 */
export function arcInit(g: BodyGrid, ij: number[], mode: ArcMode): (k: number) => [number, number] {
  const nv = g.vs.length;
  const nu = g.us.length;
  const P = (i: number, j: number) => (i * nv + j) * 3;
  const d = (a: number, b: number) =>
    Math.hypot(g.pos[a]! - g.pos[b]!, g.pos[a + 1]! - g.pos[b + 1]!, g.pos[a + 2]! - g.pos[b + 2]!);
  let i0 = nu;
  let j0 = nv;
  for (let k = 0; k < ij.length; k += 2) {
    i0 = Math.min(i0, ij[k]!);
    j0 = Math.min(j0, ij[k + 1]!);
  }
  const rowArc = (j: number, from: number, to: number) => {
    let s = 0;
    const [a, b] = from < to ? [from, to] : [to, from];
    for (let i = a; i < b; i++) s += d(P(i, j), P(i + 1, j));
    return from < to ? s : -s;
  };
  const colArc = (i: number, from: number, to: number) => {
    let s = 0;
    const [a, b] = from < to ? [from, to] : [to, from];
    for (let j = a; j < b; j++) s += d(P(i, j), P(i, j + 1));
    return from < to ? s : -s;
  };
  return (k) => {
    const i = ij[k * 2]!;
    const j = ij[k * 2 + 1]!;
    if (mode === 'side') return [-rowArc(j, i0, i), colArc(i, j0, j)];
    if (mode === 'top') return [-colArc(i, j, nv - 1), rowArc(nv - 1, i0, i)];
    if (mode === 'tip-front') return [rowArc(j, i, nu - 1), colArc(i, j0, j)];
    return [-rowArc(j, 0, i), colArc(i, j0, j)];
  };
}
