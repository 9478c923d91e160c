import type { Catalog } from '../catalog/catalog';
import type { Configuration } from '../configuration';

/** The configuration a customer starts from: a trim (the first by default) with the battery bought. */
export function defaultConfiguration(catalog: Catalog, trimId?: string): Configuration {
  const trim = trimId === undefined ? catalog.trims[0]! : catalog.trims.find((t) => t.id === trimId);
  if (!trim) {
    throw new Error(`unknown trim "${trimId}": choose one of ${catalog.trims.map((t) => t.id).join(', ')}`);
  }
  return { schemaVersion: 1, vehicle: catalog.vehicle.id, trim: trim.id, battery: 'buy' };
}
