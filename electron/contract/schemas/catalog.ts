import { Localized } from '@domain/catalog/common';
import { CATALOG_FILE_SCHEMAS, type CatalogData } from '@domain/catalog/schema';
import { ZoneEntry } from '@domain/catalog/zones';
import { MessageSchema } from '@domain/messages/schema';
import { z } from 'zod';
import { exactly } from './exact';

const F = CATALOG_FILE_SCHEMAS;

/** The merged catalog (what `mergeCatalogFiles` builds), field by field from the catalog files' schemas. */
export const CatalogDataSchema = exactly<CatalogData>()(
  z.strictObject({
    priceList: F['catalog.json'].shape.priceList,
    reservationDepositFen: F['catalog.json'].shape.reservationDepositFen,
    vehicle: F['catalog.json'].shape.vehicle,
    trims: F['catalog.json'].shape.trims,
    filmWasteFactor: F['films.json'].shape.wasteFactor,
    films: F['films.json'].shape.films,
    twoTonePresets: F['films.json'].shape.twoTonePresets,
    ppfWasteFactor: F['ppf.json'].shape.wasteFactor,
    ppfPackages: F['ppf.json'].shape.packages,
    tintWasteFactor: F['tint.json'].shape.wasteFactor,
    windowSets: F['tint.json'].shape.windowSets,
    tintFilms: F['tint.json'].shape.films,
    wheels: F['wheels.json'].shape.wheels,
    calipers: F['wheels.json'].shape.calipers,
    trimPieces: F['wheels.json'].shape.trimPieces,
    accessories: F['accessories.json'].shape.accessories,
    accessoryPackages: F['packages.json'].shape.accessoryPackages,
    maintenancePackages: F['maintenance.json'].shape.maintenancePackages,
    promotions: F['promotions.json'].shape.promotions,
    stores: F['stores.json'].shape.stores,
    financingPlans: F['financing.json'].shape.financingPlans,
    rules: F['rules.json'].shape.rules,
    labour: F['labour.json'].shape.bodyStyles.optional(),
  }),
);

/** A car zone as the page sees it: area and labour from the car model. */
export const ZoneView = ZoneEntry.extend({ name: Localized.optional() });
/** A car zone as the page sees it. */
export type ZoneView = z.infer<typeof ZoneView>;

/** The catalog as the page receives it (plain data, no index, plus the car's zones), or the load problems. */
export const CatalogView = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    data: CatalogDataSchema,
    zones: z.array(ZoneView),
    modelId: z.string(),
    hash: z.string(),
    date: z.string(),
  }),
  z.strictObject({
    ok: z.literal(false),
    errors: z.array(z.strictObject({ file: z.string(), path: z.string(), message: MessageSchema })),
  }),
]);
/** The catalog as the page receives it. */
export type CatalogView = z.infer<typeof CatalogView>;
