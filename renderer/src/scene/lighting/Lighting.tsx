import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Color, PMREMGenerator, type Texture, type WebGLRenderTarget } from 'three';
import { useSceneStore } from '../../store/scene-slice';
import { afterFirstFrame } from '../SceneReady';
import { LIGHTINGS, type LightingId } from '../scene-config';
import { disposeEnvironmentScene, environmentScene, LIGHTING_LOOKS } from './env-scenes';

/**
 * Bakes the lightings into same-sized PMREM maps with one generator (so switching lighting compiles nothing):
 * the one on show before the first frame, the others right after it; shows the one the store asks for.
 */
export function Lighting() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const lighting = useSceneStore((s) => s.lighting);
  const maps = useMemo(() => {
    let pmrem: PMREMGenerator | null = new PMREMGenerator(gl);
    const baked = new Map<LightingId, WebGLRenderTarget>();
    const bake = (id: LightingId): Texture => {
      let target = baked.get(id);
      if (!target) {
        pmrem ??= new PMREMGenerator(gl);
        const source = environmentScene(id);
        target = pmrem.fromScene(source, 0.04);
        disposeEnvironmentScene(source);
        baked.set(id, target);
      }
      return target.texture;
    };
    const bakeAll = () => {
      for (const id of LIGHTINGS) bake(id);
      pmrem?.dispose();
      pmrem = null;
    };
    const dispose = () => {
      for (const target of baked.values()) target.dispose();
      pmrem?.dispose();
    };
    return { bake, bakeAll, dispose };
  }, [gl]);
  useEffect(() => {
    const offBake = afterFirstFrame(() => {
      maps.bakeAll();
      invalidate();
    });
    return () => {
      offBake();
      maps.dispose();
    };
  }, [maps, invalidate]);
  useEffect(() => {
    const look = LIGHTING_LOOKS[lighting];
    scene.environment = maps.bake(lighting);
    scene.environmentIntensity = look.envIntensity;
    scene.background = new Color(look.background);
    invalidate();
  }, [lighting, maps, scene, invalidate]);
  return null;
}
