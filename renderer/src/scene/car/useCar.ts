import { ModelManifest } from '@domain/model/manifest';
import { useEffect, useState } from 'react';
import { useSceneStore } from '../../store/scene-slice';
import { ModelFileError, refusalOf } from '../import/errors';
import { loadCar } from '../import/load';
import { disposeFilmMaterial } from '../materials/film-material';
import type { FilmTextures } from '../materials/textures';
import { disposeObject } from './dispose';
import { defaultCarSource, fetchWithProgress } from './model-source';
import { buildRig, type CarRig } from './rig';

/** A car on stage: its rig plus where it came from. */
export interface StagedCar {
  rig: CarRig;
  name: string;
  /** The model's manifest (zones' UV sizes for artwork at real size). */
  manifest: ModelManifest;
}

function release(car: StagedCar): void {
  disposeObject(car.rig.root);
  for (const m of car.rig.owned) disposeFilmMaterial(m);
}

/**
 * Loads the default car, then any model the user imports; a failed import leaves the current car on stage.
 * Reports progress, errors and the importer's guesses in the scene store.
 */
export function useCar(textures: FilmTextures): StagedCar | null {
  const [car, setCar] = useState<StagedCar | null>(null);
  const pending = useSceneStore((s) => s.pendingImport);
  const setModel = useSceneStore((s) => s.setModel);

  useEffect(() => {
    const source = defaultCarSource();
    if (!source) {
      setModel({ state: 'error', error: refusalOf(new ModelFileError('defaultMissing')), progress: 0 });
      return;
    }
    let live = true;
    setModel({ state: 'loading', progress: 0, name: source.name, error: null });
    void (async () => {
      try {
        const bytes = await fetchWithProgress(source.url, (progress) => live && setModel({ progress }));
        const manifest = ModelManifest.safeParse(source.manifest).success ? source.manifest : undefined;
        const loaded = await loadCar(bytes, source.name, manifest);
        if (!live) return disposeObject(loaded.root);
        setCar({
          rig: buildRig(loaded.root, loaded.manifest, textures),
          name: loaded.name,
          manifest: loaded.manifest,
        });
        setModel({ state: 'ready', progress: 1, guesses: [], onStage: loaded.name });
      } catch (e) {
        if (live) setModel({ state: 'error', error: refusalOf(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [textures, setModel]);

  useEffect(() => {
    if (!pending) return;
    let live = true;
    setModel({ state: 'loading', progress: 0.5, name: pending.name, error: null });
    void (async () => {
      try {
        const loaded = await loadCar(pending.bytes, pending.name);
        if (!live) return disposeObject(loaded.root);
        setCar({
          rig: buildRig(loaded.root, loaded.manifest, textures),
          name: loaded.name,
          manifest: loaded.manifest,
        });
        setModel({ state: 'ready', progress: 1, guesses: loaded.guesses, onStage: loaded.name });
      } catch (e) {
        if (live) setModel({ state: 'error', error: refusalOf(e), progress: 0 });
      }
    })();
    return () => {
      live = false;
    };
  }, [pending, textures, setModel]);

  useEffect(() => (car ? () => release(car) : undefined), [car]);
  return car;
}
