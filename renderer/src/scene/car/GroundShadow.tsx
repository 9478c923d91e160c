import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { useSceneStore } from '../../store/scene-slice';
import { createShadowBaker } from './ground-shadow';
import type { CarRig } from './rig';

/**
 * Soft ground shadow under the car: one baked quad on the floor. It is re-baked in place (same texture,
 * same material) only when the silhouette changes (accessories shown or hidden, wheel size), never per frame.
 */
export function GroundShadow({ rig, opacity }: { rig: CarRig; opacity: number }) {
  const invalidate = useThree((s) => s.invalidate);
  const baker = useMemo(() => createShadowBaker(rig), [rig]);
  useEffect(() => {
    const bake = () => {
      const { accessories, rim } = useSceneStore.getState().look;
      if (baker.bake(accessories, rim.sizeInch)) invalidate();
    };
    bake();
    return useSceneStore.subscribe((s) => s.look, bake);
  }, [baker, invalidate]);
  useEffect(() => () => baker.texture.dispose(), [baker]);
  const { plane } = baker;
  return (
    <mesh rotation-x={-Math.PI / 2} position={[plane.cx, 0.003, plane.cz]} renderOrder={1}>
      <planeGeometry args={[plane.hx * 2, plane.hz * 2]} />
      <meshBasicMaterial
        color="#000000"
        alphaMap={baker.texture}
        transparent
        opacity={opacity}
        depthWrite={false}
        toneMapped={false}
      />
    </mesh>
  );
}
