import { useEffect, useMemo } from 'react';
import { type Box3, Vector3 } from 'three';
import { groundShadowTexture, wheelsInPlane } from './ground-shadow';

/** Margin of the shadow plane around the car's footprint. */
const SPREAD = 1.35;

/** Soft ground shadow under the car: one baked quad on the floor, sized to the car's footprint. */
export function GroundShadow({
  bounds,
  wheels,
  opacity,
}: {
  bounds: Box3;
  wheels: Vector3[];
  opacity: number;
}) {
  const plane = useMemo(() => {
    const size = bounds.getSize(new Vector3());
    const centre = bounds.getCenter(new Vector3());
    const half = { x: (size.x * SPREAD) / 2, z: (size.z * SPREAD) / 2 };
    return { centre, half, texture: groundShadowTexture(wheelsInPlane(wheels, centre, half), 1) };
  }, [bounds, wheels]);
  useEffect(() => () => plane.texture.dispose(), [plane]);
  return (
    <mesh rotation-x={-Math.PI / 2} position={[plane.centre.x, 0.003, plane.centre.z]} renderOrder={1}>
      <planeGeometry args={[plane.half.x * 2, plane.half.z * 2]} />
      <meshBasicMaterial
        color="#000000"
        alphaMap={plane.texture}
        transparent
        opacity={opacity}
        depthWrite={false}
        toneMapped={false}
      />
    </mesh>
  );
}
