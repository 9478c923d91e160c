/** A cut: the plane where coordinate `axis` (0 = x, 1 = y, 2 = z) equals `at` (metres). */
export interface CutPlane {
  axis: 0 | 1 | 2;
  at: number;
}

/** Triangles after cutting: new vertices on the planes, and the source triangle of each output triangle. */
export interface CutMesh {
  positions: Float32Array;
  indices: Uint32Array;
  sourceOf: Uint32Array;
}

/** A growable list of numbers backed by a typed array. */
class Grow<T extends Float32Array | Uint32Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {
    this.length = data.length;
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = this.make(Math.max(16, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
  done(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/**
 * Splits every triangle that a plane crosses into triangles on either side, so zone borders run along the cut and not
 * along the triangle stair-step. Edges are cut once per plane (neighbouring triangles share the new vertex), and the
 * new point is interpolated from the edge's end lower along the axis, so touching pieces that are not welded get the
 * same point and still meet.
 */
export function cutByPlanes(positions: Float32Array, indices: Uint32Array, planes: CutPlane[]): CutMesh {
  const pos = new Grow(Float32Array.from(positions), (n) => new Float32Array(n));
  // Most triangles cross no plane: they are kept as they are, and only the others go through the cuts.
  const count = indices.length / 3;
  const crossing = new Uint8Array(count);
  let crossed = 0;
  for (let t = 0; t < count; t++) {
    for (const plane of planes) {
      const a = positions[indices[t * 3]! * 3 + plane.axis]! - plane.at;
      const b = positions[indices[t * 3 + 1]! * 3 + plane.axis]! - plane.at;
      const c = positions[indices[t * 3 + 2]! * 3 + plane.axis]! - plane.at;
      if (Math.min(a, b, c) < -1e-7 && Math.max(a, b, c) > 1e-7) {
        crossing[t] = 1;
        crossed++;
        break;
      }
    }
  }
  const kept = new Uint32Array((count - crossed) * 3);
  const keptSource = new Uint32Array(count - crossed);
  let tris = new Uint32Array(crossed * 3);
  let source = new Uint32Array(crossed);
  for (let t = 0, k = 0, c = 0; t < count; t++) {
    if (crossing[t]) {
      tris.set(indices.subarray(t * 3, t * 3 + 3), c * 3);
      source[c++] = t;
    } else {
      kept.set(indices.subarray(t * 3, t * 3 + 3), k * 3);
      keptSource[k++] = t;
    }
  }
  for (const plane of planes) {
    const nextTris = new Grow(new Uint32Array(tris.length + 1024), (n) => new Uint32Array(n));
    const nextSource = new Grow(new Uint32Array(source.length + 512), (n) => new Uint32Array(n));
    nextTris.length = 0;
    nextSource.length = 0;
    const edgePoint = new Map<number, number>();
    const vertexCount = () => pos.length / 3;
    const side = (v: number) => {
      const d = pos.data[v * 3 + plane.axis]! - plane.at;
      return Math.abs(d) < 1e-7 ? 0 : d;
    };
    const cut = (a: number, b: number): number => {
      const key = a < b ? a * 0x4000000 + b : b * 0x4000000 + a;
      const found = edgePoint.get(key);
      if (found !== undefined) return found;
      const [lo, hi] = pos.data[a * 3 + plane.axis]! <= pos.data[b * 3 + plane.axis]! ? [a, b] : [b, a];
      const l = pos.data[lo * 3 + plane.axis]!;
      const h = pos.data[hi * 3 + plane.axis]!;
      const f = (plane.at - l) / (h - l);
      const id = vertexCount();
      for (let r = 0; r < 3; r++) {
        const x = pos.data[lo * 3 + r]!;
        pos.push(r === plane.axis ? plane.at : x + (pos.data[hi * 3 + r]! - x) * f);
      }
      edgePoint.set(key, id);
      return id;
    };
    const emit = (a: number, b: number, c: number, s: number) => {
      nextTris.push(a);
      nextTris.push(b);
      nextTris.push(c);
      nextSource.push(s);
    };
    for (let t = 0; t < tris.length / 3; t++) {
      const src = source[t]!;
      const d0 = side(tris[t * 3]!);
      const d1 = side(tris[t * 3 + 1]!);
      const d2 = side(tris[t * 3 + 2]!);
      if ((d0 >= 0 && d1 >= 0 && d2 >= 0) || (d0 <= 0 && d1 <= 0 && d2 <= 0)) {
        emit(tris[t * 3]!, tris[t * 3 + 1]!, tris[t * 3 + 2]!, src);
        continue;
      }
      const v = [tris[t * 3]!, tris[t * 3 + 1]!, tris[t * 3 + 2]!];
      const s = [d0, d1, d2];
      const pos3 = s.filter((x) => x > 0).length;
      const neg3 = s.filter((x) => x < 0).length;
      if (pos3 === 0 || neg3 === 0) {
        emit(v[0]!, v[1]!, v[2]!, src);
        continue;
      }
      // Rotate so that vertex 0 is the one alone on its side (or the one on the plane).
      let k = 0;
      if (pos3 + neg3 === 2) k = s.indexOf(0);
      else k = pos3 === 1 ? s.findIndex((x) => x > 0) : s.findIndex((x) => x < 0);
      const a = v[k]!;
      const b = v[(k + 1) % 3]!;
      const c = v[(k + 2) % 3]!;
      if (pos3 + neg3 === 2) {
        const m = cut(b, c);
        emit(a, b, m, src);
        emit(a, m, c, src);
      } else {
        const ab = cut(a, b);
        const ac = cut(a, c);
        emit(a, ab, ac, src);
        emit(ab, b, c, src);
        emit(ab, c, ac, src);
      }
    }
    tris = nextTris.done();
    source = nextSource.done();
  }
  const allTris = new Uint32Array(kept.length + tris.length);
  allTris.set(kept);
  allTris.set(tris, kept.length);
  const allSource = new Uint32Array(keptSource.length + source.length);
  allSource.set(keptSource);
  allSource.set(source, keptSource.length);
  return { positions: pos.done().slice(), indices: allTris, sourceOf: allSource };
}
