import type { ModelManifest } from '@domain/model/manifest';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { useArtworkScene } from './artwork-scene-store';
import { setMaxTextureSize, TEXTURE_CAP } from './images';
import { type ZoneLayout, zoneLayouts } from './placement';

const NONE: Readonly<Record<string, ZoneLayout>> = {};

/**
 * Tells the artwork code what the stage holds: the GPU's largest texture (capped at 8192) and the car's
 * zone layouts at real size; returns the layouts.
 */
export function useArtworkStage(manifest: ModelManifest | undefined): Readonly<Record<string, ZoneLayout>> {
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    const size = Math.min(TEXTURE_CAP, gl.capabilities.maxTextureSize);
    setMaxTextureSize(size);
    useArtworkScene.getState().setMaxTextureSize(size);
  }, [gl]);
  const layouts = useMemo(() => (manifest ? zoneLayouts(manifest) : NONE), [manifest]);
  useEffect(() => useArtworkScene.getState().setLayouts(layouts), [layouts]);
  return layouts;
}
