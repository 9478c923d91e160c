import { useSceneStore } from '../../store/scene-slice';
import { LIGHTING_LOOKS } from './env-scenes';

/**
 * The showroom floor: the background colour, unlit and not tone mapped, so floor and backdrop meet
 * without a horizon line (a seamless cyclorama); the contact shadow grounds the car on it.
 */
export function Floor() {
  const lighting = useSceneStore((s) => s.lighting);
  const look = LIGHTING_LOOKS[lighting];
  return (
    <mesh rotation-x={-Math.PI / 2} position-y={-0.001}>
      <circleGeometry args={[60, 64]} />
      <meshBasicMaterial color={look.background} toneMapped={false} />
    </mesh>
  );
}
