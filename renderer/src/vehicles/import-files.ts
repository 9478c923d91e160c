import { blobToBase64 } from '../designer/files';

/** File types an import takes: the model and the side files a .gltf names (buffers, textures). */
const MODEL_PARTS = /\.(glb|gltf|bin|png|jpe?g|webp|ktx2)$/i;

/** The file chooser's filter for an import (the Vehicles tab and the stage's shortcut). */
export const IMPORT_ACCEPT = '.glb,.gltf,.bin,.png,.jpg,.jpeg,.webp,.ktx2';

/** A picked file as `vehicle:import` carries it. */
export interface ImportFile {
  name: string;
  dataBase64: string;
}

/**
 * The picked files as the import wants them: names relative to the picked folder (a folder pick gives
 * `folder/textures/a.png`: the first folder is dropped), other files of the folder left out.
 */
export async function readPicked(list: FileList | readonly File[]): Promise<ImportFile[]> {
  const files = [...list].filter((f) => MODEL_PARTS.test(f.name));
  return Promise.all(
    files.map(async (f) => {
      const relative = f.webkitRelativePath || f.name;
      const name = relative.includes('/') ? relative.slice(relative.indexOf('/') + 1) : relative;
      return { name, dataBase64: await blobToBase64(f) };
    }),
  );
}

/** The names shown while importing: the model file first. */
export function importLabel(files: readonly ImportFile[]): string {
  const model = files.find((f) => /\.(glb|gltf)$/i.test(f.name));
  const rest = files.length - (model ? 1 : 0);
  return model ? (rest > 0 ? `${model.name} (+${rest})` : model.name) : files.map((f) => f.name).join(', ');
}

/** A fresh id naming one import (progress events, cancel). */
export const newImportId = (): string => crypto.randomUUID().replaceAll('-', '');
