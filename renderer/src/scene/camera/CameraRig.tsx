import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { type Box3, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { useSceneStore } from '../../store/scene-slice';
import { type CameraMove, emptyPose, planMove, poseAt, poseOf, secondsLeft } from './move';
import { orbitLimits, poseToPosition, presetPose } from './presets';
import { useStageInset } from './stage-inset';

/** Turntable speed, radians per second (one turn in about 18 s). */
const TURNTABLE_SPEED = 0.35;

/** Whether the camera is moving (preset transition or turntable): tests wait for it to settle. */
export const cameraMotion = { moving: false };

const offset = new Vector3();
const next = new Vector3();
const pose = emptyPose();

/**
 * Orbit controls within limits, short eased moves to the camera presets (`move.ts`: under a second, timed by
 * the wall clock so a slow renderer still arrives promptly, ending exactly on the preset) and the turntable.
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
  const move = useRef<CameraMove | null>(null);
  const preset = useSceneStore((s) => s.camera);
  const turntable = useSceneStore((s) => s.turntable);
  const insetPx = useStageInset((s) => s.bottomPx);
  const first = useRef(true);
  /** The preset request (nonce) the rig has framed: a newer one in the store is a move about to start. */
  const handled = useRef(-1);

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const aspect = size.width / Math.max(1, size.height);
    const box = framing?.() ?? bounds;
    const g = presetPose(preset.preset, box, wheels, aspect, insetPx / Math.max(1, size.height));
    Object.assign(c, orbitLimits(box, preset.preset, aspect));
    handled.current = preset.nonce;
    if (first.current || preset.instant) {
      first.current = false;
      move.current = null;
      c.target.copy(g.target);
      poseToPosition(g, camera.position);
      camera.lookAt(g.target);
      c.update();
    } else {
      // A move already on its way (the stage was resized under it) is re-aimed from where the camera is.
      const now = performance.now();
      const left = move.current ? secondsLeft(move.current, now) : undefined;
      move.current = planMove(poseOf(camera.position, c.target), g, now, left);
      cameraMotion.moving = true;
    }
    invalidate();
  }, [preset, bounds, wheels, framing, camera, invalidate, size, insetPx]);

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const stop = () => {
      move.current = null;
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
    const m = move.current;
    const turning = useSceneStore.getState().turntable;
    if (m) {
      const done = poseAt(m, performance.now(), pose);
      c.target.copy(pose.target);
      camera.position.copy(poseToPosition(pose, next));
      // The frame that lands on the preset is the last one the move asks for.
      if (done) move.current = null;
      else invalidate();
    } else if (turning) {
      offset.copy(camera.position).sub(c.target);
      offset.applyAxisAngle(Vector3Y, TURNTABLE_SPEED * delta);
      camera.position.copy(c.target).add(offset);
      invalidate();
    }
    camera.lookAt(c.target);
    const requested = useSceneStore.getState().camera.nonce !== handled.current;
    cameraMotion.moving = move.current !== null || turning || requested;
  });

  return <OrbitControls ref={controls} makeDefault enablePan={false} enableDamping dampingFactor={0.12} />;
}

const Vector3Y = new Vector3(0, 1, 0);
