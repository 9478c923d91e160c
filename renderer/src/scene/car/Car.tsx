import { ContactShadows } from '@react-three/drei';
import { type ThreeEvent, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3 } from 'three';
import { useSceneStore } from '../../store/scene-slice';
import { CameraRig } from '../camera/CameraRig';
import { LIGHTING_LOOKS } from '../lighting/env-scenes';
import { createFilmTextures, disposeFilmTextures } from '../materials/textures';
import { SceneReady } from '../SceneReady';
import { applyLook, highlightZone } from './apply-look';
import type { CarRig } from './rig';
import { useArtwork } from './useArtwork';
import { useCar } from './useCar';
import { warmUp } from './warm-up';

/** How long the selection pulse lasts, seconds. */
const PULSE_S = 1.2;
/** Steady glow of a selected zone after the pulse. */
const GLOW = 0.06;

function wheelCentres(rig: CarRig): Vector3[] {
  return rig.wheels.map((w) => w.getWorldPosition(new Vector3()));
}

/**
 * The car on stage: loads it, keeps it in step with the store's look (uniforms and visibility only),
 * lets a tap select a zone, and frames it with the camera rig and a soft contact shadow.
 */
export function Car() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const textures = useMemo(createFilmTextures, []);
  useEffect(() => () => disposeFilmTextures(textures), [textures]);
  const car = useCar(textures);
  const rig = car?.rig ?? null;
  const artwork = useArtwork(invalidate);
  const modelState = useSceneStore((s) => s.model.state);
  const lighting = useSceneStore((s) => s.lighting);
  const shapeKey = useSceneStore((s) => `${s.look.accessories.join(',')}|${s.look.rim.sizeInch}`);
  const pulse = useRef(0);

  useEffect(() => {
    if (!rig) return;
    const apply = () => {
      const s = useSceneStore.getState();
      applyLook(rig, s.look, textures, artwork);
      highlightZone(rig, s.selectedZone, GLOW);
      invalidate();
    };
    apply();
    warmUp(gl, scene, camera, rig);
    const offLook = useSceneStore.subscribe((s) => s.look, apply);
    const offZone = useSceneStore.subscribe(
      (s) => s.selectedZone,
      (zone) => {
        pulse.current = zone ? PULSE_S : 0;
        highlightZone(rig, zone, GLOW);
        invalidate();
      },
    );
    return () => {
      offLook();
      offZone();
    };
  }, [rig, textures, artwork, gl, scene, camera, invalidate]);

  useFrame((_, delta) => {
    if (!rig || pulse.current <= 0) return;
    pulse.current = Math.max(0, pulse.current - Math.min(delta, 0.05));
    const phase = 1 - pulse.current / PULSE_S;
    highlightZone(rig, useSceneStore.getState().selectedZone, GLOW + 0.3 * Math.sin(phase * Math.PI));
    invalidate();
  });

  const wheels = useMemo(() => (rig ? wheelCentres(rig) : []), [rig]);
  const onTap = (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > 6) return;
    e.stopPropagation();
    const zone = e.object.userData.zoneId;
    useSceneStore.getState().selectZone(typeof zone === 'string' ? zone : null);
  };

  if (!rig) return modelState === 'error' ? <SceneReady /> : null;
  const size = rig.bounds.getSize(new Vector3());
  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a 3D object, not a DOM element; zones are also selectable from the panels. */}
      <primitive object={rig.root} onClick={onTap} />
      <CameraRig bounds={rig.bounds} wheels={wheels} />
      <ContactShadows
        key={`${car?.name}|${shapeKey}|${lighting}`}
        position={[0, 0.002, 0]}
        scale={[size.x * 1.6, size.z * 1.3]}
        blur={2.2}
        opacity={LIGHTING_LOOKS[lighting].shadowOpacity}
        far={1.4}
        resolution={512}
        frames={1}
      />
      <SceneReady />
    </>
  );
}
