import { Canvas } from '@react-three/fiber';
import { SRGBColorSpace } from 'three';
import { useSceneStore } from '../store/scene-slice';
import { CAMERA_FOV } from './camera/presets';
import { Car } from './car/Car';
import { ContextLossGuard, ContextLossNotice, useContextLoss } from './context-loss';
import { enableTextureDecoder } from './import/decoders';
import { Floor } from './lighting/Floor';
import { Lighting } from './lighting/Lighting';
import { FILM_TONE_MAPPING } from './lighting/tone-mapping';
import { SceneHooks } from './SceneHooks';
import { SceneHud } from './SceneHud';
import { StageErrorBoundary } from './StageErrorBoundary';

const deselect = () => useSceneStore.getState().selectZone(null);

/** The 3D stage: the car under the chosen lighting, on a floor with a soft shadow; renders only on demand. */
export function Stage() {
  const generation = useContextLoss((s) => s.generation);
  const canvasKey = useContextLoss((s) => s.canvasKey);
  return (
    <div className="scene-stage" style={{ position: 'absolute', inset: 0 }}>
      <StageErrorBoundary>
        <Canvas
          key={canvasKey}
          frameloop="demand"
          dpr={[1, 2]}
          shadows={false}
          camera={{ position: [4.6, 1.7, 5.2], fov: CAMERA_FOV, near: 0.1, far: 200 }}
          gl={{
            // Opaque canvas (the scene always paints its own background): the compositor copies it instead
            // of blending it over the page every frame.
            alpha: false,
            antialias: true,
            toneMapping: FILM_TONE_MAPPING,
            outputColorSpace: SRGBColorSpace,
            preserveDrawingBuffer: true,
          }}
          onPointerMissed={deselect}
          onCreated={({ gl }) => enableTextureDecoder(gl)}
          aria-label="3D preview"
        >
          <ContextLossGuard />
          <Lighting key={generation} />
          <Floor />
          <Car />
          <SceneHooks />
        </Canvas>
      </StageErrorBoundary>
      <ContextLossNotice />
      <SceneHud />
    </div>
  );
}
