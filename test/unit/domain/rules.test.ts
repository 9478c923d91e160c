import { messageText } from '@contract/i18n';
import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import { priceQuote } from '@domain/pricing/quote';
import { applyChoice } from '@domain/rules/apply';
import { optionAvailability } from '@domain/rules/availability';
import { defaultConfiguration } from '@domain/rules/defaults';
import { evaluateRules } from '@domain/rules/evaluate';
import { beforeAll, describe, expect, it } from 'vitest';
import { base, DATE, loadDefault } from './fixtures';

let catalog: Catalog;
let zones: ZoneTable;
beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
});
const ctx = () => ({ zones, date: DATE });

describe('defaultConfiguration', () => {
  it('starts on the first trim with the battery bought, keeping only a store the catalog lists', () => {
    const first = { schemaVersion: 1, vehicle: 'compact-ev', trim: catalog.trims[0]!.id, battery: 'buy' };
    expect(defaultConfiguration(catalog)).toEqual(first);
    expect(defaultConfiguration(catalog, undefined, 'sh-xuhui-wrap')).toEqual({
      ...first,
      store: 'sh-xuhui-wrap',
    });
    expect(defaultConfiguration(catalog, 'performance', 'no-such-store')).toEqual({
      ...first,
      trim: 'performance',
    });
    expect(() => defaultConfiguration(catalog, 'no-such-trim')).toThrow(
      /unknown trim "no-such-trim": choose one of standard, /,
    );
  });
});

describe('evaluateRules', () => {
  it('accepts the default configuration of every trim', () => {
    for (const t of catalog.trims)
      expect(evaluateRules(catalog, defaultConfiguration(catalog, t.id), ctx())).toEqual({ valid: true });
  });

  it('requires: roof box without crossbars, explained in both languages', () => {
    const r = evaluateRules(catalog, base('standard', { accessories: ['roof-rails', 'roof-box'] }), ctx());
    expect(r.valid).toBe(false);
    const v = !r.valid ? r.violations : [];
    expect(v).toEqual([expect.objectContaining({ code: 'requires', rule: 'rule-roof-box-needs-crossbars' })]);
    expect(v.map((x) => [messageText(x.message, 'zh-CN'), messageText(x.message)])).toEqual([
      ['车顶行李箱需要车顶横杆', 'Roof box needs Roof crossbars'],
    ]);
  });

  it('a requirement met through a package counts', () => {
    const c = base('standard', { accessoryPackages: ['pkg-adventure'], accessories: ['bike-rack'] });
    expect(evaluateRules(catalog, c, ctx())).toEqual({ valid: true });
  });

  it('excludes on the same zone only: chrome roof with partial-front PPF is fine, chrome hood is not', () => {
    const ok = base('standard', { ppf: 'ppf-partial-front', wrap: { zones: { roof: 'chrome-silver' } } });
    expect(evaluateRules(catalog, ok, ctx())).toEqual({ valid: true });
    const bad = base('standard', { ppf: 'ppf-partial-front', wrap: { zones: { hood: 'chrome-silver' } } });
    const r = evaluateRules(catalog, bad, ctx());
    expect(!r.valid && r.violations[0]).toMatchObject({ code: 'excludes', zones: ['hood'] });
    expect(!r.valid && messageText(r.violations[0]!.message)).toContain('on Hood');
  });

  it('onlyOnTrims: 19-inch wheels and the tow bar', () => {
    const r = evaluateRules(catalog, base('standard', { wheel: 'aero-19', accessories: ['tow-bar'] }), ctx());
    const messages = !r.valid ? r.violations.map((v) => messageText(v.message)) : [];
    expect(messages).toEqual([
      '19-inch Aero wheels is only available on Performance',
      'Tow bar is only available on Long Range, Performance: Tow bar needs the 60 kWh battery (Long Range or Performance)',
    ]);
  });

  it('integrity: unknown ids, illegal windscreen tint, printed film without artwork, bad financing', () => {
    const c = base('standard', {
      wrap: { film: 'printed-cast-vinyl' },
      tint: { windscreen: 'tint-20' },
      maintenance: 'care-gold',
      financing: { plan: 'fin-zero-24', termMonths: 36, downPaymentPercent: 10 },
      promotionCodes: ['FREECAR'],
    });
    const r = evaluateRules(catalog, c, ctx());
    expect(!r.valid && r.violations.map((v) => [v.code, v.path])).toEqual([
      ['printed-film-needs-artwork', '$.wrap.film'],
      ['tint-below-legal-vlt', '$.tint.windscreen'],
      ['unknown-item', '$.maintenance'],
      ['financing-term', '$.financing.termMonths'],
      ['financing-down-payment', '$.financing.downPaymentPercent'],
      ['unknown-promotion-code', '$.promotionCodes[0]'],
    ]);
  });

  it('artwork must be on a printed film and not clash with per-zone films', () => {
    const c = base('standard', {
      wrap: { zones: { hood: 'gloss-red' }, artwork: { ref: 'a.png', film: 'gloss-red', zones: ['hood'] } },
    });
    const r = evaluateRules(catalog, c, ctx());
    expect(!r.valid && r.violations.map((v) => v.code)).toEqual([
      'artwork-film-not-printed',
      'zone-assigned-twice',
    ]);
  });
});

describe('wrap layering', () => {
  it('full film < two-tone < per-zone film < artwork, zone by zone', () => {
    const c = base('standard', {
      wrap: {
        film: 'gloss-red',
        twoTone: 'two-tone-black-roof',
        zones: { 'mirror-left': 'gloss-yellow' },
        artwork: { ref: 'dragon.png', film: 'printed-cast-vinyl', zones: ['hood'] },
      },
    });
    const r = priceQuote(catalog, c, { date: DATE, store: 'sh-xuhui-wrap', zones });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const on = (zone: string) => r.quote.lines.find((l) => l.kind === 'material' && l.zone === zone)?.item;
    expect([on('hood'), on('roof'), on('mirror-left'), on('mirror-right'), on('tailgate')]).toEqual([
      'printed-cast-vinyl',
      'gloss-black',
      'gloss-yellow',
      'gloss-black',
      'gloss-red',
    ]);
  });

  it('a zone id that is not a zone of the car is refused, not priced (even "constructor")', () => {
    const r = evaluateRules(
      catalog,
      base('standard', { wrap: { zones: { constructor: 'gloss-red' } } }),
      ctx(),
    );
    expect(!r.valid && r.violations.map((v) => [v.code, v.path])).toEqual([
      ['unknown-zone', '$.wrap.zones.constructor'],
    ]);
  });

  it('a chrome film hidden under other films everywhere does not conflict with PPF', () => {
    const c = base('standard', {
      ppf: 'ppf-partial-front',
      wrap: { zones: Object.fromEntries([...zones.zones.keys()].map((z) => [z, 'gloss-white'])) },
    });
    const hidden = { ...c, wrap: { ...c.wrap, film: 'chrome-silver' } };
    expect(evaluateRules(catalog, hidden, ctx())).toEqual({ valid: true });
  });
});

describe('applyChoice', () => {
  it('adds what a choice requires, transitively, and says so', () => {
    const r = applyChoice(
      catalog,
      base('standard'),
      { kind: 'accessory', id: 'roof-box', selected: true },
      ctx(),
    );
    expect(r.ok && r.configuration.accessories).toEqual(['roof-box', 'crossbars', 'roof-rails']);
    expect(r.ok && r.changes.map((c) => [c.action, c.id, messageText(c.message)])).toEqual([
      ['added', 'crossbars', 'Roof box needs Roof crossbars'],
      ['added', 'roof-rails', 'Roof crossbars needs Roof rails'],
    ]);
  });

  it('removing a requirement removes what depended on it', () => {
    const c = base('standard', { accessories: ['roof-rails', 'crossbars', 'roof-box'] });
    const r = applyChoice(catalog, c, { kind: 'accessory', id: 'crossbars', selected: false }, ctx());
    expect(r.ok && r.configuration.accessories).toEqual(['roof-rails']);
    expect(r.ok && r.changes.map((x) => [x.action, x.id])).toEqual([['removed', 'roof-box']]);
  });

  it('removes what the new choice excludes (only on the shared zones)', () => {
    const c = base('standard', { wrap: { zones: { hood: 'chrome-silver', roof: 'chrome-silver' } } });
    const r = applyChoice(catalog, c, { kind: 'ppf', id: 'ppf-partial-front' }, ctx());
    expect(r.ok && r.configuration).toMatchObject({
      ppf: 'ppf-partial-front',
      wrap: { zones: { roof: 'chrome-silver' } },
    });
    expect(r.ok && r.changes.map((x) => [x.action, x.id])).toEqual([['removed', 'chrome-silver']]);
  });

  it('changing trim drops options the new trim does not allow, back to its standard', () => {
    const c = base('performance', { wheel: 'mesh-19', caliper: 'caliper-yellow', accessories: ['tow-bar'] });
    const r = applyChoice(catalog, c, { kind: 'trim', id: 'standard' }, ctx());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.configuration).toEqual(base('standard'));
    expect(r.changes.map((x) => x.id).sort()).toEqual(['caliper-yellow', 'mesh-19', 'tow-bar']);
    expect(priceQuote(catalog, r.configuration, { date: DATE, store: 'sh-xuhui-wrap', zones }).ok).toBe(true);
  });

  it('choosing a package drops the accessories it already includes', () => {
    const c = base('standard', { accessories: ['roof-rails', 'floor-mats'] });
    const r = applyChoice(
      catalog,
      c,
      { kind: 'accessoryPackage', id: 'pkg-adventure', selected: true },
      ctx(),
    );
    expect(r.ok && r.configuration).toMatchObject({
      accessories: ['floor-mats'],
      accessoryPackages: ['pkg-adventure'],
    });
  });

  it('refuses a choice the trim does not allow, with the reason', () => {
    const r = applyChoice(catalog, base('standard'), { kind: 'wheel', id: 'turbine-19' }, ctx());
    expect(r.ok).toBe(false);
    expect(!r.ok && messageText(r.reasons[0]!.message, 'zh-CN')).toBe('19英寸涡轮轮毂仅适用于性能版');
  });
});

describe('optionAvailability', () => {
  it('explains every unavailable option in both languages', () => {
    const list = optionAvailability(catalog, base('standard', { ppf: 'ppf-full-body-gloss' }), ctx());
    const expectedCount =
      catalog.trims.length +
      catalog.films.length +
      catalog.twoTonePresets.length +
      catalog.ppfPackages.length +
      catalog.windowSets.length * catalog.tintFilms.length +
      catalog.wheels.length +
      catalog.calipers.length +
      catalog.trimPieces.length +
      catalog.accessories.length +
      catalog.accessoryPackages.length +
      catalog.maintenancePackages.length;
    expect(list).toHaveLength(expectedCount);
    for (const o of list) {
      if (o.available) continue;
      expect(o.reasons.length, `${o.id}`).toBeGreaterThan(0);
      for (const r of o.reasons) {
        expect(messageText(r, 'zh-CN').length).toBeGreaterThan(0);
        expect(messageText(r).length).toBeGreaterThan(0);
      }
    }
    const find = (id: string, set?: string) => list.find((o) => o.id === id && o.windowSet === set)!;
    expect(find('ppf-full-body-gloss')).toMatchObject({ status: 'selected' });
    const reasons = (id: string) => find(id).reasons.map((r) => messageText(r));
    expect(find('aero-19').status).toBe('unavailable');
    expect(reasons('aero-19')).toEqual(['19-inch Aero wheels is only available on Performance']);
    expect(find('roof-box').status).toBe('needs-changes');
    expect(reasons('roof-box')).toEqual(['Roof box needs Roof crossbars', 'Roof crossbars needs Roof rails']);
    expect(find('chrome-silver').status).toBe('needs-changes');
    expect(find('chrome-silver').changes[0]).toMatchObject({ action: 'removed', id: 'ppf-full-body-gloss' });
    expect(find('tint-35', 'windscreen')).toMatchObject({ status: 'unavailable' });
    expect(messageText(find('tint-35', 'windscreen').reasons[0]!)).toContain('at least 70%');
    expect(find('tint-35', 'rear')).toMatchObject({ status: 'available' });
    expect(messageText(find('printed-cast-vinyl').reasons[0]!)).toContain('needs artwork');
  });
});
