import { join, resolve } from 'node:path';
import type { ZoneView } from '@contract/contract';
import type { CatalogData } from '@domain/catalog/schema';
import { priceQuote } from '@domain/pricing/quote';
import { sceneLookOf, zoneFilms } from '@renderer/store/scene-look';
import { loadCatalog, loadZoneTable } from '@services/catalog/load';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validConfigurationArbitrary } from '../../support/arbitrary';
import { DATE, loadDefault } from '../domain/fixtures';

const dir = join(resolve(import.meta.dirname, '..', '..', '..'), 'assets', 'catalog');

describe('sceneLookOf', () => {
  let catalog: CatalogData;
  let zones: ZoneView[];
  beforeAll(async () => {
    const loaded = await loadCatalog(dir);
    const table = await loadZoneTable(dir);
    if (!loaded.ok || !table.ok) throw new Error('default catalog must load');
    const { index: _index, ...data } = loaded.catalog;
    catalog = data;
    zones = [...table.zones.zones.values()].map((z) => ({ ...z, body: z.body ?? true }));
  });

  it('draws the trim defaults on a bare configuration', () => {
    const look = sceneLookOf(catalog, zones, {
      schemaVersion: 1,
      vehicle: 'compact-ev',
      trim: 'performance',
      battery: 'buy',
    });
    expect(look.zones).toEqual({});
    expect(look.rim).toEqual({ design: 'turbine', sizeInch: 19 });
    expect(look.caliperColor).toBe('#5f6368');
    expect(look.accessories).toEqual([]);
  });

  it('layers the wrap: full film, two-tone, zones; PPF, tint, calipers, trim and package accessories', () => {
    const look = sceneLookOf(catalog, zones, {
      schemaVersion: 1,
      vehicle: 'compact-ev',
      trim: 'standard',
      battery: 'buy',
      wrap: { film: 'satin-black', twoTone: 'two-tone-white-roof', zones: { hood: 'gloss-red' } },
      ppf: 'ppf-partial-front',
      tint: { rear: 'tint-20' },
      caliper: 'caliper-red',
      trimPieces: ['chrome-delete'],
      accessoryPackages: ['pkg-adventure'],
      accessories: ['floor-mats'],
    });
    const film = (id: string) => catalog.films.find((f) => f.id === id)!.material;
    expect(look.zones.tailgate).toEqual(film('satin-black'));
    expect(look.zones.roof).toEqual(film('gloss-white'));
    expect(look.zones.hood).toEqual(film('gloss-red'));
    expect(Object.keys(look.zones)).toHaveLength(zones.length);
    expect(look.ppf).toEqual({
      'bumper-front': 'gloss',
      hood: 'gloss',
      'mirror-left': 'gloss',
      'mirror-right': 'gloss',
    });
    expect(look.tintVlt).toEqual({ rear: 20 });
    expect(look.caliperColor).toBe('#c0161c');
    expect(look.chromeDelete).toBe(true);
    expect(look.accessories.sort()).toEqual(['crossbars', 'roof-box', 'roof-rails']);
  });

  it('shows printed artwork only when the image is at hand', () => {
    const c = {
      schemaVersion: 1 as const,
      vehicle: 'compact-ev',
      trim: 'standard',
      battery: 'buy' as const,
      wrap: { artwork: { ref: 'logo.png', film: 'printed-cast-vinyl', zones: ['hood'] } },
    };
    expect(sceneLookOf(catalog, zones, c).artwork).toBeUndefined();
    expect(sceneLookOf(catalog, zones, c, { 'logo.png': 'blob:x' }).artwork?.hood?.url).toBe('blob:x');
  });
});

describe('zoneFilms', () => {
  it('shows on each zone the film the quote charges for it, over random valid configurations', async () => {
    const { catalog, zones: table } = await loadDefault();
    const zones: ZoneView[] = [...table.zones.values()];
    const charged = (c: Parameters<typeof zoneFilms>[2]) => {
      const r = priceQuote(catalog, c, { date: DATE, zones: table });
      if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.reasons)}`);
      const out = new Map<string, string>();
      for (const l of r.quote.lines)
        if (l.category === 'wrap' && l.kind === 'material' && l.zone) out.set(l.zone, l.item);
      return out;
    };
    let wrapped = 0;
    fc.assert(
      fc.property(validConfigurationArbitrary(catalog, { zones: table, date: DATE }), (c) => {
        const shown = zoneFilms(catalog, zones, c);
        if (shown.size > 0) wrapped++;
        expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(charged(c)));
      }),
      { numRuns: 200 },
    );
    expect(wrapped).toBeGreaterThan(50);
  });
});
