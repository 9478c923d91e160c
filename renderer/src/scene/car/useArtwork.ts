import { useEffect, useState } from 'react';
import { ClampToEdgeWrapping, SRGBColorSpace, type Texture, TextureLoader } from 'three';
import { useSceneStore } from '../../store/scene-slice';

const EMPTY: ReadonlyMap<string, Texture> = new Map();

/** Loads each zone's printed artwork as a texture placed on the zone's UV layout; disposes replaced ones. */
export function useArtwork(invalidate: () => void): ReadonlyMap<string, Texture> {
  const artwork = useSceneStore((s) => s.look.artwork);
  const [textures, setTextures] = useState<ReadonlyMap<string, Texture>>(EMPTY);
  useEffect(() => {
    if (!artwork || Object.keys(artwork).length === 0) {
      setTextures(EMPTY);
      return;
    }
    let live = true;
    const loader = new TextureLoader();
    const made: Texture[] = [];
    void Promise.all(
      Object.entries(artwork).map(async ([zone, art]) => {
        const t = await loader.loadAsync(art.url);
        made.push(t);
        t.colorSpace = SRGBColorSpace;
        t.wrapS = ClampToEdgeWrapping;
        t.wrapT = ClampToEdgeWrapping;
        const [sx, sy] = art.placement.scale;
        t.repeat.set(1 / sx, 1 / sy);
        t.offset.set(-art.placement.offset[0] / sx, -art.placement.offset[1] / sy);
        t.rotation = art.placement.rotationRad;
        t.flipY = false;
        return [zone, t] as const;
      }),
    ).then(
      (entries) => {
        if (live) setTextures(new Map(entries));
        invalidate();
      },
      () => live && setTextures(EMPTY),
    );
    return () => {
      live = false;
      for (const t of made) t.dispose();
    };
  }, [artwork, invalidate]);
  return textures;
}
