import { Box3, MathUtils, Vector3 } from 'three';
import type { CameraPresetId } from '../scene-config';

/** Vertical field of view of the stage camera, degrees. */
export const CAMERA_FOV = 32;

/** Free border kept around the framed car, as a fraction of the half view (both axes). */
export const FRAME_MARGIN = 0.07;

/** A camera pose around a target: distance, polar angle from straight up, azimuth from +Z (the nose). */
export interface CameraPose {
  target: Vector3;
  radius: number;
  polar: number;
  azimuth: number;
}

/** Orbit limits: never under the floor, never inside the car, never lost in the distance. */
export interface OrbitLimits {
  minDistance: number;
  maxDistance: number;
  minPolarAngle: number;
  maxPolarAngle: number;
}

/** What the frame has to fit into: the stage's aspect (width / height) and the share of its height at the bottom covered by the stage controls. */
export interface StageFrame {
  aspect: number;
  bottomInset: number;
}

const deg = (d: number) => (d * Math.PI) / 180;
const TAN_V = Math.tan(deg(CAMERA_FOV / 2));

/** Distance at which a sphere of radius r fills the view of a camera with the stage's field of view. */
export function fitDistance(r: number, aspect = 1.6): number {
  const narrow = Math.min(TAN_V, TAN_V * aspect);
  return (r / narrow) * (1 + FRAME_MARGIN);
}

const right = new Vector3();
const up = new Vector3();
const back = new Vector3();
const corner = new Vector3();
const Y = new Vector3(0, 1, 0);

function cornersOf(box: Box3): Vector3[] {
  const out: Vector3[] = [];
  for (let k = 0; k < 8; k++) {
    out.push(
      new Vector3(
        k & 1 ? box.max.x : box.min.x,
        k & 2 ? box.max.y : box.min.y,
        k & 4 ? box.max.z : box.min.z,
      ),
    );
  }
  return out;
}

/**
 * Target and distance that show the whole box from this direction inside the stage: both the horizontal
 * and the vertical field of view count, with a margin, and the box is centred top to bottom in the part of
 * the view the controls leave free. `centre` false keeps the target at the box centre (close-ups).
 */
export function fitBox(
  box: Box3,
  polar: number,
  azimuth: number,
  frame: StageFrame,
  centre = true,
): { target: Vector3; radius: number } {
  const s = Math.sin(polar);
  back.set(s * Math.sin(azimuth), Math.cos(polar), s * Math.cos(azimuth)).normalize();
  right.crossVectors(Y, back);
  if (right.lengthSq() < 1e-8) right.set(Math.cos(azimuth), 0, -Math.sin(azimuth));
  right.normalize();
  up.crossVectors(back, right).normalize();
  const c = box.getCenter(new Vector3());
  const pts = cornersOf(box).map((p) => {
    corner.copy(p).sub(c);
    return { x: corner.dot(right), y: corner.dot(up), z: corner.dot(back) };
  });
  const tanH = TAN_V * Math.max(0.05, frame.aspect);
  const inset = Math.min(0.35, Math.max(0, frame.bottomInset));
  // Free window in normalised device coordinates.
  const xHi = 1 - FRAME_MARGIN;
  const yHi = 1 - FRAME_MARGIN;
  const yLo = -1 + 2 * inset + FRAME_MARGIN;
  const yMid = (yHi + yLo) / 2;
  // The target only moves up or down the box's vertical axis, so orbiting and the turntable turn the car
  // about its own centre; views from high above (top) are not re-centred.
  const upY = up.y;
  const backY = back.y;
  const reach = box.getSize(new Vector3()).y;
  let ty = 0;
  let d = 1;
  for (let pass = 0; pass < 7; pass++) {
    d = 0;
    for (const p of pts) {
      const y = p.y - ty * upY;
      const z = p.z - ty * backY;
      d = Math.max(d, z + Math.abs(p.x) / (tanH * xHi));
      const limit = y > 0 ? yHi : -yLo;
      if (limit > 0) d = Math.max(d, z + Math.abs(y) / (TAN_V * limit));
    }
    if (!centre || upY < 0.5 || pass === 6) break;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const p of pts) {
      const sy = (p.y - ty * upY) / ((d - (p.z - ty * backY)) * TAN_V);
      y0 = Math.min(y0, sy);
      y1 = Math.max(y1, sy);
    }
    // Shift the target so the projected box sits in the middle of the free window, top to bottom.
    ty = MathUtils.clamp(ty + (((y0 + y1) / 2 - yMid) * TAN_V * d) / upY, -reach, reach);
  }
  const target = c.clone().addScaledVector(Y, ty);
  return { target, radius: d };
}

/**
 * Orbit limits for a car of these bounds; the wheel close-up may come closer. A narrow (portrait) stage
 * needs the camera further back to show the whole car, so the far limit grows with the fitted distance.
 */
export function orbitLimits(bounds: Box3, preset: CameraPresetId, aspect = 1.6): OrbitLimits {
  const r = bounds.getSize(new Vector3()).length() / 2;
  const fitted = fitBox(bounds, deg(78), deg(38), { aspect, bottomInset: 0.12 }).radius;
  return {
    minDistance: preset === 'wheel' ? 0.9 : r * 1.15,
    maxDistance: Math.max(r * 4.5, fitDistance(r, aspect) * 1.3, fitted * 1.4),
    minPolarAngle: 0.12,
    maxPolarAngle: Math.PI / 2 - 0.04,
  };
}

/** Centre of the front wheel on the car's left (+X) side, or an estimate when the model has no wheels. */
export function frontLeftWheel(bounds: Box3, wheels: Vector3[]): Vector3 {
  if (wheels.length > 0) {
    return wheels
      .reduce((best, w) => (w.z + w.x * 0.5 > best.z + best.x * 0.5 ? w : best), wheels[0]!)
      .clone();
  }
  const size = bounds.getSize(new Vector3());
  const c = bounds.getCenter(new Vector3());
  return new Vector3(bounds.max.x - size.x * 0.1, bounds.min.y + size.y * 0.22, c.z + size.z * 0.32);
}

/** Preset directions: polar angle from straight up and azimuth from the nose, degrees. */
const ANGLES: Record<CameraPresetId, [number, number]> = {
  front34: [78, 38],
  side: [86, 90],
  rear34: [73, 142],
  top: [8, 90],
  wheel: [80, 62],
};

/** A preset's viewing direction in radians: polar angle from straight up, azimuth from the nose. */
export function presetAngle(preset: CameraPresetId): { polar: number; azimuth: number } {
  const [p, a] = ANGLES[preset];
  return { polar: deg(p), azimuth: deg(a) };
}

/**
 * The five presets as poses around a car of these bounds, framed to the stage: `aspect` is its width over
 * height, `bottomInset` the share of its height the stage controls cover.
 */
export function presetPose(
  preset: CameraPresetId,
  bounds: Box3,
  wheels: Vector3[],
  aspect = 1.6,
  bottomInset = 0,
): CameraPose {
  const [p, a] = ANGLES[preset];
  const polar = deg(p);
  const azimuth = deg(a);
  const frame = { aspect, bottomInset };
  if (preset === 'wheel') {
    const wheel = frontLeftWheel(bounds, wheels);
    const size = bounds.getSize(new Vector3());
    // The wheel, its arch and a little of the body around it.
    const reach = Math.max(0.42, size.y * 0.3);
    const around = new Box3(
      wheel.clone().add(new Vector3(-0.12, -reach, -reach)),
      wheel.clone().add(new Vector3(0.12, reach, reach)),
    );
    const fit = fitBox(around, polar, azimuth, { aspect, bottomInset: 0 }, false);
    return { target: wheel, radius: Math.max(1.6, size.y * 1.2, fit.radius), polar, azimuth };
  }
  const fit = fitBox(bounds, polar, azimuth, frame);
  return { target: fit.target, radius: fit.radius, polar, azimuth };
}

/** Camera position for a pose. */
export function poseToPosition(pose: CameraPose, out = new Vector3()): Vector3 {
  const s = Math.sin(pose.polar);
  return out.set(
    pose.target.x + pose.radius * s * Math.sin(pose.azimuth),
    pose.target.y + pose.radius * Math.cos(pose.polar),
    pose.target.z + pose.radius * s * Math.cos(pose.azimuth),
  );
}
