import { type Catalog, itemOf } from '../catalog/catalog';
import type { Configuration } from '../configuration';
import { WRAP_ZONE_IDS } from '../vocabulary';
import type { RuleContext } from './evaluate';
import type { Known } from './integrity';
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
      message: { zh: `该车型没有“${z}”区域`, en: `the car model has no zone "${z}"` },
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
      message: { zh: `${n.zh}需要先上传设计图案`, en: `${n.en} needs artwork: load a design first` },
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
      message: {
        zh: `${n.zh}不是打印膜，不能承载图案`,
        en: `${n.en} is not a printable film; artwork needs a printed film`,
      },
    });
  }
  const seen = new Set<string>();
  art.zones.forEach((z, i) => {
    zoneKnown(context, out, z, '$.wrap.artwork.zones', i);
    if (seen.has(z) || wrap.zones?.[z] !== undefined) {
      out.push({
        code: 'zone-assigned-twice',
        path: `$.wrap.artwork.zones[${i}]`,
        item: z,
        message: {
          zh: `区域“${z}”被指定了两次`,
          en: `zone "${z}" is given two films (artwork and per-zone film)`,
        },
      });
    }
    seen.add(z);
  });
}
