import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import { withoutZone } from '@renderer/quote/format';
import { groupCode, groupLines, packageNamesOf } from '@renderer/quote/group';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefault } from '../domain/fixtures';
import { makeDraft } from '../drafts/fixtures';

let catalog: Catalog;
let zones: ZoneTable;
beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
});

describe('quote grouping for print', () => {
  it('groups zone lines per film and fitting with its part, never changing a sum', () => {
    const { quote } = makeDraft(catalog, zones);
    const sections = groupLines(quote.lines, (_id, label) => withoutZone(label));
    const printed = sections.reduce((s, sec) => s + sec.rows.reduce((t, r) => t + r.amountFen, 0), 0);
    const discounts = quote.lines.filter((l) => l.kind === 'discount').reduce((s, l) => s + l.amountFen, 0);
    expect(printed + discounts).toBe(quote.totalFen);
    for (const sec of sections) expect(sec.subtotalFen).toBe(quote.subtotalsFen[sec.category]);
    const wrap = sections.find((s) => s.category === 'wrap')!;
    expect(wrap.rows.map((r) => r.label.zh)).toEqual(['缎光沙漠卡其', '亮光钢琴黑']);
    expect(wrap.rows[1]).toMatchObject({ zones: 3 });
    const rails = sections
      .find((s) => s.category === 'accessories')!
      .rows.find((r) => r.label.en === 'Roof rails')!;
    expect(rails.hours).toBe(1.5);
    expect(packageNamesOf(quote.lines).get('pkg-sport')).toEqual({
      zh: '运动外观套装',
      en: 'Sport styling package',
    });
  });

  it('prints codes in groups of five', () => {
    expect(groupCode('1YZXJ5CPWA2751W0105SEW0CC73FT')).toBe('1YZXJ-5CPWA-2751W-0105S-EW0CC-73FT');
    expect(groupCode('12345')).toBe('12345');
  });
});
