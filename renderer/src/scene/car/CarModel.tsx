import { type ThreeEvent, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { Texture } from 'three';
import { useSceneStore } from '../../store/scene-slice';
import type { FilmTextures } from '../materials/textures';
import { afterFirstFrame } from '../SceneReady';
import { applyLook, highlightZone } from './apply-look';
import type { CarRig } from './rig';
import { warmUp } from './warm-up';

/** How long the selection pulse lasts, seconds. */
const PULSE_S = 1.2;
/** Steady glow of a selected zone after the pulse. */
const GLOW = 0.06;

const EMPTY: ReadonlyMap<string, Texture> = new Map();

/**
 * One loaded car kept in step with the store's look (uniforms and visibility only, no remounts);
 * a tap on a zone selects it, with a short pulse and a faint steady glow.
 */
export function CarModel({
  rig,
  textures,
  artwork = EMPTY,
}: {
  rig: CarRig;
  textures: FilmTextures;
  artwork?: ReadonlyMap<string, Texture>;
}) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const pulse = useRef(0);

  useEffect(() => {
    const apply = () => {
      const s = useSceneStore.getState();
      applyLook(rig, s.look, textures, artwork);
      highlightZone(rig, s.selectedZone, GLOW);
      invalidate();
    };
    apply();
    // Hidden rims and accessories compile right after the first frame, before anyone can pick them.
    // `<html data-scene-warm>` tells tests and the benchmark that everything is compiled; then one frame
    // of the car again (the other lightings' bakes leave renderer.info describing their own passes).
    const offWarm = afterFirstFrame(() =>
      warmUp(gl, scene, camera, rig, textures, apply).then(() => {
        if (typeof document !== 'undefined') document.documentElement.dataset.sceneWarm = 'true';
        invalidate();
      }),
    );
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
      offWarm();
    };
  }, [rig, textures, artwork, gl, scene, camera, invalidate]);

  useFrame((_, delta) => {
    if (pulse.current <= 0) return;
    pulse.current = Math.max(0, pulse.current - Math.min(delta, 0.1));
    const phase = 1 - pulse.current / PULSE_S;
    highlightZone(rig, useSceneStore.getState().selectedZone, GLOW + 0.3 * Math.sin(phase * Math.PI));
    invalidate();
  });

  const onTap = (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > 6) return;
    e.stopPropagation();
    const zone = e.object.userData.zoneId;
    useSceneStore.getState().selectZone(typeof zone === 'string' ? zone : null);
  };
  // biome-ignore lint/a11y/noStaticElementInteractions: a 3D object, not a DOM element; zones are also selectable from the panels.
  return <primitive object={rig.root} onClick={onTap} />;
}
