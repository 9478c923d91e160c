import type { ModelManifest } from '@domain/model/manifest';
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
  /** The library vehicle drawn (`compact-ev` for the bundled launch EV). */
  vehicleId: string;
}

/** Library id of the bundled launch EV. */
const BUILT_IN_ID = 'compact-ev';

function release(car: StagedCar): void {
  disposeObject(car.rig.root);
  for (const m of car.rig.owned) disposeFilmMaterial(m);
}

/**
 * Loads the library vehicle on stage (the bundled launch EV by default) with its manifest; a failed load leaves
 * the current car on stage. A shop's own file reaches the stage only through the library import (main
 * normalises it and finds its parts), never straight from a file. Reports progress and errors in the scene store.
 */
export function useCar(textures: FilmTextures): StagedCar | null {
  const [car, setCar] = useState<StagedCar | null>(null);
  const vehicle = useSceneStore((s) => s.vehicleSource);
  const setModel = useSceneStore((s) => s.setModel);

  useEffect(() => {
    const source = vehicle
      ? { url: vehicle.url, manifest: vehicle.manifest, name: vehicle.name, id: vehicle.id }
      : defaultCarSource();
    if (!source) {
      setModel({ state: 'error', error: refusalOf(new ModelFileError('defaultMissing')), progress: 0 });
      return;
    }
    let live = true;
    setModel({ state: 'loading', progress: 0, name: source.name, error: null });
    void (async () => {
      try {
        const bytes = await fetchWithProgress(source.url, (progress) => live && setModel({ progress }));
        const loaded = await loadCar(bytes, source.name, source.manifest);
        if (!live) return disposeObject(loaded.root);
        setCar({
          rig: buildRig(loaded.root, loaded.manifest, textures),
          name: loaded.name,
          manifest: loaded.manifest,
          vehicleId: vehicle?.id ?? BUILT_IN_ID,
        });
        setModel({ state: 'ready', progress: 1, onStage: loaded.name });
      } catch (e) {
        if (live) setModel({ state: 'error', error: refusalOf(e), progress: 0 });
      }
    })();
    return () => {
      live = false;
    };
  }, [vehicle, textures, setModel]);

  useEffect(() => (car ? () => release(car) : undefined), [car]);
  return car;
}
