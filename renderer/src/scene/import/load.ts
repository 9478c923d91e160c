import { ModelManifest } from '@domain/model/manifest';
import { Group } from 'three';
import { gltfLoader } from './decoders';
import { checkGltfBytes, ModelFileError } from './validate';

/** A car ready for the stage: its scene and the manifest that maps it. */
export interface LoadedCar {
  root: Group;
  manifest: ModelManifest;
  name: string;
}

/**
 * Loads a car the page puts on stage (the bundled launch EV, or a library vehicle main imported and normalised)
 * from its bytes: checks them, parses with GLTFLoader and maps the parts with its manifest. Throws
 * ModelFileError with a clear message. A shop's own file is never loaded here: it goes through the library
 * import (`vehicle:import`) first.
 */
export async function loadCar(bytes: ArrayBuffer, name: string, manifest: unknown): Promise<LoadedCar> {
  checkGltfBytes(bytes);
  let gltf: Awaited<ReturnType<ReturnType<typeof gltfLoader>['parseAsync']>>;
  try {
    gltf = await gltfLoader().parseAsync(bytes, '');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ModelFileError('unreadable', { detail });
  }
  const parsed = ModelManifest.safeParse(manifest);
  if (!parsed.success)
    throw new ModelFileError('manifestInvalid', { detail: parsed.error.issues[0]?.message });
  const root = new Group();
  root.name = 'car';
  root.add(gltf.scene);
  root.updateMatrixWorld(true);
  return { root, manifest: parsed.data, name };
}
