import type { CatalogData, CatalogFileName, CheckableCatalog } from './schema';

/** Kinds of things that carry an id in the catalog (one id space across all files). */
export const ITEM_KINDS = [
  'vehicle',
  'trim',
  'film',
  'twoTone',
  'ppf',
  'windowSet',
  'tint',
  'wheel',
  'caliper',
  'trimPiece',
  'accessory',
  'accessoryPackage',
  'maintenance',
  'promotion',
  'store',
  'financing',
  'rule',
] as const;

/** A kind of catalog item. */
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Where each kind lives: file, JSON path of its array (`$.<field>`), and the array in merged data. */
export const ITEM_SOURCES: readonly {
  kind: ItemKind;
  file: CatalogFileName;
  path: string;
  list: (c: CheckableCatalog) => readonly { id: string }[];
}[] = [
  { kind: 'vehicle', file: 'catalog.json', path: '$.vehicle', list: (c) => (c.vehicle ? [c.vehicle] : []) },
  { kind: 'trim', file: 'catalog.json', path: '$.trims', list: (c) => c.trims },
  { kind: 'film', file: 'films.json', path: '$.films', list: (c) => c.films },
  { kind: 'twoTone', file: 'films.json', path: '$.twoTonePresets', list: (c) => c.twoTonePresets },
  { kind: 'ppf', file: 'ppf.json', path: '$.packages', list: (c) => c.ppfPackages },
  { kind: 'windowSet', file: 'tint.json', path: '$.windowSets', list: (c) => c.windowSets },
  { kind: 'tint', file: 'tint.json', path: '$.films', list: (c) => c.tintFilms },
  { kind: 'wheel', file: 'wheels.json', path: '$.wheels', list: (c) => c.wheels },
  { kind: 'caliper', file: 'wheels.json', path: '$.calipers', list: (c) => c.calipers },
  { kind: 'trimPiece', file: 'wheels.json', path: '$.trimPieces', list: (c) => c.trimPieces },
  { kind: 'accessory', file: 'accessories.json', path: '$.accessories', list: (c) => c.accessories },
  {
    kind: 'accessoryPackage',
    file: 'packages.json',
    path: '$.accessoryPackages',
    list: (c) => c.accessoryPackages,
  },
  {
    kind: 'maintenance',
    file: 'maintenance.json',
    path: '$.maintenancePackages',
    list: (c) => c.maintenancePackages,
  },
  { kind: 'promotion', file: 'promotions.json', path: '$.promotions', list: (c) => c.promotions },
  { kind: 'store', file: 'stores.json', path: '$.stores', list: (c) => c.stores },
  { kind: 'financing', file: 'financing.json', path: '$.financingPlans', list: (c) => c.financingPlans },
  { kind: 'rule', file: 'rules.json', path: '$.rules', list: (c) => c.rules },
];

/** Kinds a customer chooses (rules may only name these). */
export const OPTION_KINDS: readonly ItemKind[] = [
  'trim',
  'film',
  'twoTone',
  'ppf',
  'tint',
  'wheel',
  'caliper',
  'trimPiece',
  'accessory',
  'accessoryPackage',
  'maintenance',
];

/** Kinds the rules engine can add on its own to satisfy a `requires` rule. */
export const ADDABLE_KINDS: readonly ItemKind[] = [
  'ppf',
  'wheel',
  'caliper',
  'trimPiece',
  'accessory',
  'accessoryPackage',
  'maintenance',
];

/** Kinds that sit on zones (for `sameZone` exclusions). */
export const ZONED_KINDS: readonly ItemKind[] = ['film', 'twoTone', 'ppf'];

/** One indexed catalog entry. */
export interface IndexedItem {
  kind: ItemKind;
  item: { id: string; name?: { zh: string; en: string }; availableFrom?: string; availableTo?: string };
  /** The item's availability window, copied here so checks read one object shape. */
  from: string | undefined;
  to: string | undefined;
  /** Position in the index (0 … size − 1), so a configuration's set of items can be an array. */
  n: number;
}

/** A validated catalog with an id index; build it with `buildCatalog`, never by hand. */
export interface Catalog extends CatalogData {
  index: ReadonlyMap<string, IndexedItem>;
}

/** Indexes validated catalog data by id (ids are unique across the catalog once validated). */
export function buildCatalog(data: CatalogData): Catalog {
  const index = new Map<string, IndexedItem>();
  for (const source of ITEM_SOURCES) {
    for (const item of source.list(data)) {
      if (index.has(item.id)) continue;
      const dated = item as IndexedItem['item'];
      const n = index.size;
      index.set(item.id, { kind: source.kind, item, from: dated.availableFrom, to: dated.availableTo, n });
    }
  }
  return { ...data, index };
}

/** Looks up an item of a given kind; undefined when missing or of another kind. */
export function itemOf<K extends keyof KindMap>(
  catalog: Catalog,
  kind: K,
  id: string,
): KindMap[K] | undefined {
  const found = catalog.index.get(id);
  return found && found.kind === kind ? (found.item as KindMap[K]) : undefined;
}

/** Catalog item type per kind. */
export interface KindMap {
  vehicle: CatalogData['vehicle'];
  trim: CatalogData['trims'][number];
  film: CatalogData['films'][number];
  twoTone: CatalogData['twoTonePresets'][number];
  ppf: CatalogData['ppfPackages'][number];
  windowSet: CatalogData['windowSets'][number];
  tint: CatalogData['tintFilms'][number];
  wheel: CatalogData['wheels'][number];
  caliper: CatalogData['calipers'][number];
  trimPiece: CatalogData['trimPieces'][number];
  accessory: CatalogData['accessories'][number];
  accessoryPackage: CatalogData['accessoryPackages'][number];
  maintenance: CatalogData['maintenancePackages'][number];
  promotion: CatalogData['promotions'][number];
  store: CatalogData['stores'][number];
  financing: CatalogData['financingPlans'][number];
  rule: CatalogData['rules'][number];
}
