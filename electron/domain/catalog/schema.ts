import { z } from 'zod';
import { PriceList, Promotion, Rule } from './commercial';
import { Fen, Id, Localized } from './common';
import {
  Accessory,
  AccessoryPackage,
  Caliper,
  Film,
  FinancingPlan,
  LabourTable,
  MaintenancePackage,
  PpfPackage,
  Store,
  TintFilm,
  Trim,
  TrimPiece,
  TwoTonePreset,
  WasteFactor,
  Wheel,
  WindowSet,
} from './items';

/** The catalog is split over these files; each has its own schema so errors name the file. */
export const CATALOG_FILE_SCHEMAS = {
  'catalog.json': z
    .object({
      schemaVersion: z.literal(1),
      priceList: PriceList,
      /** Reservation deposit taken for an order draft. */
      reservationDepositFen: Fen,
      vehicle: z.object({ id: Id, name: Localized, modelId: Id }).strict(),
      trims: z.array(Trim).min(1),
    })
    .strict(),
  'films.json': z
    .object({ wasteFactor: WasteFactor, films: z.array(Film).min(1), twoTonePresets: z.array(TwoTonePreset) })
    .strict(),
  'ppf.json': z.object({ wasteFactor: WasteFactor, packages: z.array(PpfPackage) }).strict(),
  'tint.json': z
    .object({ wasteFactor: WasteFactor, windowSets: z.array(WindowSet).min(1), films: z.array(TintFilm) })
    .strict(),
  'wheels.json': z
    .object({
      wheels: z.array(Wheel).min(1),
      calipers: z.array(Caliper).min(1),
      trimPieces: z.array(TrimPiece),
    })
    .strict(),
  'accessories.json': z.object({ accessories: z.array(Accessory) }).strict(),
  'packages.json': z.object({ accessoryPackages: z.array(AccessoryPackage) }).strict(),
  'maintenance.json': z.object({ maintenancePackages: z.array(MaintenancePackage) }).strict(),
  'promotions.json': z.object({ promotions: z.array(Promotion) }).strict(),
  'stores.json': z.object({ stores: z.array(Store).min(1) }).strict(),
  'financing.json': z.object({ financingPlans: z.array(FinancingPlan) }).strict(),
  'rules.json': z.object({ rules: z.array(Rule) }).strict(),
  'labour.json': z.object({ bodyStyles: LabourTable }).strict(),
} as const;

/** Name of one catalog file. */
export type CatalogFileName = keyof typeof CATALOG_FILE_SCHEMAS;

/** The catalog file names in load order. */
export const CATALOG_FILES = Object.keys(CATALOG_FILE_SCHEMAS) as CatalogFileName[];

type FileData<F extends CatalogFileName> = z.infer<(typeof CATALOG_FILE_SCHEMAS)[F]>;

/** A validated catalog: all files merged (ids are unique across the whole catalog). */
export interface CatalogData {
  priceList: FileData<'catalog.json'>['priceList'];
  reservationDepositFen: number;
  vehicle: FileData<'catalog.json'>['vehicle'];
  trims: z.infer<typeof Trim>[];
  filmWasteFactor: number;
  films: z.infer<typeof Film>[];
  twoTonePresets: z.infer<typeof TwoTonePreset>[];
  ppfWasteFactor: number;
  ppfPackages: z.infer<typeof PpfPackage>[];
  tintWasteFactor: number;
  windowSets: z.infer<typeof WindowSet>[];
  tintFilms: z.infer<typeof TintFilm>[];
  wheels: z.infer<typeof Wheel>[];
  calipers: z.infer<typeof Caliper>[];
  trimPieces: z.infer<typeof TrimPiece>[];
  accessories: z.infer<typeof Accessory>[];
  accessoryPackages: z.infer<typeof AccessoryPackage>[];
  maintenancePackages: z.infer<typeof MaintenancePackage>[];
  promotions: z.infer<typeof Promotion>[];
  stores: z.infer<typeof Store>[];
  financingPlans: z.infer<typeof FinancingPlan>[];
  rules: z.infer<typeof Rule>[];
  /** Labour by body style (service vehicles); absent only in archived price lists made before it. */
  labour?: LabourTable;
}

/** Names of the catalog's lists (trims, films, rules …), as opposed to its single settings. */
export type CatalogListKey = {
  [K in keyof CatalogData]-?: CatalogData[K] extends readonly unknown[] ? K : never;
}[keyof CatalogData];

/**
 * Catalog data as far as it parsed: every list (an item the schema rejected is a hole at its own index, so
 * `forEach` paths still name the file's index), and each single setting only when it parsed.
 */
export type CheckableCatalog = Pick<CatalogData, CatalogListKey> & Partial<CatalogData>;

/** Every catalog file, each parsed by its schema. */
export type CatalogFiles = { [F in CatalogFileName]: FileData<F> };
type PartialFiles = { [F in CatalogFileName]?: Partial<FileData<F>> };

/** Merges the parsed files into one catalog object (a partly parsed catalog gives empty lists where files failed). */
export function mergeCatalogFiles(f: CatalogFiles): CatalogData;
export function mergeCatalogFiles(f: PartialFiles): CheckableCatalog;
export function mergeCatalogFiles(f: PartialFiles): CheckableCatalog {
  const c = f['catalog.json'];
  const films = f['films.json'];
  const ppf = f['ppf.json'];
  const tint = f['tint.json'];
  const wheels = f['wheels.json'];
  return {
    priceList: c?.priceList,
    reservationDepositFen: c?.reservationDepositFen,
    vehicle: c?.vehicle,
    trims: c?.trims ?? [],
    filmWasteFactor: films?.wasteFactor,
    films: films?.films ?? [],
    twoTonePresets: films?.twoTonePresets ?? [],
    ppfWasteFactor: ppf?.wasteFactor,
    ppfPackages: ppf?.packages ?? [],
    tintWasteFactor: tint?.wasteFactor,
    windowSets: tint?.windowSets ?? [],
    tintFilms: tint?.films ?? [],
    wheels: wheels?.wheels ?? [],
    calipers: wheels?.calipers ?? [],
    trimPieces: wheels?.trimPieces ?? [],
    accessories: f['accessories.json']?.accessories ?? [],
    accessoryPackages: f['packages.json']?.accessoryPackages ?? [],
    maintenancePackages: f['maintenance.json']?.maintenancePackages ?? [],
    promotions: f['promotions.json']?.promotions ?? [],
    stores: f['stores.json']?.stores ?? [],
    financingPlans: f['financing.json']?.financingPlans ?? [],
    rules: f['rules.json']?.rules ?? [],
    labour: f['labour.json']?.bodyStyles,
  };
}
