import { Box3, type Object3D, PerspectiveCamera, Sphere, Vector3 } from 'three';

/** Where the thumbnail looks from: the front ¾ on the car's left (nose +Z, left +x), a little above. */
const VIEW_DIRECTION = new Vector3(0.78, 0.32, 1).normalize();
/** Vertical field of view of the thumbnail camera, degrees (a long lens: little perspective distortion). */
const FOV_DEG = 28;
/** Most vertices projected per mesh (a 500k-triangle car is framed on a sample; the outline barely moves). */
const MAX_POINTS_PER_MESH = 40_000;

/** World-space vertex positions of every visible mesh under `root` (sampled on very large meshes). */
export function outlinePoints(root: Object3D): Vector3[] {
  const points: Vector3[] = [];
  root.updateMatrixWorld(true);
  root.traverseVisible((o) => {
    const mesh = o as Object3D & {
      isMesh?: boolean;
      geometry?: {
        getAttribute(
          n: string,
        ):
          | { count: number; getX(i: number): number; getY(i: number): number; getZ(i: number): number }
          | undefined;
      };
    };
    const position = mesh.isMesh ? mesh.geometry?.getAttribute('position') : undefined;
    if (!position) return;
    const step = Math.max(1, Math.ceil(position.count / MAX_POINTS_PER_MESH));
    for (let i = 0; i < position.count; i += step)
      points.push(
        new Vector3(position.getX(i), position.getY(i), position.getZ(i)).applyMatrix4(o.matrixWorld),
      );
  });
  return points;
}

/**
 * A camera that shows `points` (the car's vertices, world space) from the front ¾, cropped so the car's outline
 * fills the picture up to `margin` (a share of the picture on each side) on its tighter axis and is centred on
 * the other: no empty band under the car. The crop is a view offset of a wider camera, so nothing is distorted.
 */
export function frameTightly(points: Vector3[], aspect: number, margin = 0.04): PerspectiveCamera {
  const camera = new PerspectiveCamera(FOV_DEG, aspect, 0.05, 500);
  if (points.length === 0) return camera;
  const sphere = new Box3().setFromPoints(points).getBoundingSphere(new Sphere());
  const halfFov = ((FOV_DEG / 2) * Math.PI) / 180;
  const fit = Math.min(halfFov, Math.atan(Math.tan(halfFov) * aspect));
  const distance = (sphere.radius / Math.sin(fit)) * 1.05;
  camera.position.copy(sphere.center).addScaledVector(VIEW_DIRECTION, distance);
  camera.near = Math.max(0.01, distance - sphere.radius * 1.5);
  camera.far = distance + sphere.radius * 1.5;
  camera.lookAt(sphere.center);
  camera.updateProjectionMatrix();
  camera.updateMatrixWorld(true);
  let [x0, x1, y0, y1] = [1, -1, 1, -1];
  const p = new Vector3();
  for (const point of points) {
    p.copy(point).project(camera);
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  // The crop keeps the picture's aspect: equal half-sizes in NDC on both axes.
  const half = Math.max(x1 - x0, y1 - y0) / 2 / (1 - 2 * margin);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const fullW = 1000 * aspect;
  const fullH = 1000;
  camera.setViewOffset(
    fullW,
    fullH,
    ((cx - half + 1) / 2) * fullW,
    ((1 - (cy + half)) / 2) * fullH,
    half * fullW,
    half * fullH,
  );
  camera.updateProjectionMatrix();
  return camera;
}
