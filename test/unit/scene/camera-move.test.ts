import {
  emptyPose,
  MOVE_MAX_SECONDS,
  MOVE_MIN_SECONDS,
  moveSeconds,
  planMove,
  poseAt,
  poseOf,
  secondsLeft,
  turnBetween,
} from '@renderer/scene/camera/move';
import { type CameraPose, poseToPosition, presetPose } from '@renderer/scene/camera/presets';
import { Box3, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';

const car = new Box3(new Vector3(-0.9, 0, -2.1), new Vector3(0.9, 1.6, 2.1));
const front34 = presetPose('front34', car, [], 1.6, 0.12);

/** Where the attract loop's turntable may have left the camera: the front ¾ height, turned by `turn`. */
const orbit = (turn: number): CameraPose => ({
  ...front34,
  target: front34.target.clone(),
  azimuth: front34.azimuth + turn,
});

describe('camera moves between presets', () => {
  it('end exactly on the preset pose, however far the turntable had turned', () => {
    for (const turn of [0.1, 1, 2.5, Math.PI - 0.01, -3, 7]) {
      const move = planMove(orbit(turn), front34, 1000);
      const out = emptyPose();
      expect(poseAt(move, 1000 + move.seconds * 1000, out)).toBe(true);
      expect(out.target.equals(front34.target)).toBe(true);
      expect(out.radius).toBe(front34.radius);
      expect(out.polar).toBe(front34.polar);
      expect(out.azimuth).toBe(front34.azimuth);
    }
  });

  it('are short: under a second even for a half turn, by the wall clock (slow frames do not stretch them)', () => {
    expect(moveSeconds(orbit(Math.PI), front34)).toBeLessThanOrEqual(MOVE_MAX_SECONDS);
    expect(MOVE_MAX_SECONDS).toBeLessThan(1);
    expect(moveSeconds(front34, front34)).toBe(MOVE_MIN_SECONDS);
    expect(moveSeconds(orbit(0.3), front34)).toBeLessThan(moveSeconds(orbit(2), front34));
    // Two frames 0.6 s apart (a software renderer): the second one already lands.
    const move = planMove(orbit(2), front34, 0);
    expect(poseAt(move, 600, emptyPose())).toBe(false);
    expect(poseAt(move, 1200, emptyPose())).toBe(true);
  });

  it('turn the short way round, smoothly and without overshoot, keeping the camera outside the car', () => {
    const move = planMove(orbit(2.8), front34, 0);
    const out = emptyPose();
    let last = Number.POSITIVE_INFINITY;
    let lastStep = 0;
    for (let ms = 0; ms <= move.seconds * 1000; ms += 10) {
      poseAt(move, ms, out);
      const left = Math.abs(turnBetween(out.azimuth, front34.azimuth));
      expect(left).toBeLessThanOrEqual(last + 1e-9);
      expect(left).toBeLessThanOrEqual(2.8 + 1e-9);
      lastStep = last - left;
      last = left;
      expect(car.containsPoint(poseToPosition(out))).toBe(false);
    }
    // Eased: the last step is a small one (no jolt on arrival).
    expect(lastStep).toBeLessThan(0.01);
    expect(turnBetween(0.1, 0.1 + Math.PI * 2 - 0.2)).toBeCloseTo(-0.2);
  });

  it('re-aimed on the way (the stage resized) start where the camera is and keep to the time left', () => {
    const first = planMove(orbit(2), front34, 0);
    const mid = emptyPose();
    poseAt(first, 200, mid);
    const wider = presetPose('front34', car, [], 2.4, 0.12);
    const again = planMove(poseOf(poseToPosition(mid), mid.target), wider, 200, secondsLeft(first, 200));
    expect(again.seconds).toBeLessThanOrEqual(first.seconds - 0.2 + 1e-9);
    const start = emptyPose();
    poseAt(again, 200, start);
    expect(start.radius).toBeCloseTo(mid.radius, 6);
    expect(turnBetween(start.azimuth, mid.azimuth)).toBeCloseTo(0, 6);
    expect(start.target.distanceTo(mid.target)).toBeLessThan(1e-9);
  });
});
