import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { type Box3, MathUtils, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { useSceneStore } from '../../store/scene-slice';
import { type CameraPose, orbitLimits, poseToPosition, presetPose } from './presets';
import { useStageInset } from './stage-inset';

/** Turntable speed, radians per second (one turn in about 18 s). */
const TURNTABLE_SPEED = 0.35;
/** How fast a preset transition settles (higher = quicker). */
const DAMPING = 3.5;

/** Whether the camera is moving (preset transition or turntable): tests wait for it to settle. */
export const cameraMotion = { moving: false };

const offset = new Vector3();
const next = new Vector3();
const pose: CameraPose = { target: new Vector3(), radius: 1, polar: 1, azimuth: 0 };

const shortest = (from: number, to: number) => {
  let d = (to - from) % (Math.PI * 2);
  if (d > Math.PI) d -= Math.PI * 2;
  if (d < -Math.PI) d += Math.PI * 2;
  return from + d;
};

/**
 * Orbit controls within limits, damped moves to the camera presets and the turntable.
 * Asks for frames only while something moves (frameloop "demand").
 */
export function CameraRig({
  bounds,
  wheels,
  framing,
}: {
  bounds: Box3;
  wheels: Vector3[];
  /** What the presets frame, read when one is chosen (the car with its shown accessories); default `bounds`. */
  framing?: () => Box3;
}) {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useRef<OrbitControlsImpl>(null);
  const goal = useRef<CameraPose | null>(null);
  const preset = useSceneStore((s) => s.camera);
  const turntable = useSceneStore((s) => s.turntable);
  const insetPx = useStageInset((s) => s.bottomPx);
  const first = useRef(true);

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const aspect = size.width / Math.max(1, size.height);
    const box = framing?.() ?? bounds;
    const g = presetPose(preset.preset, box, wheels, aspect, insetPx / Math.max(1, size.height));
    Object.assign(c, orbitLimits(box, preset.preset, aspect));
    if (first.current || preset.instant) {
      first.current = false;
      goal.current = null;
      c.target.copy(g.target);
      poseToPosition(g, camera.position);
      camera.lookAt(g.target);
      c.update();
    } else goal.current = g;
    invalidate();
  }, [preset, bounds, wheels, framing, camera, invalidate, size, insetPx]);

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const stop = () => {
      goal.current = null;
      if (useSceneStore.getState().turntable) useSceneStore.getState().setTurntable(false);
    };
    c.addEventListener('start', stop);
    return () => c.removeEventListener('start', stop);
  }, []);

  useEffect(() => {
    if (turntable) invalidate();
  }, [turntable, invalidate]);

  useFrame((_, rawDelta) => {
    const c = controls.current;
    if (!c) return;
    const delta = Math.min(rawDelta, 0.25);
    const g = goal.current;
    cameraMotion.moving = g !== null || useSceneStore.getState().turntable;
    if (g) {
      offset.copy(camera.position).sub(c.target);
      const radius = offset.length();
      const polar = Math.acos(MathUtils.clamp(offset.y / radius, -1, 1));
      const azimuth = Math.atan2(offset.x, offset.z);
      const t = 1 - Math.exp(-DAMPING * delta);
      pose.target.copy(c.target).lerp(g.target, t);
      pose.radius = MathUtils.lerp(radius, g.radius, t);
      pose.polar = MathUtils.lerp(polar, g.polar, t);
      pose.azimuth = MathUtils.lerp(azimuth, shortest(azimuth, g.azimuth), t);
      const done =
        pose.target.distanceTo(g.target) < 0.005 &&
        Math.abs(pose.radius - g.radius) < 0.005 &&
        Math.abs(pose.polar - g.polar) < 0.002 &&
        Math.abs(shortest(pose.azimuth, g.azimuth) - pose.azimuth) < 0.002;
      const final = done ? g : pose;
      c.target.copy(final.target);
      camera.position.copy(poseToPosition(final, next));
      if (done) goal.current = null;
      invalidate();
    } else if (useSceneStore.getState().turntable) {
      offset.copy(camera.position).sub(c.target);
      offset.applyAxisAngle(Vector3Y, TURNTABLE_SPEED * delta);
      camera.position.copy(c.target).add(offset);
      invalidate();
    }
    camera.lookAt(c.target);
  });

  return <OrbitControls ref={controls} makeDefault enablePan={false} enableDamping dampingFactor={0.12} />;
}

const Vector3Y = new Vector3(0, 1, 0);
