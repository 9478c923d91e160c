import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { BUILT_IN_VEHICLE_ID, isVehicleId } from '@domain/vehicle/vehicle';
import { MODEL_FILE, SERVED_FILES, THUMBNAIL_FILE, VEHICLES_FOLDER } from './layout';
import type { VehicleLibrary } from './library';

/** A library file ready to stream to the page. */
export interface VehicleBytes {
  contentType: string;
  size: number;
  open(): Readable;
}

const CONTENT_TYPES: Record<string, string> = {
  [MODEL_FILE]: 'model/gltf-binary',
  [THUMBNAIL_FILE]: 'image/png',
};

/** Whether a URL path is in the library's URL space (`/vehicles/...`), so no other server route answers it. */
export const isVehiclePath = (urlPath: string): boolean => urlPath.startsWith(`/${VEHICLES_FOLDER}/`);

/**
 * The file behind `/vehicles/<id>/model.glb` or `/vehicles/<id>/thumbnail.png`, or null. Path-safe by construction:
 * the id must be a SHA-256 or `compact-ev` and the file one of the two names, so no other path can be reached.
 * The launch EV's model comes from the app's models folder; every thumbnail from the data folder.
 */
export async function vehicleBytes(library: VehicleLibrary, urlPath: string): Promise<VehicleBytes | null> {
  const parts = urlPath.split('?')[0]!.split('/');
  if (parts.length !== 4 || parts[0] !== '' || parts[1] !== VEHICLES_FOLDER) return null;
  const [, , id, file] = parts as [string, string, string, string];
  if (!isVehicleId(id) || !SERVED_FILES.has(file)) return null;
  const path =
    id === BUILT_IN_VEHICLE_ID && file === MODEL_FILE
      ? library.builtIn.glbPath
      : file === MODEL_FILE
        ? library.store.paths.model(id)
        : library.store.paths.thumbnail(id);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return null;
  return {
    contentType: CONTENT_TYPES[file]!,
    size: info.size,
    open: () => createReadStream(path),
  };
}
