import type { Catalog } from '../catalog/catalog';
import { itemOf } from '../catalog/catalog';
import type { Store } from '../catalog/items';
import { encodeConfigurationCode } from '../code/decode';
import { type Configuration, modelShaOf, vehicleIdOf } from '../configuration';
import { sameText } from '../messages/message';
import type { Quote } from '../pricing/types';
import type { VehicleContext } from '../vehicle/context';
import { artworkFilesOf } from './artwork';
import { contentHash } from './canonical';
import { addDays, QUOTE_VALID_DAYS } from './dates';
import type { Customer, DraftContent, OrderDraft } from './schema';

/** Everything a draft is made of; prices come only from `quote`, which main computed. */
export interface DraftInput {
  id: string;
  createdAt: Date;
  appVersion: string;
  catalog: Catalog;
  /** SHA-256 of the catalog files that priced the quote. */
  catalogHash: string;
  configuration: Configuration;
  quote: Quote;
  /** The library car the configuration is for (absent = the catalog's launch EV). */
  vehicle?: VehicleContext;
  customer?: Customer;
  pickup?: { store: string; date: string };
  carImage?: { file: string; sha256: string; bytes: number };
  duplicateOf?: string;
}

const storeSnapshot = (s: Store) => ({ id: s.id, name: s.name, city: s.city });

/** Thrown when a draft cannot be built from its input (unknown pickup store, bad pickup date). */
export class DraftInputError extends Error {
  override name = 'DraftInputError';
}

/** Builds a checksummed order draft from a configuration and the quote main priced for it. */
export function buildDraft(input: DraftInput): OrderDraft {
  const { catalog, quote, configuration } = input;
  const store = itemOf(catalog, 'store', quote.store)!;
  const content: DraftContent = {
    format: 'wrap-configurator/order-draft',
    schemaVersion: 1,
    id: input.id,
    createdAt: input.createdAt.toISOString(),
    appVersion: input.appVersion,
    store: storeSnapshot(store),
    priceList: {
      version: catalog.priceList.version,
      effectiveFrom: catalog.priceList.effectiveFrom,
      effectiveTo: catalog.priceList.effectiveTo,
      catalogHash: input.catalogHash,
    },
    vehicle: draftVehicle(catalog, configuration, input.vehicle),
    configuration,
    configurationCode: encodeConfigurationCode(configuration, catalog),
    quote,
    validUntil: minDate(addDays(quote.date, QUOTE_VALID_DAYS), catalog.priceList.effectiveTo),
  };
  if (input.pickup) content.pickup = pickupOf(catalog, input.pickup, quote.date);
  if (input.customer && (input.customer.name !== undefined || input.customer.mobile !== undefined))
    content.customer = input.customer;
  if (input.carImage) content.carImage = input.carImage;
  if (input.duplicateOf) content.duplicateOf = input.duplicateOf;
  const artworkFiles = artworkFilesOf(configuration);
  if (artworkFiles.length > 0) content.artworkFiles = artworkFiles;
  return sealDraft(content);
}

/** The draft's vehicle: launch EV drafts keep exactly their old shape (plus the model hash when named). */
function draftVehicle(
  catalog: Catalog,
  c: Configuration,
  v: VehicleContext | undefined,
): DraftContent['vehicle'] {
  const id = vehicleIdOf(c);
  const sha = modelShaOf(c) ?? (v?.ref.id === id ? v.ref.modelSha256 : undefined);
  const trim = c.trim === undefined ? undefined : itemOf(catalog, 'trim', c.trim);
  const name = v?.ref.id === id ? v.name : id === catalog.vehicle.id ? catalog.vehicle.name : sameText(id);
  return {
    id,
    name,
    ...(sha === undefined ? {} : { modelSha256: sha }),
    ...(v?.ref.id === id && v.kind === 'service' ? { kind: v.kind } : {}),
    ...(trim ? { trim: trim.id, trimName: trim.name } : {}),
  };
}

function pickupOf(catalog: Catalog, pickup: { store: string; date: string }, today: string) {
  const store = itemOf(catalog, 'store', pickup.store);
  if (!store)
    throw new DraftInputError(
      `pickup store "${pickup.store}" is not in the catalog; choose one of ${catalog.stores
        .filter((s) => s.pickup)
        .map((s) => s.id)
        .join(', ')}`,
    );
  if (!store.pickup)
    throw new DraftInputError(`store "${pickup.store}" does not hand over cars; choose a pickup store`);
  if (pickup.date < today)
    throw new DraftInputError(`pickup date ${pickup.date} is in the past (today is ${today})`);
  if (pickup.date > addDays(today, 365))
    throw new DraftInputError(`pickup date ${pickup.date} is more than a year away`);
  return { store: storeSnapshot(store), date: pickup.date };
}

const minDate = (a: string, b: string) => (a < b ? a : b);

/** Adds the checksum: SHA-256 over the canonical JSON of everything else. */
export function sealDraft(content: DraftContent): OrderDraft {
  return { ...content, checksum: { algorithm: 'sha256', value: contentHash(content) } };
}
