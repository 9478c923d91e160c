import { useEffect, useRef, useState } from 'react';
import type { Texture } from 'three';
import { useSceneStore } from '../../store/scene-slice';
import { useArtworkScene } from '../artwork/artwork-scene-store';
import { type ArtworkTextures, PAD_TEXELS, type TextureVariant } from '../artwork/artwork-textures';
import type { ArtworkImage } from '../artwork/images';
import { placementMatrix, UNIT_LAYOUT, type ZoneLayout } from '../artwork/placement';
import type { ZoneArtwork } from '../scene-config';

interface Shown {
  url: string;
  variant: TextureVariant;
  texture: Texture;
  image: ArtworkImage;
}

const EMPTY: ReadonlyMap<string, Texture> = new Map();

const variantOf = (art: ZoneArtwork): TextureVariant => (art.placement.fit === 'tile' ? 'tile' : 'pad');

function place(shown: Shown, art: ZoneArtwork, layout: ZoneLayout): void {
  const { image } = shown;
  const pad =
    shown.variant === 'pad' ? { border: PAD_TEXELS, width: image.usedWidth, height: image.usedHeight } : null;
  const m = placementMatrix(art.placement, layout, image.width / image.height, pad);
  shown.texture.matrix.set(m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!, m[6]!, m[7]!, m[8]!);
}

/**
 * Each zone's printed artwork as a texture placed on the zone's UV layout at real size (fit, fill or tile;
 * offset, scale, rotation). Placement changes only move the texture (no upload, no new program); a new
 * image is decoded first and swapped in when ready, so a file that fails to decode leaves the previous
 * artwork on the car (the error goes to the artwork scene store). Replaced textures are released.
 */
export function useArtwork(
  manager: ArtworkTextures,
  layouts: Readonly<Record<string, ZoneLayout>>,
  invalidate: () => void,
): ReadonlyMap<string, Texture> {
  const artwork = useSceneStore((s) => s.look.artwork);
  const shown = useRef(new Map<string, Shown>());
  const wanted = useRef(new Map<string, string>());
  /** Textures replaced or dropped, released once the car's materials no longer show them. */
  const retired = useRef<Texture[]>([]);
  const [textures, setTextures] = useState<ReadonlyMap<string, Texture>>(EMPTY);

  useEffect(() => {
    const current = shown.current;
    const publish = () => {
      setTextures(new Map([...current].map(([zone, s]) => [zone, s.texture])));
      invalidate();
    };
    let changed = false;
    const zones = artwork ?? {};
    for (const [zone, s] of current) {
      if (zones[zone]) continue;
      retired.current.push(s.texture);
      current.delete(zone);
      wanted.current.delete(zone);
      changed = true;
    }
    for (const [zone, art] of Object.entries(zones)) {
      const layout = layouts[zone] ?? UNIT_LAYOUT;
      const variant = variantOf(art);
      const have = current.get(zone);
      const key = `${variant}|${art.url}`;
      if (have && have.url === art.url && have.variant === variant) {
        wanted.current.set(zone, key);
        place(have, art, layout);
        continue;
      }
      if (wanted.current.get(zone) === key) continue;
      wanted.current.set(zone, key);
      manager.acquire(art.url, variant, art.ref).then(
        ({ texture, image }) => {
          if (wanted.current.get(zone) !== key) return manager.release(texture);
          const next: Shown = { url: art.url, variant, texture, image };
          const latest = useSceneStore.getState().look.artwork?.[zone] ?? art;
          place(next, latest, layouts[zone] ?? UNIT_LAYOUT);
          const old = current.get(zone);
          current.set(zone, next);
          useArtworkScene.getState().setError(art.url, null);
          if (old) retired.current.push(old.texture);
          publish();
        },
        (e: unknown) => {
          if (wanted.current.get(zone) === key) wanted.current.delete(zone);
          useArtworkScene.getState().setError(art.url, e instanceof Error ? e.message : String(e));
        },
      );
    }
    if (changed) publish();
    else invalidate();
  }, [artwork, layouts, manager, invalidate]);

  // Runs after the car model (a child) has put `textures` on its materials. A texture retired in this same
  // commit (its zone cleared as its image arrived) may still be in `textures`: it waits for the next map, or
  // a frame would upload it again after release and that GPU copy would never be freed (the soak's leak).
  useEffect(() => {
    const onCar = new Set(textures.values());
    const stillShown = retired.current.filter((t) => onCar.has(t));
    for (const t of retired.current) if (!onCar.has(t)) manager.release(t);
    retired.current = stillShown;
  }, [textures, manager]);

  useEffect(
    () => () => {
      for (const t of retired.current.splice(0)) manager.release(t);
      for (const s of shown.current.values()) manager.release(s.texture);
      shown.current.clear();
      wanted.current.clear();
    },
    [manager],
  );
  return textures;
}
