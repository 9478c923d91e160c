import {
  CAMERA_FOV,
  FRAME_MARGIN,
  orbitLimits,
  poseToPosition,
  presetPose,
} from '@renderer/scene/camera/presets';
import { CAMERA_PRESETS } from '@renderer/scene/scene-config';
import { Box3, PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';

const car = new Box3(new Vector3(-0.9, 0, -2.1), new Vector3(0.9, 1.6, 2.1));
const wheels = [
  new Vector3(0.8, 0.34, 1.35),
  new Vector3(-0.8, 0.34, 1.35),
  new Vector3(0.8, 0.34, -1.3),
  new Vector3(-0.8, 0.34, -1.3),
];

describe('camera presets', () => {
  it('stay within the orbit limits: above the floor, outside the car, not lost in the distance', () => {
    for (const preset of CAMERA_PRESETS) {
      const pose = presetPose(preset, car, wheels);
      const limits = orbitLimits(car, preset);
      expect(pose.radius, preset).toBeGreaterThanOrEqual(limits.minDistance);
      expect(pose.radius, preset).toBeLessThanOrEqual(limits.maxDistance);
      expect(pose.polar, preset).toBeGreaterThanOrEqual(limits.minPolarAngle);
      expect(pose.polar, preset).toBeLessThanOrEqual(limits.maxPolarAngle);
      expect(poseToPosition(pose).y, preset).toBeGreaterThan(0);
      expect(car.containsPoint(poseToPosition(pose)), preset).toBe(false);
    }
  });

  it('keep the whole car reachable on a narrow portrait stage (the far limit follows the fitted distance)', () => {
    for (const aspect of [0.45, 0.8, 1.6, 2.4]) {
      for (const preset of CAMERA_PRESETS) {
        const pose = presetPose(preset, car, wheels, aspect);
        expect(pose.radius, `${preset} @ ${aspect}`).toBeLessThanOrEqual(
          orbitLimits(car, preset, aspect).maxDistance,
        );
      }
    }
    expect(presetPose('front34', car, wheels, 0.45).radius).toBeGreaterThan(
      orbitLimits(car, 'front34').maxDistance,
    );
  });

  it('look at the car from where their names say', () => {
    const at = (p: (typeof CAMERA_PRESETS)[number]) => poseToPosition(presetPose(p, car, wheels));
    expect(at('front34').z).toBeGreaterThan(2);
    expect(at('front34').x).toBeGreaterThan(1);
    expect(at('rear34').z).toBeLessThan(-2);
    expect(Math.abs(at('side').z)).toBeLessThan(0.5);
    expect(at('top').y).toBeGreaterThan(5);
    expect(presetPose('wheel', car, wheels).target.toArray()).toEqual([0.8, 0.34, 1.35]);
  });
});

describe('framing to the stage', () => {
  /** Every corner of the car in normalised device coordinates for a preset at this stage aspect and HUD inset. */
  const project = (preset: (typeof CAMERA_PRESETS)[number], aspect: number, inset: number) => {
    const pose = presetPose(preset, car, wheels, aspect, inset);
    const camera = new PerspectiveCamera(CAMERA_FOV, aspect, 0.1, 200);
    camera.position.copy(poseToPosition(pose));
    camera.lookAt(pose.target);
    camera.updateMatrixWorld();
    const pts: Vector3[] = [];
    for (let k = 0; k < 8; k++) {
      pts.push(
        new Vector3(
          k & 1 ? car.max.x : car.min.x,
          k & 2 ? car.max.y : car.min.y,
          k & 4 ? car.max.z : car.min.z,
        ).project(camera),
      );
    }
    return pts;
  };

  it('keeps the whole car inside both fields of view, with a margin, from wide to portrait stages', () => {
    for (const aspect of [0.45, 0.56, 1, 1.78, 2.4]) {
      for (const preset of ['front34', 'side', 'rear34', 'top'] as const) {
        const pts = project(preset, aspect, 0);
        const where = `${preset} @ ${aspect}`;
        for (const p of pts) {
          expect(Math.abs(p.x), where).toBeLessThanOrEqual(1 - FRAME_MARGIN + 1e-6);
          expect(Math.abs(p.y), where).toBeLessThanOrEqual(1 - FRAME_MARGIN + 1e-6);
        }
        // Fills the frame along its tighter axis (perspective leaves the near side a little larger).
        const spanX = Math.max(...pts.map((p) => p.x)) - Math.min(...pts.map((p) => p.x));
        const spanY = Math.max(...pts.map((p) => p.y)) - Math.min(...pts.map((p) => p.y));
        expect(Math.max(spanX, spanY), where).toBeGreaterThan(0.85 * 2 * (1 - FRAME_MARGIN));
      }
    }
  });

  it('frames the car above the band the stage controls cover, centred left to right', () => {
    for (const aspect of [0.5, 1.6]) {
      const inset = 0.2;
      const pts = project('side', aspect, inset);
      const bottom = -1 + 2 * inset;
      for (const p of pts) expect(p.y).toBeGreaterThanOrEqual(bottom + FRAME_MARGIN - 1e-6);
      const left = Math.min(...pts.map((p) => p.x));
      const right = Math.max(...pts.map((p) => p.x));
      expect(Math.abs(left + right)).toBeLessThan(0.01);
    }
  });

  it('turn the car about its own vertical axis: the target stays on it (orbit and turntable do not wobble)', () => {
    const centre = car.getCenter(new Vector3());
    for (const aspect of [0.5, 1.6]) {
      for (const preset of ['front34', 'side', 'rear34', 'top'] as const) {
        const { target } = presetPose(preset, car, wheels, aspect, 0.15);
        expect(target.x, preset).toBeCloseTo(centre.x, 6);
        expect(target.z, preset).toBeCloseTo(centre.z, 6);
      }
    }
  });
});
