import { type Catalog, type ItemKind, itemOf } from '../catalog/catalog';
import type { Localized } from '../catalog/common';
import type { Configuration } from '../configuration';
import { sameText } from '../messages/message';

/** Something a newer price list no longer offers, taken out of an old configuration. */
export interface Removed {
  id: string;
  kind: ItemKind | 'promoCode';
  /** Its name in the price list the code was made with. */
  name: Localized;
}

/** Drops what the new catalog does not offer (unknown ids, items outside their window, dead promotion codes). */
export function stripUnavailable(
  old: Catalog,
  next: Catalog,
  c: Configuration,
  date: string,
): { configuration: Configuration; removed: Removed[] } {
  const removed: Removed[] = [];
  const offered = (kind: ItemKind, id: string): boolean => {
    const item = itemOf(next, kind as 'film', id) as
      | { availableFrom?: string; availableTo?: string }
      | undefined;
    const ok =
      item !== undefined &&
      (!item.availableFrom || item.availableFrom <= date) &&
      (!item.availableTo || item.availableTo >= date);
    if (!ok) removed.push({ id, kind, name: itemOf(old, kind as 'film', id)?.name ?? sameText(id) });
    return ok;
  };
  const out: Configuration = structuredClone(c);
  if (out.wrap) {
    const w = out.wrap;
    if (w.film !== undefined && !offered('film', w.film)) delete w.film;
    if (w.twoTone !== undefined && !offered('twoTone', w.twoTone)) delete w.twoTone;
    if (w.zones) {
      for (const [zone, film] of Object.entries(w.zones)) if (!offered('film', film)) delete w.zones[zone];
      if (Object.keys(w.zones).length === 0) delete w.zones;
    }
    if (w.artwork && !offered('film', w.artwork.film)) delete w.artwork;
    if (Object.keys(w).length === 0) delete out.wrap;
  }
  if (out.ppf !== undefined && !offered('ppf', out.ppf)) delete out.ppf;
  if (out.tint) {
    for (const [set, film] of Object.entries(out.tint)) if (!offered('tint', film)) delete out.tint[set];
    if (Object.keys(out.tint).length === 0) delete out.tint;
  }
  if (out.wheel !== undefined && !offered('wheel', out.wheel)) delete out.wheel;
  if (out.caliper !== undefined && !offered('caliper', out.caliper)) delete out.caliper;
  if (out.trimPieces) out.trimPieces = out.trimPieces.filter((id) => offered('trimPiece', id));
  if (out.accessories) out.accessories = out.accessories.filter((id) => offered('accessory', id));
  if (out.accessoryPackages)
    out.accessoryPackages = out.accessoryPackages.filter((id) => offered('accessoryPackage', id));
  if (out.maintenance !== undefined && !offered('maintenance', out.maintenance)) delete out.maintenance;
  if (out.financing && !offered('financing', out.financing.plan)) delete out.financing;
  if (out.promotionCodes) {
    const live = new Set(
      next.promotions
        .filter((p) => p.code && p.validFrom <= date && date <= p.validTo)
        .map((p) => p.code!.toUpperCase()),
    );
    out.promotionCodes = out.promotionCodes.filter((code) => {
      const ok = live.has(code.toUpperCase());
      if (!ok)
        removed.push({
          id: code,
          kind: 'promoCode',
          name: sameText(code),
        });
      return ok;
    });
  }
  return { configuration: out, removed };
}
