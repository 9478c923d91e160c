import { messageText } from '@contract/i18n';
import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import { decodeConfigurationCode, encodeConfigurationCode } from '@domain/code/decode';
import { Configuration } from '@domain/configuration';
import { buildWorkOrder } from '@domain/drafts/workorder';
import { decalFen } from '@domain/pricing/lines';
import { priceQuote } from '@domain/pricing/quote';
import { evaluateRules } from '@domain/rules/evaluate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATE, loadDefault } from '../domain/fixtures';
import { makeDraft } from '../drafts/fixtures';

let catalog: Catalog;
let zones: ZoneTable;
beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
});

const HASH_A = 'a1'.repeat(32);
const HASH_B = 'b2'.repeat(32);
type Decal = NonNullable<NonNullable<Configuration['wrap']>['decals']>[number];
const decal = (over: Partial<Decal> = {}): Decal => ({
  ref: 'logo.png',
  sha256: HASH_B,
  film: 'printed-cast-vinyl',
  position: [0.8, 0.9, 1.2],
  normal: [1, 0, 0],
  sizeMm: [300, 200],
  rotationDeg: 0,
  ...over,
});

/** A designer's configuration: artwork on the hood and roof, placed, plus decals. */
const design = (decals: Decal[] = [decal()]): Configuration => ({
  schemaVersion: 1,
  vehicle: 'compact-ev',
  trim: 'long-range',
  battery: 'buy',
  wrap: {
    film: 'gloss-white',
    artwork: {
      ref: '龙纹-livery.png',
      sha256: HASH_A,
      film: 'printed-cast-vinyl',
      zones: ['hood', 'roof'],
      placement: { hood: { fit: 'fill', offsetMm: [120, -40], scale: 1.5, rotationDeg: 90 } },
    },
    decals,
  },
  store: 'sh-xuhui-wrap',
});
const plain = (c: Configuration): Configuration => {
  const { decals: _d, ...wrap } = c.wrap!;
  const { sha256: _s, placement: _p, ...artwork } = wrap.artwork!;
  return { ...c, wrap: { ...wrap, artwork } };
};

describe('decal pricing', () => {
  it('prices a decal as its printed film per m² × its area', () => {
    // printed-cast-vinyl 399.00 yuan/m² × 0.3 m × 0.2 m = 23.94 yuan
    expect(decalFen([300, 200], 39_900)).toBe(2394);
    expect(decalFen([123.4, 56.7], 39_900)).toBe(279); // 0.00699678 m² × 39900 = 279.17 fen
    const priced = priceQuote(catalog, design([decal(), decal({ sizeMm: [1000, 500] })]), {
      date: DATE,
      zones,
    });
    const without = priceQuote(catalog, design([]), { date: DATE, zones });
    if (!priced.ok || !without.ok) throw new Error('pricing failed');
    const lines = priced.quote.lines.filter((l) => l.label.en.includes('decal'));
    expect(lines.map((l) => [l.amountFen, l.basis?.areaM2, l.zone])).toEqual([
      [2394, 0.06, undefined],
      [19_950, 0.5, undefined],
    ]);
    expect(lines[0]?.label).toEqual({
      zh: '定制数码打印膜（贴花 1，300 × 200 mm）',
      en: 'Custom printed cast vinyl (decal 1, 300 × 200 mm)',
    });
    expect(priced.quote.subtotalFen - without.quote.subtotalFen).toBe(2394 + 19_950);
  });

  it('takes decal sides to 0.1 mm and prices them exactly, with no rounding first', () => {
    // 1000.1 mm × 500 mm = 0.50005 m² × 39900 fen/m² = 19951.995 fen → 19952 (half-up once, at the end)
    expect(decalFen([1000.1, 500], 39_900)).toBe(19_952);
    expect(Configuration.safeParse(design([decal({ sizeMm: [1000.1, 500] })])).success).toBe(true);
  });

  it.each([
    [1000.05, 0],
    [300.123, 1],
  ])('refuses a decal side of %s mm (finer than 0.1 mm) with the reason and where', (side, at) => {
    const sizeMm: [number, number] = at === 0 ? [side, 500] : [500, side];
    const r = Configuration.safeParse(design([decal(), decal({ sizeMm })]));
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual([[`wrap.decals.1.sizeMm.${at}`, expect.stringMatching(/to 0\.1 mm at most/)]]);
  });
});

describe('decal rules', () => {
  const codes = (c: Configuration) => {
    const r = evaluateRules(catalog, c, { zones, date: DATE });
    return r.valid ? [] : r.violations.map((v) => [v.code, v.path]);
  };

  it('accepts sensible decals on a printed film', () => {
    expect(codes(design([decal(), decal({ sizeMm: [1500, 4000] })]))).toEqual([]);
  });

  it('refuses a decal on a film that is not printed, too small, too large for the roll, or without a normal', () => {
    expect(
      codes(
        design([
          decal({ film: 'gloss-red' }),
          decal({ sizeMm: [15, 200] }),
          decal({ sizeMm: [1600, 1600] }),
          decal({ normal: [0, 0, 0] }),
          decal({ film: 'no-such-film' }),
        ]),
      ),
    ).toEqual([
      ['decal-film-not-printed', '$.wrap.decals[0].film'],
      ['decal-size', '$.wrap.decals[1].sizeMm'],
      ['decal-size', '$.wrap.decals[2].sizeMm'],
      ['decal-normal', '$.wrap.decals[3].normal'],
      ['unknown-item', '$.wrap.decals[4].film'],
    ]);
    const r = evaluateRules(catalog, design([decal({ sizeMm: [1600, 1600] })]), { zones, date: DATE });
    const message = !r.valid ? r.violations[0]?.message : undefined;
    expect(message && messageText(message, 'zh-CN')).toContain('膜卷宽度 1520 毫米');
    expect(message && messageText(message)).toContain('cannot be printed in one piece');
  });
});

describe('order draft and work order name the files to supply', () => {
  it('lists each artwork file once with its SHA-256 and where it is printed', () => {
    const draft = makeDraft(catalog, zones, design([decal(), decal({ sizeMm: [100, 100] })]));
    expect(draft.artworkFiles).toEqual([
      {
        ref: '龙纹-livery.png',
        sha256: HASH_A,
        uses: [{ kind: 'zones', film: 'printed-cast-vinyl', zones: ['hood', 'roof'] }],
      },
      {
        ref: 'logo.png',
        sha256: HASH_B,
        uses: [
          { kind: 'decal', film: 'printed-cast-vinyl', sizeMm: [300, 200] },
          { kind: 'decal', film: 'printed-cast-vinyl', sizeMm: [100, 100] },
        ],
      },
    ]);
    const order = buildWorkOrder(draft, catalog, zones);
    expect(order.artworkFiles).toEqual(draft.artworkFiles);
    const decalCut = order.wrap.find((j) => j.zone === '');
    expect(decalCut?.zoneName).toEqual({ zh: '贴花 1，300 × 200 mm', en: 'decal 1, 300 × 200 mm' });
    expect(decalCut?.areaM2).toBe(0.06);
  });

  it('says nothing about files when the design prints none, and keeps a file without a hash', () => {
    expect(makeDraft(catalog, zones).artworkFiles).toBeUndefined();
    const old = plain(design());
    const draft = makeDraft(catalog, zones, old);
    expect(draft.artworkFiles).toEqual([
      {
        ref: '龙纹-livery.png',
        uses: [{ kind: 'zones', film: 'printed-cast-vinyl', zones: ['hood', 'roof'] }],
      },
    ]);
  });
});

describe('configuration code with designer fields', () => {
  it('carries artwork name, film and zones; hashes, placement and decals stay in the draft JSON only', () => {
    const full = design([decal(), decal({ ref: 'x.webp' })]);
    const code = encodeConfigurationCode(full, catalog);
    expect(code).toBe(encodeConfigurationCode(plain(full), catalog));
    const back = decodeConfigurationCode(code, { catalog, zones, date: DATE });
    if (!back.ok) throw new Error(messageText(back.error.message));
    expect(back.configuration).toStrictEqual(plain(full));
  });

  it('never fails to decode because of them: every placement and decal variant decodes', () => {
    for (const fit of ['fit', 'fill', 'tile'] as const) {
      const c = design([decal({ sizeMm: [10, 5000], rotationDeg: -360 })]);
      c.wrap!.artwork!.placement = {
        roof: { fit, offsetMm: [-20_000, 20_000], scale: 0.01, rotationDeg: 360 },
      };
      const back = decodeConfigurationCode(encodeConfigurationCode(c, catalog), {
        catalog,
        zones,
        date: DATE,
      });
      expect(back.ok).toBe(true);
    }
  });
});
