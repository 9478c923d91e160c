import { ModelManifest } from '@domain/model/manifest';
import { Box3, Group, type Object3D, Vector3 } from 'three';
import { conventionManifest, followsConvention } from './convention';
import { gltfLoader } from './decoders';
import { guessOf, type ModelGuess } from './errors';
import { guessManifest } from './guess';
import { checkGltfBytes, ModelFileError } from './validate';

/** A car ready for the stage: its scene, the manifest that maps it, and what was guessed. */
export interface LoadedCar {
  root: Group;
  manifest: ModelManifest;
  guesses: ModelGuess[];
  name: string;
}

/** Typical length of a passenger car, metres: imported models of absurd size are scaled to it. */
const TYPICAL_LENGTH_M = 4.5;

/** Puts an imported car in the stage's frame: metres, nose to +Z, wheels on the floor, centred. */
export function normalizeCar(model: Object3D, guesses: ModelGuess[]): Group {
  const root = new Group();
  root.name = 'car';
  root.add(model);
  let box = new Box3().setFromObject(model);
  let size = box.getSize(new Vector3());
  if (size.x > size.z * 1.15) {
    model.rotation.y = -Math.PI / 2;
    guesses.push(guessOf('guessOrientation'));
  }
  model.updateMatrixWorld(true);
  box = new Box3().setFromObject(model);
  size = box.getSize(new Vector3());
  const length = Math.max(size.x, size.z);
  if (length > 0 && (length < 2 || length > 8)) {
    const k = TYPICAL_LENGTH_M / length;
    model.scale.multiplyScalar(k);
    guesses.push(guessOf('guessScale', { length: length.toFixed(2), target: TYPICAL_LENGTH_M }));
    model.updateMatrixWorld(true);
    box = new Box3().setFromObject(model);
  }
  const centre = box.getCenter(new Vector3());
  model.position.x -= centre.x;
  model.position.z -= centre.z;
  model.position.y -= box.min.y;
  root.updateMatrixWorld(true);
  return root;
}

/**
 * Loads a car from a file's bytes: checks them, parses with GLTFLoader, and maps parts with the
 * manifest given (the default car) or a guessed one (anything else). Throws ModelFileError with a clear message.
 */
export async function loadCar(bytes: ArrayBuffer, name: string, manifest?: unknown): Promise<LoadedCar> {
  checkGltfBytes(bytes);
  let gltf: Awaited<ReturnType<ReturnType<typeof gltfLoader>['parseAsync']>>;
  try {
    gltf = await gltfLoader().parseAsync(bytes, '');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ModelFileError('unreadable', { detail });
  }
  const guesses: ModelGuess[] = [];
  if (manifest !== undefined) {
    const parsed = ModelManifest.safeParse(manifest);
    if (!parsed.success)
      throw new ModelFileError('manifestInvalid', { detail: parsed.error.issues[0]?.message });
    const root = new Group();
    root.name = 'car';
    root.add(gltf.scene);
    root.updateMatrixWorld(true);
    return { root, manifest: parsed.data, guesses, name };
  }
  const root = normalizeCar(gltf.scene, guesses);
  if (followsConvention(root)) {
    guesses.unshift(guessOf('guessConvention'));
    return { root, manifest: conventionManifest(root, name), guesses, name };
  }
  const guessed = guessManifest(root, name);
  return { root, manifest: guessed.manifest, guesses: [...guessed.guesses, ...guesses], name };
}
