import { ContactShadows, OrbitControls } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { type ReactNode, Suspense } from 'react';
import { NeutralToneMapping, SRGBColorSpace } from 'three';
import { SceneReady } from './SceneReady';
import { StudioEnvironment } from './StudioEnvironment';

/** Camera limits: never under the floor, never inside or far from the car. */
export const ORBIT_LIMITS = { minDistance: 3, maxDistance: 11, minPolarAngle: 0.15, maxPolarAngle: Math.PI / 2 - 0.04 };

/** The 3D stage: studio light, floor with a soft contact shadow, orbit within limits, renders only on demand. */
export function Stage({ children }: { children?: ReactNode }) {
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      shadows={false}
      camera={{ position: [4.6, 1.7, 5.2], fov: 32, near: 0.1, far: 100 }}
      gl={{ antialias: true, toneMapping: NeutralToneMapping, outputColorSpace: SRGBColorSpace, preserveDrawingBuffer: true }}
      aria-label="3D preview"
    >
      <color attach="background" args={['#e9ebee']} />
      <StudioEnvironment />
      <Suspense fallback={null}>
        {children}
        <ContactShadows position={[0, 0.001, 0]} scale={9} blur={2.4} opacity={0.55} far={2} resolution={512} frames={1} />
        <SceneReady />
      </Suspense>
      <mesh rotation-x={-Math.PI / 2} position-y={-0.001} receiveShadow>
        <circleGeometry args={[14, 64]} />
        <meshStandardMaterial color="#dfe2e6" roughness={0.9} />
      </mesh>
      <OrbitControls makeDefault enablePan={false} target={[0, 0.65, 0]} {...ORBIT_LIMITS} />
    </Canvas>
  );
}
