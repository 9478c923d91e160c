import { RefusedError } from '@contract/result';
import { vehicleModelUrl, vehicleThumbnailUrl } from '@contract/vehicle-contract';
import type { Handlers } from '../../app/dispatch';
import type { Services } from '../../app/services';
import { VehicleRefusal } from './importer';
import { LibraryRefusal } from './library';
import { libraryMessage, messageText } from './problems';

type VehicleChannel =
  | 'vehicle:list'
  | 'vehicle:get'
  | 'vehicle:import'
  | 'vehicle:import-cancel'
  | 'vehicle:update'
  | 'vehicle:remove'
  | 'vehicle:thumbnail';

/** Handlers of the vehicle library: list, open, import (with progress and cancel), edit, remove, thumbnail. */
export function vehicleHandlers(services: Services): Pick<Handlers, VehicleChannel> {
  const library = services.vehicles;
  /** Running imports by the id the page gave them. */
  const running = new Map<string, AbortController>();
  return {
    'vehicle:list': async () => ({ vehicles: await library.list() }),
    'vehicle:get': ({ id }) =>
      refusing(async () => {
        const opened = await library.get(id);
        return {
          summary: opened.summary,
          manifest: opened.manifest,
          report: opened.report,
          corrections: opened.corrections,
          modelUrl: vehicleModelUrl(id),
          ...(opened.thumbnail ? { thumbnailUrl: vehicleThumbnailUrl(id) } : {}),
        };
      }),
    'vehicle:import': ({ importId, files, lengthMm, ...facts }) =>
      refusing(async () => {
        if (running.has(importId)) throw new VehicleRefusal(libraryMessage('importBusy'));
        const controller = new AbortController();
        running.set(importId, controller);
        try {
          const decoded = files.map((f) => ({ name: f.name, bytes: Buffer.from(f.dataBase64, 'base64') }));
          return await library.import(decoded, facts, {
            ...(lengthMm === undefined ? {} : { lengthMm }),
            signal: controller.signal,
            onProgress: ({ stage, fraction }) =>
              services.events.publish('vehicle:import-progress', {
                importId,
                stage: String(stage).slice(0, 60) || 'import',
                fraction: Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0,
              }),
          });
        } catch (error) {
          if (controller.signal.aborted) throw new VehicleRefusal(libraryMessage('importCancelled'));
          throw error;
        } finally {
          running.delete(importId);
        }
      }),
    'vehicle:import-cancel': ({ importId }) => {
      const controller = running.get(importId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
    'vehicle:update': ({ id, ...changes }) => refusing(() => library.update(id, changes)),
    'vehicle:remove': ({ id }) =>
      refusing(async () => {
        await library.remove(id);
        return { id, removed: true as const };
      }),
    'vehicle:thumbnail': ({ id, pngBase64 }) =>
      refusing(async () => {
        await library.saveThumbnail(id, Buffer.from(pngBase64, 'base64'));
        return { saved: true as const };
      }),
  };
}

/** Turns the library's and the importer's refusals into typed API errors carrying the sentence (`details.problem`). */
async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LibraryRefusal) {
      throw new RefusedError(error.code, error.message, { problem: error.problem });
    }
    if (error instanceof VehicleRefusal) {
      throw new RefusedError('refused', messageText(error.problem), { problem: error.problem });
    }
    throw error;
  }
}
