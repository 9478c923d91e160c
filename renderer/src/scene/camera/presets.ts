import { type Box3, Vector3 } from 'three';
import type { CameraPresetId } from '../scene-config';

/** Vertical field of view of the stage camera, degrees. */
export const CAMERA_FOV = 32;

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

const deg = (d: number) => (d * Math.PI) / 180;

/** Distance at which a sphere of radius r fills the view of a camera with the stage's field of view. */
export function fitDistance(r: number, aspect = 1.6): number {
  const half = deg(CAMERA_FOV / 2);
  const narrow = Math.min(Math.tan(half), Math.tan(half) * aspect);
  return (r / narrow) * (aspect > 1.3 ? 0.8 : 0.95);
}

/**
 * Orbit limits for a car of these bounds; the wheel close-up may come closer. A narrow (portrait) stage
 * needs the camera further back to show the whole car, so the far limit grows with the fitted distance.
 */
export function orbitLimits(bounds: Box3, preset: CameraPresetId, aspect = 1.6): OrbitLimits {
  const r = bounds.getSize(new Vector3()).length() / 2;
  return {
    minDistance: preset === 'wheel' ? 0.9 : r * 1.15,
    maxDistance: Math.max(r * 4.5, fitDistance(r, aspect) * 1.3),
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

/** The five presets as poses around a car of these bounds. */
export function presetPose(
  preset: CameraPresetId,
  bounds: Box3,
  wheels: Vector3[],
  aspect = 1.6,
): CameraPose {
  const size = bounds.getSize(new Vector3());
  const centre = bounds.getCenter(new Vector3());
  const target = new Vector3(centre.x, bounds.min.y + size.y * 0.42, centre.z);
  const r = size.length() / 2;
  const d = fitDistance(r, aspect);
  switch (preset) {
    case 'front34':
      return { target, radius: d, polar: deg(78), azimuth: deg(38) };
    case 'side':
      return { target, radius: d * 0.95, polar: deg(86), azimuth: deg(90) };
    case 'rear34':
      return { target, radius: d, polar: deg(76), azimuth: deg(142) };
    case 'top':
      return {
        target: new Vector3(centre.x, bounds.min.y, centre.z),
        radius: d * 1.05,
        polar: deg(8),
        azimuth: deg(90),
      };
    case 'wheel': {
      const wheel = frontLeftWheel(bounds, wheels);
      return { target: wheel, radius: Math.max(1.6, size.y * 1.2), polar: deg(80), azimuth: deg(62) };
    }
  }
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
