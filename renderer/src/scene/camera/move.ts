import { MathUtils, Vector3 } from 'three';
import type { CameraPose } from './presets';

/** Shortest move between two preset views, seconds (a small change of angle or distance). */
export const MOVE_MIN_SECONDS = 0.4;
/** Longest move between two views, seconds (a half turn round the car, e.g. out of the attract loop). */
export const MOVE_MAX_SECONDS = 0.9;
/** Seconds added per radian turned (or per doubling of distance). */
const SECONDS_PER_RADIAN = 0.18;
/** Shortest time left for a move that is re-aimed on the way (the stage was resized mid-move). */
const MOVE_REAIM_SECONDS = 0.25;

/** A camera move from one pose to another over a fixed wall-clock time. */
export interface CameraMove {
  from: CameraPose;
  to: CameraPose;
  /** Start time, milliseconds (`performance.now()`). */
  start: number;
  /** Length in seconds. */
  seconds: number;
}

/** The angle from `from` to `to` the short way round, radians in (−π, π]. */
export function turnBetween(from: number, to: number): number {
  let d = (to - from) % (Math.PI * 2);
  if (d > Math.PI) d -= Math.PI * 2;
  if (d <= -Math.PI) d += Math.PI * 2;
  return d;
}

/** The pose of a camera at `position` looking at `target`. */
export function poseOf(position: Vector3, target: Vector3): CameraPose {
  const offset = position.clone().sub(target);
  const radius = Math.max(1e-6, offset.length());
  return {
    target: target.clone(),
    radius,
    polar: Math.acos(MathUtils.clamp(offset.y / radius, -1, 1)),
    azimuth: Math.atan2(offset.x, offset.z),
  };
}

/** How long a move between two poses takes: longer for a bigger turn, never long. */
export function moveSeconds(from: CameraPose, to: CameraPose): number {
  const turn = Math.abs(turnBetween(from.azimuth, to.azimuth)) + Math.abs(to.polar - from.polar);
  const zoom = Math.abs(Math.log2(to.radius / from.radius));
  const shift = from.target.distanceTo(to.target) / Math.max(0.5, to.radius);
  return MathUtils.clamp(
    MOVE_MIN_SECONDS + SECONDS_PER_RADIAN * (turn + zoom + shift),
    MOVE_MIN_SECONDS,
    MOVE_MAX_SECONDS,
  );
}

/** A move that starts now from `from`; `left` (seconds) caps it when re-aiming a move already on its way. */
export function planMove(from: CameraPose, to: CameraPose, now: number, left?: number): CameraMove {
  const full = moveSeconds(from, to);
  const seconds = left === undefined ? full : Math.min(full, Math.max(MOVE_REAIM_SECONDS, left));
  return { from, to, start: now, seconds };
}

/** Seconds a move still has to run at `now`. */
export function secondsLeft(move: CameraMove, now: number): number {
  return Math.max(0, move.seconds - (now - move.start) / 1000);
}

/** Ease in and out (smootherstep): starts and stops without a jolt, no overshoot. */
const ease = (t: number) => t * t * t * (t * (t * 6 - 15) + 10);

/**
 * The pose at `now` on the move, written into `out`: target, distance and angles eased together, the
 * azimuth the short way round (never through the car). Returns true once the move has ended, and then
 * `out` is exactly the end pose.
 */
export function poseAt(move: CameraMove, now: number, out: CameraPose): boolean {
  const t = move.seconds <= 0 ? 1 : MathUtils.clamp((now - move.start) / (move.seconds * 1000), 0, 1);
  if (t >= 1 - 1e-9) {
    out.target.copy(move.to.target);
    out.radius = move.to.radius;
    out.polar = move.to.polar;
    out.azimuth = move.to.azimuth;
    return true;
  }
  const k = ease(t);
  out.target.copy(move.from.target).lerp(move.to.target, k);
  out.radius = move.from.radius * (move.to.radius / move.from.radius) ** k;
  out.polar = MathUtils.lerp(move.from.polar, move.to.polar, k);
  out.azimuth = move.from.azimuth + turnBetween(move.from.azimuth, move.to.azimuth) * k;
  return false;
}

/** A fresh pose to write moves into. */
export function emptyPose(): CameraPose {
  return { target: new Vector3(), radius: 1, polar: 1, azimuth: 0 };
}
