import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { type Object3D, Raycaster, Vector2, Vector3 } from 'three';
import type { CarRig } from '../car/rig';
import { useArtworkScene } from './artwork-scene-store';
import { uprightRotationDeg } from './decal-geometry';
import { registerImageProbe } from './image-probe';
import { registerZoneProbe } from './probe';

/** Pointer travel (CSS px) above which a press is an orbit drag, not a tap. */
const TAP_SLOP = 6;

function shown(o: Object3D): boolean {
  for (let n: Object3D | null = o; n; n = n.parent) if (!n.visible) return false;
  return true;
}

/**
 * Reports taps on the car's zones with the exact spot and surface normal in model space (the designer
 * places decals there); the nearest visible surface wins, so glass or a wheel in front hides a zone.
 */
export function CarTaps({ rig }: { rig: CarRig }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    const canvas = gl.domElement;
    const ray = new Raycaster();
    let down: { x: number; y: number } | null = null;
    const onDown = (e: PointerEvent) => {
      down = e.button === 0 ? { x: e.clientX, y: e.clientY } : null;
    };
    const onUp = (e: PointerEvent) => {
      if (!down || Math.hypot(e.clientX - down.x, e.clientY - down.y) > TAP_SLOP) return;
      down = null;
      const rect = canvas.getBoundingClientRect();
      const ndc = new Vector2(
        ((e.clientX - rect.left) / rect.width) * 2 - 1,
        -((e.clientY - rect.top) / rect.height) * 2 + 1,
      );
      ray.setFromCamera(ndc, camera);
      const hit = ray.intersectObject(rig.root, true).find((h) => shown(h.object));
      const zone = hit?.object.userData.zoneId;
      if (!hit || typeof zone !== 'string' || !hit.face) return;
      const normal = hit.face.normal.clone().transformDirection(hit.object.matrixWorld);
      if (normal.dot(ray.ray.direction) > 0) normal.negate();
      const inverse = rig.root.matrixWorld.clone().invert();
      const point = hit.point.clone().applyMatrix4(inverse);
      normal.transformDirection(inverse);
      const right = new Vector3(1, 0, 0).transformDirection(camera.matrixWorld).transformDirection(inverse);
      const up = new Vector3(0, 1, 0).transformDirection(camera.matrixWorld).transformDirection(inverse);
      const round = (v: Vector3, k: number) =>
        [v.x, v.y, v.z].map((c) => Math.round(c * k) / k) as [number, number, number];
      useArtworkScene.getState().tapCar({
        zone,
        point: round(point, 1e4),
        normal: round(normal, 1e4),
        uprightDeg: uprightRotationDeg(normal, right, up),
      });
    };
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointerup', onUp);
    const offProbe = registerZoneProbe(rig, camera, canvas);
    const offImageProbe = registerImageProbe(rig, scene, camera, canvas);
    return () => {
      offProbe();
      offImageProbe();
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointerup', onUp);
    };
  }, [gl, camera, scene, rig]);
  return null;
}
