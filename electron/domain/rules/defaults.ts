import type { CatalogData } from '../catalog/schema';
import type { Configuration } from '../configuration';
import type { VehicleRef } from '../vehicle/vehicle';

/**
 * The configuration a customer starts from (a new session, a reset): a trim (the first by default) with
 * the battery bought, nothing else picked; `store` (the machine's) is kept only when the catalog lists it.
 */
export function defaultConfiguration(
  catalog: Pick<CatalogData, 'vehicle' | 'trims' | 'stores'>,
  trimId?: string,
  store?: string,
): Configuration {
  const trim = trimId === undefined ? catalog.trims[0]! : catalog.trims.find((t) => t.id === trimId);
  if (!trim) {
    throw new Error(`unknown trim "${trimId}": choose one of ${catalog.trims.map((t) => t.id).join(', ')}`);
  }
  const known = store !== undefined && catalog.stores.some((s) => s.id === store);
  return {
    schemaVersion: 1,
    vehicle: catalog.vehicle.id,
    trim: trim.id,
    battery: 'buy',
    ...(known ? { store } : {}),
  };
}

/**
 * The configuration a customer's car starts from (a library car chosen in the picker): the car's reference,
 * nothing picked, no trim or battery (a service vehicle has neither); `store` kept only when the catalog lists it.
 */
export function serviceConfiguration(
  catalog: Pick<CatalogData, 'stores'>,
  vehicle: VehicleRef,
  store?: string,
): Configuration {
  const known = store !== undefined && catalog.stores.some((s) => s.id === store);
  return {
    schemaVersion: 1,
    vehicle: { id: vehicle.id, modelSha256: vehicle.modelSha256 },
    ...(known ? { store } : {}),
  };
}
