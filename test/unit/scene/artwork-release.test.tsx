import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { ArtworkTextures } from '@renderer/scene/artwork/artwork-textures';
import type { ArtworkImage } from '@renderer/scene/artwork/images';
import { DEFAULT_PLACEMENT } from '@renderer/scene/artwork/placement';
import { useArtwork } from '@renderer/scene/car/useArtwork';
import { FACTORY_LOOK } from '@renderer/scene/scene-config';
import { useSceneStore } from '@renderer/store/scene-slice';
import { useEffect } from 'react';
import { Texture } from 'three';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * A texture manager whose images arrive when the test says so, and which records every texture released while
 * the car still shows it (released textures shown again are uploaded again and never freed: the soak's leak).
 */
function slowManager(shown: () => ReadonlySet<Texture>) {
  const pending: (() => void)[] = [];
  const releasedWhileShown: string[] = [];
  const image = { width: 4, height: 4, usedWidth: 4, usedHeight: 4 } as ArtworkImage;
  const manager = {
    acquire: (url: string) =>
      new Promise<{ texture: Texture; image: ArtworkImage }>((resolve) => {
        pending.push(() => {
          const texture = new Texture();
          texture.name = url;
          resolve({ texture, image });
        });
      }),
    release: (texture: Texture) => {
      if (shown().has(texture)) releasedWhileShown.push(texture.name);
    },
  } as unknown as ArtworkTextures;
  return { manager, pending, releasedWhileShown };
}

const LAYOUTS = {};
const noop = () => {};
const art = (url: string) => ({ url, placement: DEFAULT_PLACEMENT });

/** Like CarModel: puts the map it is given on the materials in an effect (here: tells `show`). */
function Car({ artwork, show }: { artwork: ReadonlyMap<string, Texture>; show: (t: Set<Texture>) => void }) {
  useEffect(() => show(new Set(artwork.values())), [artwork, show]);
  return null;
}

/** Like the stage's Car: the artwork hook feeding the car model. */
function Stage({ manager, show }: { manager: ArtworkTextures; show: (t: Set<Texture>) => void }) {
  return <Car artwork={useArtwork(manager, LAYOUTS, noop)} show={show} />;
}

afterEach(() => useSceneStore.setState({ look: FACTORY_LOOK }));

describe('artwork textures on the car', () => {
  it('are released only once the car no longer shows them, even when an image arrives as its zone is cleared', async () => {
    let onCar: ReadonlySet<Texture> = new Set();
    const { manager, pending, releasedWhileShown } = slowManager(() => onCar);
    const show = (t: Set<Texture>) => {
      onCar = t;
    };
    const renderer = await ReactThreeTestRenderer.create(<Stage manager={manager} show={show} />);
    const { act } = ReactThreeTestRenderer;
    await act(async () => {
      useSceneStore.setState({ look: { ...FACTORY_LOOK, artwork: { hood: art('a.png') } } });
    });
    await act(async () => pending.shift()!());
    expect([...onCar].map((t) => t.name)).toEqual(['a.png']);
    // A new image for the roof is decoded, and in the same tick the hood's artwork is taken off: one render.
    await act(async () => {
      useSceneStore.setState({
        look: { ...FACTORY_LOOK, artwork: { hood: art('a.png'), roof: art('b.png') } },
      });
    });
    await act(async () => {
      pending.shift()!();
      await Promise.resolve();
      useSceneStore.setState({ look: { ...FACTORY_LOOK, artwork: { roof: art('b.png') } } });
    });
    expect([...onCar].map((t) => t.name)).toEqual(['b.png']);
    expect(releasedWhileShown).toEqual([]);
    await renderer.unmount();
  });
});
