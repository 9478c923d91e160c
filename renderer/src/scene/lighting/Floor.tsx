import { useSceneStore } from '../../store/scene-slice';
import { LIGHTING_LOOKS } from './env-scenes';

/** The showroom floor, coloured to the lighting (the contact shadow lies on top of it). */
export function Floor() {
  const lighting = useSceneStore((s) => s.lighting);
  const look = LIGHTING_LOOKS[lighting];
  return (
    <mesh rotation-x={-Math.PI / 2} position-y={-0.001}>
      <circleGeometry args={[40, 64]} />
      <meshStandardMaterial color={look.floor} roughness={look.floorRoughness} metalness={0} />
    </mesh>
  );
}
