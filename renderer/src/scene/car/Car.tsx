import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Vector3 } from 'three';
import { useSceneStore } from '../../store/scene-slice';
import { ArtworkTextures } from '../artwork/artwork-textures';
import { CarTaps } from '../artwork/CarTaps';
import { useArtworkStage } from '../artwork/useArtworkStage';
import { CameraRig } from '../camera/CameraRig';
import { framingBox } from '../camera/framing';
import { LIGHTING_LOOKS } from '../lighting/env-scenes';
import { createFilmTextures, disposeFilmTextures } from '../materials/textures';
import { SceneReady } from '../SceneReady';
import { CarModel } from './CarModel';
import { Decals } from './Decals';
import { GroundShadow } from './GroundShadow';
import { useArtwork } from './useArtwork';
import { useCar } from './useCar';

/**
 * The car on stage: loads it (default car, then imports), shows it with the store's look,
 * frames it with the camera rig and a soft ground shadow, and signals "scene ready" after its first frame.
 */
export function Car() {
  const invalidate = useThree((s) => s.invalidate);
  const textures = useMemo(createFilmTextures, []);
  useEffect(() => () => disposeFilmTextures(textures), [textures]);
  const car = useCar(textures);
  const rig = car?.rig ?? null;
  const artworkTextures = useMemo(() => new ArtworkTextures(), []);
  useEffect(() => () => artworkTextures.dispose(), [artworkTextures]);
  const layouts = useArtworkStage(car?.manifest);
  const artwork = useArtwork(artworkTextures, layouts, invalidate);
  const modelState = useSceneStore((s) => s.model.state);
  const lighting = useSceneStore((s) => s.lighting);
  const wheels = useMemo(() => (rig ? rig.wheels.map((w) => w.getWorldPosition(new Vector3())) : []), [rig]);
  const framing = useMemo(() => (rig ? () => framingBox(rig) : undefined), [rig]);

  if (!rig) return modelState === 'error' ? <SceneReady /> : null;
  return (
    <>
      <CarModel rig={rig} textures={textures} artwork={artwork} />
      <Decals rig={rig} textures={artworkTextures} />
      <CarTaps rig={rig} />
      <CameraRig bounds={rig.bounds} wheels={wheels} framing={framing} />
      <GroundShadow rig={rig} opacity={LIGHTING_LOOKS[lighting].shadowOpacity} />
      <SceneReady />
    </>
  );
}
