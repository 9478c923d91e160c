import type { Catalog } from '../catalog/catalog';
import type { Localized } from '../catalog/common';

/** Customer-facing name of any catalog id (the id itself when it is unknown). */
export function nameOf(catalog: Catalog, id: string): Localized {
  const item = catalog.index.get(id)?.item;
  return item?.name ?? { zh: id, en: id };
}

/** Joins names in both languages. */
export function joinNames(names: readonly Localized[]): Localized {
  return { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') };
}

/** "A needs B". */
export function needsMessage(a: Localized, b: Localized): Localized {
  return { zh: `${a.zh}需要${b.zh}`, en: `${a.en} needs ${b.en}` };
}

/** "A cannot be combined with B" (on zones…). */
export function conflictMessage(a: Localized, b: Localized, zones?: Localized): Localized {
  return zones
    ? {
        zh: `${a.zh}不能与${b.zh}用在同一区域（${zones.zh}）`,
        en: `${a.en} cannot be combined with ${b.en} on ${zones.en}`,
      }
    : { zh: `${a.zh}不能与${b.zh}同时选择`, en: `${a.en} cannot be combined with ${b.en}` };
}

/** "A is only available on trims …". */
export function onlyOnMessage(a: Localized, trims: Localized): Localized {
  return { zh: `${a.zh}仅适用于${trims.zh}`, en: `${a.en} is only available on ${trims.en}` };
}

/** Prefixes a catalog-written explanation with the option it is about. */
export function withCustom(base: Localized, custom: Localized | undefined): Localized {
  return custom ? { zh: `${base.zh}：${custom.zh}`, en: `${base.en}: ${custom.en}` } : base;
}
