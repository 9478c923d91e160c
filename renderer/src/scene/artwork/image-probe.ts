import {
  type BufferAttribute,
  type Camera,
  type Mesh,
  type MeshPhysicalMaterial,
  type Object3D,
  Raycaster,
  Vector2,
  Vector3,
} from 'three';
import { TEST_HOOKS } from '../../test-hooks';
import type { CarRig } from '../car/rig';
import { PAD_TEXELS } from './artwork-textures';

/** Where one point of a printed image shows on the canvas (CSS px), and the car's axes there on screen. */
export interface ImagePointOnScreen {
  x: number;
  y: number;
  /** On the canvas, facing the camera and not hidden behind another part (glass included). */
  seen: boolean;
  /** Screen directions (CSS px per metre, y down) of the car's up (+Y), rear (-Z) and left (+X) at the point. */
  up: [number, number];
  rear: [number, number];
  left: [number, number];
}

/** What to look for: a zone's printed artwork, or the decal at this index of the look's decals. */
export type ImageTarget = { zone: string } | { decal: number };

declare global {
  interface Window {
    /**
     * Where points of the image printed on a zone or decal land on the canvas: image fractions (x right,
     * y down from the image's top left) in, one answer per point (null: the image point is not on the car).
     * For end-to-end tests that check artwork reads the right way up.
     */
    __imageOnScreen?: (target: ImageTarget, points: [number, number][]) => (ImagePointOnScreen | null)[];
  }
}

function shown(o: Object3D): boolean {
  for (let n: Object3D | null = o; n; n = n.parent) if (!n.visible) return false;
  return true;
}

/** Texture coordinates (what the shader samples) of an image fraction, for the texture the material maps. */
function textureCoords(map: NonNullable<MeshPhysicalMaterial['map']>, f: [number, number]): [number, number] {
  const key = String(map.userData.artworkKey ?? '');
  const image = map.image as { width: number; height: number };
  if (!key.startsWith('pad|')) return f;
  const b = PAD_TEXELS;
  return [
    (b + f[0] * (image.width - 2 * b)) / image.width,
    (b + f[1] * (image.height - 2 * b)) / image.height,
  ];
}

/** The point of `mesh` (world space, with its face normal) whose mapped texture coordinates are `t`, if any. */
function pointAt(mesh: Mesh, t: [number, number]): { p: Vector3; n: Vector3 } | null {
  const material = mesh.material as MeshPhysicalMaterial;
  const map = material.map;
  const g = mesh.geometry;
  const uv = g.getAttribute('uv') as BufferAttribute | undefined;
  const pos = g.getAttribute('position') as BufferAttribute;
  if (!map || !uv) return null;
  const e = map.matrix.elements;
  const tx = (i: number) => e[0]! * uv.getX(i) + e[3]! * uv.getY(i) + e[6]!;
  const ty = (i: number) => e[1]! * uv.getX(i) + e[4]! * uv.getY(i) + e[7]!;
  const index = g.getIndex();
  const count = index ? index.count : pos.count;
  const at = (k: number) => (index ? index.getX(k) : k);
  for (let k = 0; k + 2 < count; k += 3) {
    const [a, b, c] = [at(k), at(k + 1), at(k + 2)];
    const [ax, ay, bx, by, cx, cy] = [tx(a), ty(a), tx(b), ty(b), tx(c), ty(c)];
    const d = (bx - ax) * (cy - ay) - (cx - ax) * (by - ay);
    if (Math.abs(d) < 1e-14) continue;
    const w1 = ((t[0] - ax) * (cy - ay) - (cx - ax) * (t[1] - ay)) / d;
    const w2 = ((bx - ax) * (t[1] - ay) - (t[0] - ax) * (by - ay)) / d;
    if (w1 < 0 || w2 < 0 || w1 + w2 > 1) continue;
    const va = new Vector3().fromBufferAttribute(pos, a);
    const vb = new Vector3().fromBufferAttribute(pos, b);
    const vc = new Vector3().fromBufferAttribute(pos, c);
    const n = vb.clone().sub(va).cross(vc.clone().sub(va));
    const p = va
      .clone()
      .multiplyScalar(1 - w1 - w2)
      .addScaledVector(vb, w1)
      .addScaledVector(vc, w2);
    mesh.updateWorldMatrix(true, false);
    return { p: p.applyMatrix4(mesh.matrixWorld), n: n.transformDirection(mesh.matrixWorld) };
  }
  return null;
}

/** Registers `window.__imageOnScreen` for a car, its scene (decals) and camera (test builds only); returns the unregister function. */
export function registerImageProbe(
  rig: CarRig,
  scene: Object3D,
  camera: Camera,
  canvas: HTMLCanvasElement,
): () => void {
  if (!TEST_HOOKS) return () => {};
  const ray = new Raycaster();
  window.__imageOnScreen = (target, points) => {
    let meshes: Mesh[] = [];
    if ('zone' in target) meshes = rig.zones.get(target.zone) ?? [];
    else {
      const decals: Mesh[] = [];
      scene.traverse((o) => {
        if (o.name === 'decal' && (o as Mesh).isMesh) decals.push(o as Mesh);
      });
      const d = decals[target.decal];
      if (d) meshes = [d];
    }
    const rect = canvas.getBoundingClientRect();
    const toScreen = (p: Vector3) => {
      const q = p.clone().project(camera);
      return new Vector2(((q.x + 1) / 2) * rect.width, ((1 - q.y) / 2) * rect.height);
    };
    const axis = (p: Vector3, s: Vector2, dir: Vector3): [number, number] => {
      const d = toScreen(
        p.clone().addScaledVector(dir.clone().transformDirection(rig.root.matrixWorld), 0.01),
      );
      return [(d.x - s.x) * 100, (d.y - s.y) * 100];
    };
    camera.updateMatrixWorld();
    const eye = new Vector3().setFromMatrixPosition(camera.matrixWorld);
    return points.map((f) => {
      for (const mesh of meshes) {
        const map = (mesh.material as MeshPhysicalMaterial).map;
        if (!map || !shown(mesh)) continue;
        const hit = pointAt(mesh, textureCoords(map, f));
        if (!hit) continue;
        const s = toScreen(hit.p);
        const toEye = eye.clone().sub(hit.p);
        const facing = hit.n.normalize().dot(toEye.clone().normalize()) > 0.15;
        const inside = s.x >= 0 && s.y >= 0 && s.x < rect.width && s.y < rect.height;
        let seen = facing && inside;
        if (seen) {
          ray.set(eye, toEye.clone().negate().normalize());
          // Glass in front hides the point too (its tint changes the colour); a decal is drawn over its zone,
          // so for a decal the zone underneath is what the ray meets.
          const first = ray
            .intersectObject(rig.root, true)
            .find((h) => shown(h.object) && h.object.name !== 'decal');
          seen = first !== undefined && Math.abs(first.distance - toEye.length()) < 0.01;
          if (seen && 'zone' in target) seen = meshes.includes(first!.object as Mesh);
        }
        return {
          x: s.x,
          y: s.y,
          seen,
          up: axis(hit.p, s, new Vector3(0, 1, 0)),
          rear: axis(hit.p, s, new Vector3(0, 0, -1)),
          left: axis(hit.p, s, new Vector3(1, 0, 0)),
        };
      }
      return null;
    });
  };
  return () => {
    delete window.__imageOnScreen;
  };
}
