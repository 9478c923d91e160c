import { Box3, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { orbitLimits, poseToPosition, presetPose } from '../../../renderer/src/scene/camera/presets';
import { CAMERA_PRESETS } from '../../../renderer/src/scene/scene-config';

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
