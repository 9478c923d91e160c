import type { Catalog } from '../catalog/catalog';
import { contentHash } from '../drafts/canonical';
import { WRAP_ZONE_IDS } from '../vocabulary';

/** Kinds of id a configuration code refers to by position. */
export const REF_KINDS = [
  'vehicle',
  'trim',
  'film',
  'twoTone',
  'zone',
  'ppf',
  'windowSet',
  'tint',
  'wheel',
  'caliper',
  'trimPiece',
  'accessory',
  'accessoryPackage',
  'maintenance',
  'store',
  'promoCode',
  'financing',
] as const;

/** One kind of reference. */
export type RefKind = (typeof REF_KINDS)[number];

/**
 * The positions a code's numbers point into, derived from one catalog: each kind's ids in catalog order.
 * The 20-bit fingerprint (over the price-list version and every list) names the table inside the code.
 */
export interface CodeTable {
  priceListVersion: string;
  fingerprint: number;
  lists: Record<RefKind, readonly string[]>;
}

/** Number of fingerprint bits carried by a code. */
export const FINGERPRINT_BITS = 20;

/** Builds the code table of a catalog. */
export function codeTableOf(catalog: Catalog): CodeTable {
  const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
  const lists: Record<RefKind, readonly string[]> = {
    vehicle: [catalog.vehicle.id],
    trim: ids(catalog.trims),
    film: ids(catalog.films),
    twoTone: ids(catalog.twoTonePresets),
    zone: [...WRAP_ZONE_IDS],
    ppf: ids(catalog.ppfPackages),
    windowSet: ids(catalog.windowSets),
    tint: ids(catalog.tintFilms),
    wheel: ids(catalog.wheels),
    caliper: ids(catalog.calipers),
    trimPiece: ids(catalog.trimPieces),
    accessory: ids(catalog.accessories),
    accessoryPackage: ids(catalog.accessoryPackages),
    maintenance: ids(catalog.maintenancePackages),
    store: ids(catalog.stores),
    promoCode: catalog.promotions.flatMap((p) => (p.code ? [p.code] : [])),
    financing: ids(catalog.financingPlans),
  };
  const hex = contentHash({ format: 1, version: catalog.priceList.version, lists });
  return {
    priceListVersion: catalog.priceList.version,
    fingerprint: Number.parseInt(hex.slice(0, FINGERPRINT_BITS / 4), 16),
    lists,
  };
}
