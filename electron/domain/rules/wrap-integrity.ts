import { type Catalog, itemOf } from '../catalog/catalog';
import type { Configuration } from '../configuration';
import { msg } from '../messages/message';
import { STANDARD_ROLL_WIDTH_M, WRAP_ZONE_IDS } from '../vocabulary';
import type { RuleContext } from './context';
import type { Known } from './known';
import { nameOf } from './messages';
import type { Violation } from './violation';

function zoneKnown(
  context: RuleContext,
  out: Violation[],
  z: string,
  base: string,
  key: string | number,
): void {
  const ok = context.zones ? context.zones.zones.has(z) : (WRAP_ZONE_IDS as readonly string[]).includes(z);
  if (!ok) {
    out.push({
      code: 'unknown-zone',
      path: typeof key === 'number' ? `${base}[${key}]` : `${base}.${key}`,
      item: z,
      message: msg('wrap.unknownZone', { zone: z }),
    });
  }
}

function printedWithoutArtwork(
  catalog: Catalog,
  out: Violation[],
  film: string,
  base: string,
  key?: string,
): void {
  if (itemOf(catalog, 'film', film)?.finish === 'printed') {
    const path = key === undefined ? base : `${base}.${key}`;
    const n = nameOf(catalog, film);
    out.push({
      code: 'printed-film-needs-artwork',
      path,
      item: film,
      message: msg('wrap.needsArtwork', { film: n }),
    });
  }
}

/** Checks the wrap: films known, printed films only with artwork, zones known and assigned once. */
export function checkWrap(
  catalog: Catalog,
  c: Configuration,
  context: RuleContext,
  known: Known,
  out: Violation[],
): void {
  const wrap = c.wrap;
  if (!wrap) return;
  checkDecals(catalog, wrap.decals ?? [], known, out);
  if (wrap.film !== undefined && known.check(wrap.film, 'film', '$.wrap.film'))
    printedWithoutArtwork(catalog, out, wrap.film, '$.wrap.film');
  if (wrap.twoTone !== undefined) known.check(wrap.twoTone, 'twoTone', '$.wrap.twoTone');
  for (const [z, film] of Object.entries(wrap.zones ?? {})) {
    zoneKnown(context, out, z, '$.wrap.zones', z);
    if (known.check(film, 'film', '$.wrap.zones', z))
      printedWithoutArtwork(catalog, out, film, '$.wrap.zones', z);
  }
  const art = wrap.artwork;
  if (!art) return;
  if (
    known.check(art.film, 'film', '$.wrap.artwork.film') &&
    itemOf(catalog, 'film', art.film)?.finish !== 'printed'
  ) {
    const n = nameOf(catalog, art.film);
    out.push({
      code: 'artwork-film-not-printed',
      path: '$.wrap.artwork.film',
      item: art.film,
      message: msg('wrap.artworkFilmNotPrinted', { film: n }),
    });
  }
  const seen = new Set<string>();
  art.zones.forEach((z, i) => {
    zoneKnown(context, out, z, '$.wrap.artwork.zones', i);
    if (seen.has(z) || hasZone(wrap.zones, z)) {
      out.push({
        code: 'zone-assigned-twice',
        path: `$.wrap.artwork.zones[${i}]`,
        item: z,
        message: msg('wrap.zoneTwice', { zone: z }),
      });
    }
    seen.add(z);
  });
}

/**
 * True when the per-zone films name `zone`. Walked with for…in: the records come in as many shapes as there
 * are zone combinations, and a read by key outside for…in misses V8's caches on every one of them.
 */
function hasZone(zones: Readonly<Record<string, string>> | undefined, zone: string): boolean {
  if (zones) for (const z in zones) if (z === zone) return true;
  return false;
}

/** Smallest decal side the workshop prints and weeds cleanly, mm. */
export const MIN_DECAL_SIDE_MM = 20;
/** A decal must fit the printer's roll in one direction (the standard 1.52 m roll), mm. */
export const MAX_DECAL_SHORT_SIDE_MM = STANDARD_ROLL_WIDTH_M * 1000;

/** Checks projected decals: a printed film from the catalog, a printable size, a real surface normal. */
function checkDecals(
  catalog: Catalog,
  decals: NonNullable<NonNullable<Configuration['wrap']>['decals']>,
  known: Known,
  out: Violation[],
): void {
  decals.forEach((d, i) => {
    const path = `$.wrap.decals[${i}]`;
    const decal = msg('wrap.decal', { n: i + 1 });
    if (
      known.check(d.film, 'film', `${path}.film`) &&
      itemOf(catalog, 'film', d.film)?.finish !== 'printed'
    ) {
      const n = nameOf(catalog, d.film);
      out.push({
        code: 'decal-film-not-printed',
        path: `${path}.film`,
        item: d.film,
        message: msg('wrap.decalFilmNotPrinted', { decal, film: n }),
      });
    }
    const [w, h] = d.sizeMm;
    const size = `${Math.round(w)} × ${Math.round(h)} mm`;
    if (Math.min(w, h) < MIN_DECAL_SIDE_MM) {
      out.push({
        code: 'decal-size',
        path: `${path}.sizeMm`,
        message: msg('wrap.decalTooSmall', { decal, size, min: MIN_DECAL_SIDE_MM }),
      });
    } else if (Math.min(w, h) > MAX_DECAL_SHORT_SIDE_MM) {
      out.push({
        code: 'decal-size',
        path: `${path}.sizeMm`,
        message: msg('wrap.decalTooLarge', { decal, size, max: MAX_DECAL_SHORT_SIDE_MM }),
      });
    }
    if (Math.hypot(...d.normal) < 0.5) {
      out.push({
        code: 'decal-normal',
        path: `${path}.normal`,
        message: msg('wrap.decalNormal', { decal }),
      });
    }
  });
}
