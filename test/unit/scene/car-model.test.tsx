import type { FilmMaterial } from '@domain/catalog/film-material';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { CarModel } from '@renderer/scene/car/CarModel';
import { buildRig } from '@renderer/scene/car/rig';
import { glassOpacity } from '@renderer/scene/materials/glass';
import { createFilmTextures } from '@renderer/scene/materials/textures';
import { FACTORY_LOOK, withFilm } from '@renderer/scene/scene-config';
import { useSceneStore } from '@renderer/store/scene-slice';
import type { Mesh, MeshPhysicalMaterial } from 'three';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticCar, syntheticManifest } from './synthetic-car';

const RED: FilmMaterial = {
  color: '#c0161c',
  metalness: 0,
  roughness: 0.12,
  clearcoat: 1,
  clearcoatRoughness: 0.03,
};
const CARBON: FilmMaterial = {
  color: '#1a1b1d',
  metalness: 0.2,
  roughness: 0.35,
  clearcoat: 1,
  clearcoatRoughness: 0.05,
  pattern: { kind: 'carbon-weave', scaleMm: 8 },
};

async function stage() {
  const textures = createFilmTextures();
  const rig = buildRig(syntheticCar(), syntheticManifest(), textures);
  const renderer = await ReactThreeTestRenderer.create(<CarModel rig={rig} textures={textures} />);
  const byName = (name: string) =>
    renderer.scene.findAll((n) => n.instance.userData?.name === name).map((n) => n.instance);
  return { renderer, rig, textures, byName };
}

const zoneMaterial = (o: unknown) => (o as Mesh).material as MeshPhysicalMaterial;

afterEach(() => useSceneStore.setState({ look: FACTORY_LOOK, selectedZone: null }));

describe('the car scene graph follows the look in the store', () => {
  it('puts the chosen film on each zone and keeps factory paint elsewhere', async () => {
    const { renderer, byName, textures } = await stage();
    await ReactThreeTestRenderer.act(async () => {
      useSceneStore.getState().setLook(withFilm(withFilm(FACTORY_LOOK, ['hood'], RED), ['roof'], CARBON));
    });
    const hood = zoneMaterial(byName('zone:hood')[0]);
    const roof = zoneMaterial(byName('zone:roof')[0]);
    const door = zoneMaterial(byName('zone:door-front-left')[0]);
    expect(`#${hood.color.getHexString()}`).toBe('#c0161c');
    expect(hood.roughness).toBeCloseTo(0.12);
    expect(roof.map?.source).toBe(textures.carbonColor.source);
    // A solid gloss film draws with the plain variant: no colour map bound.
    expect(hood.map).toBeNull();
    expect(roof.normalScale.x).toBeGreaterThan(0.3);
    expect(`#${door.color.getHexString()}`).toBe('#8a8f96');
    expect(door.metalness).toBeCloseTo(0.4);
    await renderer.unmount();
  });

  it('shows only the chosen accessories, rim design and tyre size', async () => {
    const { renderer, byName } = await stage();
    expect(byName('accessory:roof-box')[0]!.visible).toBe(false);
    await ReactThreeTestRenderer.act(async () => {
      useSceneStore
        .getState()
        .setLook({ ...FACTORY_LOOK, accessories: ['roof-box'], rim: { design: 'turbine', sizeInch: 17 } });
    });
    expect(byName('accessory:roof-box')[0]!.visible).toBe(true);
    expect(byName('accessory:crossbars')[0]!.visible).toBe(false);
    expect(byName('rim:turbine').every((o) => o.visible)).toBe(true);
    expect(byName('rim:aero').some((o) => o.visible)).toBe(false);
    expect(byName('tyre:17').every((o) => o.visible)).toBe(true);
    expect(byName('tyre:19').some((o) => o.visible)).toBe(false);
    const rim = byName('rim:turbine')[0]!;
    expect(rim.scale.y).toBeLessThan(1);
    expect(rim.scale.x).toBe(1);
    await ReactThreeTestRenderer.act(async () => {
      useSceneStore
        .getState()
        .updateLook((l) => ({ ...l, accessories: [], rim: { design: 'aero', sizeInch: 19 } }));
    });
    expect(byName('accessory:roof-box')[0]!.visible).toBe(false);
    expect(byName('rim:aero')[0]!.scale.y).toBe(1);
    await renderer.unmount();
  });

  it('tints each window set by its VLT, paints calipers and blacks out chrome', async () => {
    const { renderer, byName } = await stage();
    await ReactThreeTestRenderer.act(async () => {
      useSceneStore
        .getState()
        .setLook({ ...FACTORY_LOOK, tintVlt: { rear: 20 }, caliperColor: '#ffcc00', chromeDelete: true });
    });
    const rear = zoneMaterial(byName('glass:rear')[0]);
    const front = zoneMaterial(byName('glass:windscreen')[0]);
    expect(rear.opacity).toBeCloseTo(glassOpacity(20));
    expect(front.opacity).toBeCloseTo(glassOpacity(null));
    expect(rear.opacity).toBeGreaterThan(front.opacity);
    expect(`#${zoneMaterial(byName('caliper')[0]).color.getHexString()}`).toBe('#ffcc00');
    const trim = zoneMaterial(byName('trim:bright-window')[0]);
    expect(trim.metalness).toBeLessThan(0.5);
    await ReactThreeTestRenderer.act(async () => {
      useSceneStore.getState().updateLook((l) => ({ ...l, chromeDelete: false }));
    });
    expect(trim.metalness).toBe(1);
    await renderer.unmount();
  });

  it('selects the zone a tap lands on, but not at the end of a drag', async () => {
    const { renderer, byName } = await stage();
    const root = renderer.scene.children[0]!;
    await renderer.fireEvent(root, 'click', { object: byName('zone:roof')[0], delta: 12 });
    expect(useSceneStore.getState().selectedZone).toBeNull();
    await renderer.fireEvent(root, 'click', { object: byName('zone:roof')[0], delta: 1 });
    expect(useSceneStore.getState().selectedZone).toBe('roof');
    await renderer.unmount();
  });

  it('highlights the selected zone with an emissive glow only', async () => {
    const { renderer, byName } = await stage();
    await ReactThreeTestRenderer.act(async () => useSceneStore.getState().selectZone('hood'));
    expect(zoneMaterial(byName('zone:hood')[0]).emissive.b).toBeGreaterThan(0);
    expect(zoneMaterial(byName('zone:roof')[0]).emissive.b).toBe(0);
    await renderer.unmount();
  });
});
