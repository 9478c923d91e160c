import { Box3, DataTexture, LinearFilter, type Mesh, type Object3D, RGBAFormat, Vector3 } from 'three';
import type { CarRig } from './rig';

/** Texels per side of the baked shadow. */
export const SHADOW_SIZE = 128;
/** Floor left around everything the car can show (accessories included), metres. */
const BORDER_M = 0.45;

/** The rectangle of floor the shadow texture covers (metres, model space). */
export interface ShadowPlane {
  cx: number;
  cz: number;
  hx: number;
  hz: number;
}

/** What stands above each texel of the floor: lowest and highest point (Infinity / -Infinity: nothing). */
export interface Footprint {
  low: Float32Array;
  high: Float32Array;
}

const emptyFootprint = (): Footprint => ({
  low: new Float32Array(SHADOW_SIZE * SHADOW_SIZE).fill(Number.POSITIVE_INFINITY),
  high: new Float32Array(SHADOW_SIZE * SHADOW_SIZE).fill(Number.NEGATIVE_INFINITY),
});

const a = new Vector3();
const b = new Vector3();
const c = new Vector3();

/** Texel column of x (model metres) in the plane; row of z (nose = small rows, like the plane's UV). */
const col = (p: ShadowPlane, x: number) => ((x - p.cx) / p.hx + 1) * 0.5 * SHADOW_SIZE - 0.5;
const row = (p: ShadowPlane, z: number) => (1 - (z - p.cz) / p.hz) * 0.5 * SHADOW_SIZE - 0.5;

function rasterizeTriangle(fp: Footprint, p: ShadowPlane): void {
  const x0 = col(p, a.x);
  const y0 = row(p, a.z);
  const x1 = col(p, b.x);
  const y1 = row(p, b.z);
  const x2 = col(p, c.x);
  const y2 = row(p, c.z);
  const lo = Math.min(a.y, b.y, c.y);
  const hi = Math.max(a.y, b.y, c.y);
  const i0 = Math.max(0, Math.floor(Math.min(x0, x1, x2)));
  const i1 = Math.min(SHADOW_SIZE - 1, Math.ceil(Math.max(x0, x1, x2)));
  const j0 = Math.max(0, Math.floor(Math.min(y0, y1, y2)));
  const j1 = Math.min(SHADOW_SIZE - 1, Math.ceil(Math.max(y0, y1, y2)));
  const area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
  // Sliver or sub-texel triangles (seen edge-on from above) mark the texels they touch.
  const thin = Math.abs(area) < 1 || i1 - i0 <= 1 || j1 - j0 <= 1;
  for (let j = j0; j <= j1; j++) {
    for (let i = i0; i <= i1; i++) {
      let y = lo;
      let top = hi;
      if (!thin) {
        const w0 = (x1 - i) * (y2 - j) - (x2 - i) * (y1 - j);
        const w1 = (x2 - i) * (y0 - j) - (x0 - i) * (y2 - j);
        const w2 = (x0 - i) * (y1 - j) - (x1 - i) * (y0 - j);
        const inside = area > 0 ? w0 >= 0 && w1 >= 0 && w2 >= 0 : w0 <= 0 && w1 <= 0 && w2 <= 0;
        if (!inside) continue;
        // Height of the triangle over this texel's centre.
        y = (w0 * a.y + w1 * b.y + w2 * c.y) / area;
        top = y;
      }
      const k = j * SHADOW_SIZE + i;
      if (y < fp.low[k]!) fp.low[k] = y;
      if (top > fp.high[k]!) fp.high[k] = top;
    }
  }
}

/**
 * Rasterises, seen from above, every mesh under `roots` (minus `skip` and, for the base car, nodes the model hides) into
 * the plane's texels. Done once per part: re-baking only combines footprints.
 */
export function footprintOf(
  roots: Object3D[],
  plane: ShadowPlane,
  skip: ReadonlySet<Object3D>,
  skipHidden = true,
): Footprint {
  const fp = emptyFootprint();
  const walk = (o: Object3D) => {
    if (skip.has(o) || (skipHidden && o.userData.hidden === true)) return;
    const mesh = o as Mesh;
    if (mesh.isMesh) {
      const pos = mesh.geometry.getAttribute('position');
      const index = mesh.geometry.getIndex();
      const count = index ? index.count : pos.count;
      const m = mesh.matrixWorld;
      for (let t = 0; t + 2 < count; t += 3) {
        const ia = index ? index.getX(t) : t;
        const ib = index ? index.getX(t + 1) : t + 1;
        const ic = index ? index.getX(t + 2) : t + 2;
        a.fromBufferAttribute(pos, ia).applyMatrix4(m);
        b.fromBufferAttribute(pos, ib).applyMatrix4(m);
        c.fromBufferAttribute(pos, ic).applyMatrix4(m);
        rasterizeTriangle(fp, plane);
      }
    }
    for (const child of o.children) walk(child);
  };
  for (const r of roots) walk(r);
  return fp;
}

/** Box blur of `src` into `dst` along rows then columns, `passes` times (≈ Gaussian). */
function blur(src: Float32Array, radius: number, passes: number): Float32Array {
  const n = SHADOW_SIZE;
  let from = new Float32Array(src);
  let to = new Float32Array(n * n);
  const span = radius * 2 + 1;
  for (let pass = 0; pass < passes; pass++) {
    for (const horizontal of [true, false]) {
      for (let line = 0; line < n; line++) {
        let sum = 0;
        const at = (k: number) => {
          const q = Math.min(n - 1, Math.max(0, k));
          return horizontal ? from[line * n + q]! : from[q * n + line]!;
        };
        for (let k = -radius; k <= radius; k++) sum += at(k);
        for (let k = 0; k < n; k++) {
          to[horizontal ? line * n + k : k * n + line] = sum / span;
          sum += at(k + radius + 1) - at(k - radius);
        }
      }
      [from, to] = [to, from];
    }
  }
  return from;
}

/**
 * Shades the floor under a combined footprint into `out` (RGBA, alpha in every channel): a broad soft
 * occlusion that grows with how tall and wide what stands above is, plus darker contact where a part comes
 * close to the floor (tyres, steps, flaps).
 */
export function shadeShadow(fp: Footprint, out: Uint8Array): void {
  const n = SHADOW_SIZE * SHADOW_SIZE;
  const cover = new Float32Array(n);
  const contact = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    const lo = fp.low[k]!;
    if (lo === Number.POSITIVE_INFINITY) continue;
    cover[k] = 0.34 + 0.07 * Math.min(2.4, fp.high[k]!);
    const h = Math.max(0, lo);
    contact[k] = 0.85 * Math.exp(-h / 0.025) + 0.3 * Math.exp(-h / 0.25);
  }
  const broad = blur(cover, 5, 2);
  const close = blur(contact, 1, 2);
  for (let k = 0; k < n; k++) {
    const v = 1 - (1 - Math.min(1, broad[k]!)) * (1 - Math.min(1, close[k]! * 0.95));
    const g = Math.round(Math.min(1, v) * 255);
    out[k * 4] = g;
    out[k * 4 + 1] = g;
    out[k * 4 + 2] = g;
    out[k * 4 + 3] = 255;
  }
}

/** Lowest/highest of several footprints, texel by texel. */
export function combineFootprints(parts: Footprint[]): Footprint {
  const out = emptyFootprint();
  for (const p of parts) {
    for (let k = 0; k < out.low.length; k++) {
      if (p.low[k]! < out.low[k]!) out.low[k] = p.low[k]!;
      if (p.high[k]! > out.high[k]!) out.high[k] = p.high[k]!;
    }
  }
  return out;
}

/** A car's ground shadow: one texture, re-baked in place when what stands on the floor changes. */
export interface ShadowBaker {
  plane: ShadowPlane;
  texture: DataTexture;
  /** Re-bakes for these accessories and wheel size; false when nothing changed (no upload, no frame). */
  bake: (accessories: readonly string[], sizeInch: number) => boolean;
}

function planeAround(root: Object3D): ShadowPlane {
  const box = new Box3();
  const tmp = new Box3();
  root.traverse((o) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh || o.userData.hidden === true) return;
    if (!mesh.geometry.boundingBox) mesh.geometry.computeBoundingBox();
    box.union(tmp.copy(mesh.geometry.boundingBox!).applyMatrix4(mesh.matrixWorld));
  });
  if (box.isEmpty()) box.set(new Vector3(-1, 0, -2), new Vector3(1, 1.5, 2));
  const c = box.getCenter(new Vector3());
  const s = box.getSize(new Vector3());
  return { cx: c.x, cz: c.z, hx: s.x / 2 + BORDER_M, hz: s.z / 2 + BORDER_M };
}

/**
 * Prepares a car's shadow: the plane around everything it can show (accessories, which the model hides,
 * included) and one footprint per part that comes and goes (accessories, tyres of each size).
 */
export function createShadowBaker(rig: CarRig): ShadowBaker {
  rig.root.updateMatrixWorld(true);
  const accessoryNodes = [...rig.accessories.values()].flat();
  const plane = planeAround(rig.root);
  // planeAround skips hidden nodes; accessories are hidden in the model, so widen the plane for them.
  const withAccessories = accessoryNodes.length ? planeWith(plane, accessoryNodes) : plane;
  const tyresBySize = [...rig.sizes.entries()];
  const sized = tyresBySize.length > 0;
  const skip = new Set<Object3D>(accessoryNodes);
  if (sized) for (const w of rig.wheels) skip.add(w);
  const base = footprintOf([rig.root], withAccessories, skip);
  const parts = new Map<string, Footprint>();
  const part = (key: string, nodes: Object3D[]) => {
    let fp = parts.get(key);
    if (!fp) {
      fp = footprintOf(nodes, withAccessories, new Set(), false);
      parts.set(key, fp);
    }
    return fp;
  };
  const data = new Uint8Array(SHADOW_SIZE * SHADOW_SIZE * 4);
  const texture = new DataTexture(data, SHADOW_SIZE, SHADOW_SIZE, RGBAFormat);
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearFilter;
  let last = '';
  const bake = (accessories: readonly string[], sizeInch: number) => {
    const shown = accessories.filter((id) => rig.accessories.has(id)).sort();
    const size = rig.sizes.has(sizeInch) ? sizeInch : (tyresBySize[0]?.[0] ?? 0);
    const key = `${shown.join(',')}@${sized ? size : ''}`;
    if (key === last) return false;
    last = key;
    const all = [base];
    if (sized) all.push(part(`tyre:${size}`, rig.sizes.get(size)!.tyres));
    for (const id of shown) all.push(part(`accessory:${id}`, rig.accessories.get(id)!));
    shadeShadow(combineFootprints(all), data);
    texture.needsUpdate = true;
    return true;
  };
  return { plane: withAccessories, texture, bake };
}

function planeWith(plane: ShadowPlane, nodes: Object3D[]): ShadowPlane {
  const box = new Box3(
    new Vector3(plane.cx - plane.hx, 0, plane.cz - plane.hz),
    new Vector3(plane.cx + plane.hx, 0, plane.cz + plane.hz),
  );
  const tmp = new Box3();
  for (const n of nodes) {
    n.traverse((o) => {
      const mesh = o as Mesh;
      if (!mesh.isMesh) return;
      if (!mesh.geometry.boundingBox) mesh.geometry.computeBoundingBox();
      tmp.copy(mesh.geometry.boundingBox!).applyMatrix4(mesh.matrixWorld);
      box.expandByPoint(new Vector3(tmp.min.x - BORDER_M, 0, tmp.min.z - BORDER_M));
      box.expandByPoint(new Vector3(tmp.max.x + BORDER_M, 0, tmp.max.z + BORDER_M));
    });
  }
  const c = box.getCenter(new Vector3());
  const s = box.getSize(new Vector3());
  return { cx: c.x, cz: c.z, hx: s.x / 2, hz: s.z / 2 };
}
