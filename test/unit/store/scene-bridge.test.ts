import { join, resolve } from 'node:path';
import { connectScene } from '@renderer/store/scene-bridge';
import { useSceneStore } from '@renderer/store/scene-slice';
import { createConfiguratorStore } from '@renderer/store/store';
import { loadCatalog, loadZoneTable } from '@services/catalog/load';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = join(resolve(import.meta.dirname, '..', '..', '..'), 'assets', 'catalog');

describe('connectScene', () => {
  let store: ReturnType<typeof createConfiguratorStore>;
  beforeAll(async () => {
    const loaded = await loadCatalog(dir);
    const table = await loadZoneTable(dir);
    if (!loaded.ok || !table.ok) throw new Error('default catalog must load');
    const { index: _index, ...data } = loaded.catalog;
    store = createConfiguratorStore();
    store.getState().setSession({
      catalog: data,
      zones: [...table.zones.zones.values()].map((z) => ({ ...z, body: z.body ?? true })),
      catalogState: 'ready',
    });
    store
      .getState()
      .startConfiguration({ schemaVersion: 1, vehicle: 'compact-ev', trim: 'standard', battery: 'buy' });
  });

  it('pushes every configuration change into the scene look, and taps on the car pick zones on the wrap step', () => {
    const off = connectScene(store);
    store.getState().commit({ ...store.getState().configuration!, wrap: { film: 'gloss-red' } });
    expect(useSceneStore.getState().look.zones.roof?.color).toBe('#c0161c');
    useSceneStore.getState().selectZone('hood');
    expect(store.getState().selectedZones).toEqual([]);
    store.getState().setStep('wrap');
    useSceneStore.getState().selectZone('roof');
    expect(store.getState().wrapMode).toBe('zones');
    expect(store.getState().selectedZones).toEqual(['roof']);
    off();
    store.getState().commit({ ...store.getState().configuration!, wrap: { film: 'gloss-blue' } });
    expect(useSceneStore.getState().look.zones.roof?.color).toBe('#c0161c');
  });
});
