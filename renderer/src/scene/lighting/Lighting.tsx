import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Color, PMREMGenerator, type Texture } from 'three';
import { useSceneStore } from '../../store/scene-slice';
import { LIGHTINGS, type LightingId } from '../scene-config';
import { disposeEnvironmentScene, environmentScene, LIGHTING_LOOKS } from './env-scenes';

/**
 * Bakes all three lightings into same-sized PMREM maps once (so switching lighting compiles nothing)
 * and shows the one the store asks for, with its background.
 */
export function Lighting() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const lighting = useSceneStore((s) => s.lighting);
  const maps = useMemo(() => {
    const pmrem = new PMREMGenerator(gl);
    const out = {} as Record<LightingId, { texture: Texture; dispose: () => void }>;
    for (const id of LIGHTINGS) {
      const source = environmentScene(id);
      const target = pmrem.fromScene(source, 0.04);
      disposeEnvironmentScene(source);
      out[id] = { texture: target.texture, dispose: () => target.dispose() };
    }
    pmrem.dispose();
    return out;
  }, [gl]);
  useEffect(
    () => () => {
      for (const m of Object.values(maps)) m.dispose();
    },
    [maps],
  );
  useEffect(() => {
    const look = LIGHTING_LOOKS[lighting];
    scene.environment = maps[lighting].texture;
    scene.environmentIntensity = look.envIntensity;
    scene.background = new Color(look.background);
    invalidate();
  }, [lighting, maps, scene, invalidate]);
  return null;
}
