import { messageText } from '@contract/i18n';
import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import { decodeConfigurationCode, encodeConfigurationCode } from '@domain/code/decode';
import type { Configuration } from '@domain/configuration';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validConfigurationArbitrary } from '../../support/arbitrary';
import { DATE, loadDefault } from '../domain/fixtures';

/** Length budget: 60 characters for any configuration, plus what a free-text artwork file name costs. */
function budgetFor(c: Configuration): number {
  const ref = c.wrap?.artwork?.ref;
  return 60 + (ref ? Math.ceil((ref.length * 8 + 16) / 5) : 0);
}

let catalog: Catalog;
let zones: ZoneTable;
beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
});

describe('configuration code round trip', () => {
  it('restores every random valid configuration exactly and stays within the length budget', () => {
    fc.assert(
      fc.property(validConfigurationArbitrary(catalog, { zones, date: DATE }), (c) => {
        const code = encodeConfigurationCode(c, catalog);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
        expect(code.length).toBeLessThanOrEqual(budgetFor(c));
        const back = decodeConfigurationCode(code, { catalog, zones, date: DATE });
        if (!back.ok) throw new Error(`${code}: ${messageText(back.error.message)}`);
        expect(back.configuration).toStrictEqual(c);
        expect(JSON.stringify(back.configuration)).toBe(JSON.stringify(c));
        expect(back.current).toBe(true);
        expect(back.notices).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a typical shop configuration under 40 characters', () => {
    const typical: Configuration = {
      schemaVersion: 1,
      vehicle: 'compact-ev',
      trim: 'long-range',
      battery: 'buy',
      wrap: { film: 'satin-khaki', twoTone: 'two-tone-black-roof' },
      wheel: 'turbine-17',
      tint: { rear: 'tint-20', 'rear-sides': 'tint-20' },
      accessories: ['roof-rails', 'crossbars'],
      maintenance: 'care-plus',
      store: 'sh-xuhui-wrap',
      financing: { plan: 'fin-zero-24', termMonths: 24, downPaymentPercent: 30 },
    };
    const code = encodeConfigurationCode(typical, catalog);
    expect(code.length).toBeLessThan(40);
    const back = decodeConfigurationCode(code.toLowerCase().replace(/(.{5})/g, '$1-'), {
      catalog,
      zones,
      date: DATE,
    });
    expect(back.ok && back.configuration).toStrictEqual(typical);
  });

  it('carries ids that are not in the code table as spelled-out text', () => {
    const c: Configuration = {
      schemaVersion: 1,
      vehicle: 'compact-ev',
      trim: 'standard',
      battery: 'buy',
      wrap: { zones: { 'custom-panel': 'gloss-red' } },
    };
    const code = encodeConfigurationCode(c, catalog);
    // The rules refuse an unknown zone, so the decoder must refuse, but only after reading the id back exactly.
    const back = decodeConfigurationCode(code, { catalog, zones, date: DATE });
    expect(back.ok).toBe(false);
    if (!back.ok) {
      expect(back.error.reason).toBe('invalid-configuration');
      expect(messageText(back.error.message)).toContain('custom-panel');
    }
  });

  it('ignores the designer-only fields (hash, placement, decals): same code, and the decoded configuration lacks only them', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
    const mm = fc.double({ min: -20_000, max: 20_000, noNaN: true });
    const placement = fc.record({
      fit: fc.constantFrom('fit' as const, 'fill' as const, 'tile' as const),
      offsetMm: fc.tuple(mm, mm),
      scale: fc.double({ min: 0.01, max: 100, noNaN: true }),
      rotationDeg: fc.double({ min: -360, max: 360, noNaN: true }),
    });
    const decal = fc.record({
      ref: fc.string({ minLength: 1, maxLength: 40 }),
      sha256: hex,
      film: fc.constantFrom('printed-cast-vinyl', 'gloss-red', 'no-such-film'),
      position: fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.constant(0.5), fc.constant(1)),
      normal: fc.tuple(fc.constant(0), fc.constant(1), fc.constant(0)),
      sizeMm: fc.tuple(
        fc.integer({ min: 100, max: 50_000 }).map((tenths) => tenths / 10),
        fc.integer({ min: 100, max: 50_000 }).map((tenths) => tenths / 10),
      ),
      rotationDeg: fc.constant(0),
    });
    fc.assert(
      fc.property(
        validConfigurationArbitrary(catalog, { zones, date: DATE }),
        hex,
        placement,
        fc.array(decal, { maxLength: 16 }),
        (c, sha256, place, decals) => {
          const designed: Configuration = structuredClone(c);
          designed.wrap = { ...(designed.wrap ?? {}), decals };
          const art = designed.wrap.artwork;
          if (art) {
            art.sha256 = sha256;
            art.placement = { [art.zones[0]!]: place };
          }
          const code = encodeConfigurationCode(designed, catalog);
          expect(code).toBe(encodeConfigurationCode(c, catalog));
          const back = decodeConfigurationCode(code, { catalog, zones, date: DATE });
          if (!back.ok) throw new Error(`${code}: ${messageText(back.error.message)}`);
          expect(back.configuration).toStrictEqual(c);
        },
      ),
      { numRuns: 200 },
    );
  });
});
