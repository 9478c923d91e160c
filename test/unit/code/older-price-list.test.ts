import { messageText } from '@contract/i18n';
import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import { decodeConfigurationCode, encodeConfigurationCode } from '@domain/code/decode';
import type { Configuration } from '@domain/configuration';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogFrom, DATE, loadDefault, rawDefault } from '../domain/fixtures';

let current: Catalog;
let older: Catalog;
let zones: ZoneTable;

/** The October price list: an extra roof basket, cheaper crossbars; otherwise today's catalog. */
function octoberCatalog(): Catalog {
  const raw = rawDefault();
  const cat = raw['catalog.json'] as {
    priceList: { version: string; effectiveFrom: string; effectiveTo: string };
  };
  cat.priceList = {
    ...cat.priceList,
    version: '2026.10',
    effectiveFrom: '2026-10-01',
    effectiveTo: '2026-10-31',
  };
  const acc = raw['accessories.json'] as {
    accessories: { id: string; name: { zh: string; en: string }; priceFen: number }[];
  };
  const crossbars = acc.accessories.find((a) => a.id === 'crossbars')!;
  acc.accessories.push({ ...crossbars, id: 'roof-basket', name: { zh: '车顶行李筐', en: 'Roof basket' } });
  crossbars.priceFen -= 10_000;
  return catalogFrom(raw);
}

beforeAll(async () => {
  ({ catalog: current, zones } = await loadDefault());
  older = octoberCatalog();
});

const october: Configuration = {
  schemaVersion: 1,
  vehicle: 'compact-ev',
  trim: 'standard',
  battery: 'buy',
  wrap: { film: 'gloss-red' },
  accessories: ['roof-rails', 'crossbars', 'roof-basket'],
  store: 'sh-xuhui-wrap',
};

describe('a code from an older price list', () => {
  it('is repriced under the current list with notices naming what changed', () => {
    const code = encodeConfigurationCode(october, older);
    const r = decodeConfigurationCode(code, { catalog: current, zones, date: DATE, archive: [older] });
    if (!r.ok) throw new Error(messageText(r.error.message));
    expect(r.current).toBe(false);
    expect(r.madeWith).toBe('2026.10');
    expect(r.configuration.accessories).toEqual(['roof-rails', 'crossbars']);
    const kinds = r.notices.map((n) => n.kind);
    expect(kinds[0]).toBe('price-list-changed');
    const removed = r.notices.find((n) => n.kind === 'item-removed');
    expect(messageText(removed!.message, 'zh-CN')).toContain('车顶行李筐');
    expect(messageText(removed!.message)).toContain('Roof basket');
    const crossbars = r.notices.find((n) => n.kind === 'price-changed' && n.item === 'crossbars');
    expect(messageText(crossbars!.message)).toMatch(/changed from ¥[\d,]+\.\d\d to ¥[\d,]+\.\d\d/);
    expect(kinds).toContain('total-changed');
  });

  it('cannot be read without that price list in the archive, and says so', () => {
    const code = encodeConfigurationCode(october, older);
    const r = decodeConfigurationCode(code, { catalog: current, zones, date: DATE });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.reason).toBe('unknown-price-list');
      expect(messageText(r.error.message)).toMatch(/update the app's catalog/);
    }
  });

  it('decodes codes of the current list with no notices even when older lists are archived', () => {
    const c: Configuration = { ...october, accessories: ['roof-rails', 'crossbars'] };
    const r = decodeConfigurationCode(encodeConfigurationCode(c, current), {
      catalog: current,
      zones,
      date: DATE,
      archive: [older],
    });
    expect(r.ok && r.current && r.notices.length === 0 && r.configuration).toStrictEqual(c);
  });

  it('a code of the current list whose promotion code has since expired opens without it, with a notice', () => {
    const c: Configuration = {
      ...october,
      accessories: ['roof-rails', 'crossbars'],
      promotionCodes: ['VIP2026'],
    };
    const code = encodeConfigurationCode(c, current);
    const later = decodeConfigurationCode(code, { catalog: current, zones, date: '2027-04-05' });
    if (!later.ok) throw new Error(messageText(later.error.message));
    expect(later.current).toBe(true);
    expect(later.configuration.promotionCodes).toEqual([]);
    expect(later.notices.map((n) => n.kind)).toEqual(['item-removed']);
    expect(messageText(later.notices[0]!.message)).toBe(
      'promotion code VIP2026 is no longer valid and was removed',
    );
  });
});
