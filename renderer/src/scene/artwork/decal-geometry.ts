import {
  BufferGeometry,
  Euler,
  Float32BufferAttribute,
  Matrix4,
  type Mesh,
  type Object3D,
  Sphere,
  Vector3,
} from 'three';
import { DecalGeometry } from 'three/examples/jsm/geometries/DecalGeometry.js';
import type { SceneDecal } from '../scene-config';

const FACING = 0.15;

function shown(o: Object3D): boolean {
  for (let n: Object3D | null = o; n; n = n.parent) if (!n.visible) return false;
  return true;
}

/**
 * A decal's image axes before its rotation, in the car's frame (Y up, nose +Z): x to the image's right, y to its
 * top: the top towards the sky, or towards the rear (the windscreen) on surfaces facing up, as zone prints.
 */
function unturnedAxes(n: Vector3): { x: Vector3; y: Vector3 } {
  const up = Math.abs(n.y) > 0.9 ? new Vector3(0, 0, -1) : new Vector3(0, 1, 0);
  const x = up.cross(n).normalize();
  return { x, y: n.clone().cross(x).normalize() };
}

/**
 * The rotation (degrees) that makes a decal on a surface with this normal read upright for a camera with these
 * right and up directions (all in the car's frame): what a decal placed by a click starts with. The image's
 * top goes along the surface direction that shows straight up the screen (across the camera's right), so a
 * slanted hood seen from the front ¾ gets its text upright on screen, not just turned towards the camera.
 * Whole degrees; within 5° of a quarter turn it snaps to it, so a slight camera tilt does not leave 2°.
 */
export function uprightRotationDeg(normal: Vector3, cameraRight: Vector3, cameraUp: Vector3): number {
  const n = normal.clone().normalize();
  const { x, y } = unturnedAxes(n);
  let t = n.clone().cross(cameraRight);
  // Seen edge-on along the camera's right: fall back to the camera's up laid on the surface.
  if (t.lengthSq() < 1e-6) t = cameraUp.clone().addScaledVector(n, -cameraUp.dot(n));
  if (t.lengthSq() < 1e-8) return 0;
  if (t.dot(cameraUp) < 0) t.negate();
  const deg = (Math.atan2(-t.dot(x), t.dot(y)) * 180) / Math.PI;
  const quarter = Math.round(deg / 90) * 90;
  const r = Math.abs(deg - quarter) <= 5 ? quarter : Math.round(deg);
  return r === -180 ? 180 : r + 0;
}

/**
 * The projector of a decal in world space: centre, orientation (z along the surface normal, image top
 * towards the sky, or towards the windscreen on surfaces facing up), and box size in metres.
 */
export function decalProjector(
  root: Object3D,
  d: SceneDecal,
): { position: Vector3; orientation: Euler; size: Vector3 } {
  const position = root.localToWorld(new Vector3(...d.position));
  const n = new Vector3(...d.normal).transformDirection(root.matrixWorld);
  const { x, y } = unturnedAxes(new Vector3(...d.normal).normalize());
  x.transformDirection(root.matrixWorld);
  y.transformDirection(root.matrixWorld);
  const basis = new Matrix4().makeBasis(x, y, n);
  basis.multiply(new Matrix4().makeRotationZ((d.rotationDeg * Math.PI) / 180));
  const [w, h] = [d.sizeMm[0] / 1000, d.sizeMm[1] / 1000];
  const depth = Math.min(0.3, Math.max(0.05, Math.max(w, h) * 0.5));
  return { position, orientation: new Euler().setFromRotationMatrix(basis), size: new Vector3(w, h, depth) };
}

/**
 * The decal's surface: the zone meshes inside its projector box, cut to the box, keeping only triangles
 * that face the projector (no print on the far side of thin parts); one geometry (one draw call) in world
 * space. Null when the decal lands on nothing.
 */
export function buildDecalGeometry(
  root: Object3D,
  meshes: Iterable<Mesh>,
  d: SceneDecal,
): BufferGeometry | null {
  const { position, orientation, size } = decalProjector(root, d);
  const axis = new Vector3(0, 0, 1).applyEuler(orientation);
  const reach = new Sphere(position, size.length() / 2);
  const pos: number[] = [];
  const nor: number[] = [];
  const uv: number[] = [];
  const bounds = new Sphere();
  for (const mesh of meshes) {
    if (!shown(mesh)) continue;
    if (!mesh.geometry.boundingSphere) mesh.geometry.computeBoundingSphere();
    bounds.copy(mesh.geometry.boundingSphere!).applyMatrix4(mesh.matrixWorld);
    if (!bounds.intersectsSphere(reach)) continue;
    const g = new DecalGeometry(mesh, position, orientation, size);
    const p = g.getAttribute('position');
    const n = g.getAttribute('normal');
    const t = g.getAttribute('uv');
    for (let i = 0; p && n && t && i + 2 < p.count; i += 3) {
      const facing =
        (n.getX(i) + n.getX(i + 1) + n.getX(i + 2)) * axis.x +
        (n.getY(i) + n.getY(i + 1) + n.getY(i + 2)) * axis.y +
        (n.getZ(i) + n.getZ(i + 1) + n.getZ(i + 2)) * axis.z;
      if (facing < FACING * 3) continue;
      for (let k = i; k < i + 3; k += 1) {
        pos.push(p.getX(k), p.getY(k), p.getZ(k));
        nor.push(n.getX(k), n.getY(k), n.getZ(k));
        uv.push(t.getX(k), t.getY(k));
      }
    }
    g.dispose();
  }
  if (pos.length === 0) return null;
  const out = new BufferGeometry();
  out.setAttribute('position', new Float32BufferAttribute(pos, 3));
  out.setAttribute('normal', new Float32BufferAttribute(nor, 3));
  out.setAttribute('uv', new Float32BufferAttribute(uv, 2));
  out.computeBoundingSphere();
  return out;
}
