import { Box3, type Matrix4, type Mesh, type Object3D, PerspectiveCamera, Vector3 } from 'three';
import { CAMERA_FOV, fitBox, poseToPosition } from './presets';

/**
 * Free border around the car in a picture the app produces (screenshot, render, print picture), as a share
 * of the half image on the axis the car fills: the car's silhouette spans 1 − SHOT_MARGIN of that axis.
 */
export const SHOT_MARGIN = 0.1;

/** Where the car's silhouette lands on a camera's image, in normalised device coordinates (−1…1). */
export interface NdcBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * Scale and shift of the image plane that put a silhouette box in the middle of the picture, filling it
 * with `margin` to spare on the tighter axis (the other axis centred): a zoom plus a lens shift, so the
 * perspective of the view stays as it was.
 */
export function fillFrame(box: NdcBox, margin = SHOT_MARGIN): { scale: number; cx: number; cy: number } {
  const halfW = Math.max(1e-6, (box.x1 - box.x0) / 2);
  const halfH = Math.max(1e-6, (box.y1 - box.y0) / 2);
  const scale = (1 - margin) / Math.max(halfW, halfH);
  return { scale, cx: (box.x0 + box.x1) / 2, cy: (box.y0 + box.y1) / 2 };
}

/** Applies `fillFrame` to a perspective projection matrix in place: clip′ = scale · (clip − centre · w). */
export function shiftProjection(m: Matrix4, f: { scale: number; cx: number; cy: number }): Matrix4 {
  const e = m.elements; // column-major: row r, column c at e[c * 4 + r]
  for (let c = 0; c < 4; c++) {
    const w = e[c * 4 + 3]!;
    e[c * 4] = f.scale * (e[c * 4]! - f.cx * w);
    e[c * 4 + 1] = f.scale * (e[c * 4 + 1]! - f.cy * w);
  }
  return m;
}

const v = new Vector3();
const tmp = new Box3();

/** The visible meshes of the car (hidden rims, tyre sizes and accessories left out). */
function visibleMeshes(car: Object3D): Mesh[] {
  const out: Mesh[] = [];
  car.updateWorldMatrix(true, true);
  car.traverseVisible((o) => {
    const mesh = o as Mesh;
    if (mesh.isMesh && mesh.geometry?.getAttribute('position')) out.push(mesh);
  });
  return out;
}

/** World box of what the car shows now (its visible meshes). */
export function shownBox(car: Object3D): Box3 {
  const box = new Box3();
  for (const mesh of visibleMeshes(car)) {
    if (!mesh.geometry.boundingBox) mesh.geometry.computeBoundingBox();
    box.union(tmp.copy(mesh.geometry.boundingBox!).applyMatrix4(mesh.matrixWorld));
  }
  return box;
}

/** Most vertices projected per mesh: a finer car is sampled evenly (its silhouette moves by < 1 px). */
const MAX_POINTS_PER_MESH = 60_000;

/** The silhouette box of the car's visible vertices seen by `camera` (its matrices up to date). */
export function silhouette(car: Object3D, camera: PerspectiveCamera): NdcBox {
  const box: NdcBox = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  for (const mesh of visibleMeshes(car)) {
    const pos = mesh.geometry.getAttribute('position');
    const step = Math.max(1, Math.ceil(pos.count / MAX_POINTS_PER_MESH));
    for (let i = 0; i < pos.count; i += step) {
      v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld).project(camera);
      if (v.x < box.x0) box.x0 = v.x;
      if (v.x > box.x1) box.x1 = v.x;
      if (v.y < box.y0) box.y0 = v.y;
      if (v.y > box.y1) box.y1 = v.y;
    }
  }
  return box;
}

/** A viewing direction: polar angle from straight up and azimuth from the nose (+Z), radians. */
export interface ShotAngle {
  polar: number;
  azimuth: number;
}

/** What a framed picture shows the car from: a preset's direction, or an angle. */
export type ShotView = 'front34' | 'rear34' | 'side' | ShotAngle;

/** The angle from which `camera` looks at `target` (the screenshot keeps the customer's view). */
export function angleOf(position: Vector3, target: Vector3): ShotAngle {
  const d = position.clone().sub(target);
  const r = Math.max(1e-6, d.length());
  return { polar: Math.acos(Math.min(1, Math.max(-1, d.y / r))), azimuth: Math.atan2(d.x, d.z) };
}

/**
 * A camera for a picture of `width` × `height` pixels of the car from `angle`: standing where the stage's
 * fitted pose for that aspect would (no controls to leave room for), then zoomed and lens-shifted so the
 * car's silhouette is centred and fills the picture with SHOT_MARGIN to spare on the tighter axis.
 */
export function framedCamera(
  car: Object3D,
  angle: ShotAngle,
  width: number,
  height: number,
  clip: { near: number; far: number },
): PerspectiveCamera {
  const aspect = width / Math.max(1, height);
  const camera = new PerspectiveCamera(CAMERA_FOV, aspect, clip.near, clip.far);
  const box = shownBox(car);
  if (box.isEmpty()) return camera;
  const fit = fitBox(box, angle.polar, angle.azimuth, { aspect, bottomInset: 0 }, false);
  poseToPosition({ ...fit, ...angle }, camera.position);
  camera.lookAt(fit.target);
  camera.updateMatrixWorld(true);
  camera.updateProjectionMatrix();
  const frame = fillFrame(silhouette(car, camera));
  shiftProjection(camera.projectionMatrix, frame);
  camera.projectionMatrixInverse.copy(camera.projectionMatrix).invert();
  return camera;
}
