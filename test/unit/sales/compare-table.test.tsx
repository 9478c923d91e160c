import type { Configuration } from '@domain/configuration';
import { type Comparison, compareQuotes } from '@domain/pricing/compare';
import { formatCnyChange } from '@domain/pricing/money';
import { priceQuote } from '@domain/pricing/quote';
import { setupI18n } from '@renderer/i18n';
import { CompareTable } from '@renderer/sales/CompareTable';
import type { i18n as I18n } from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { base, catalogFrom, DATE, loadDefault, rawDefault } from '../domain/fixtures';

let comparison: Comparison;
let i18n: I18n;
beforeAll(async () => {
  const { catalog, zones } = await loadDefault();
  const side = (configuration: Configuration) => {
    const r = priceQuote(catalog, configuration, { date: DATE, zones, store: 'sh-xuhui-wrap' });
    if (!r.ok) throw new Error('refused');
    return { configuration, quote: r.quote };
  };
  comparison = compareQuotes(
    catalog,
    side(base('standard')),
    side(base('performance', { maintenance: 'care-plus' })),
  );
  i18n = setupI18n('zh-CN');
});

const render = () => renderToStaticMarkup(createElement(CompareTable, { comparison }));

describe('CompareTable', () => {
  it('shows the rows either option has, each side’s choices and B − A, and the total', async () => {
    const html = render();
    expect(html).toContain('车型与电池');
    expect(html).toContain('性能版');
    expect(html).toContain('保养套餐');
    expect(html).not.toContain('隐形车衣'); // neither option has PPF: the row stays out of the way
    const total = comparison.total.differenceFen;
    expect(html).toContain(`data-testid="compare-total-difference" data-fen="${total}"`);
    expect(html).toContain(formatCnyChange(total));
    expect(html).not.toContain('分期月供'); // no financing on either side
    expect(html).toContain('购置税估算');
  });

  it('speaks English after a language switch', async () => {
    await i18n.changeLanguage('en');
    const html = render();
    expect(html).toContain('Trim &amp; battery');
    expect(html).toContain('Difference (B − A)');
    expect(html).toContain('Order total (after promotions)');
  });

  it('says "no estimate" for on-the-road and tax on a date the tax is not estimated, in both languages', async () => {
    const { zones } = await loadDefault();
    const raw = rawDefault();
    (raw['catalog.json']!.priceList as { effectiveTo: string }).effectiveTo = '2028-06-30';
    const catalog = catalogFrom(raw);
    const side = (configuration: Configuration) => {
      const r = priceQuote(catalog, configuration, { date: '2028-01-05', zones, store: 'sh-xuhui-wrap' });
      if (!r.ok) throw new Error('refused');
      return { configuration, quote: r.quote };
    };
    const late = compareQuotes(catalog, side(base('standard')), side(base('long-range')));
    const row = (html: string, figure: string) =>
      html.slice(html.indexOf(`data-figure="${figure}"`)).split('</tr>')[0]!;
    for (const [language, words] of [
      ['zh-CN', '无估算'],
      ['en', 'No estimate'],
    ] as const) {
      await i18n.changeLanguage(language);
      const html = renderToStaticMarkup(createElement(CompareTable, { comparison: late }));
      for (const figure of ['onTheRoad', 'purchaseTax']) {
        expect(row(html, figure).split(words)).toHaveLength(3); // A and B
        expect(row(html, figure)).not.toMatch(/¥/);
      }
    }
  });
});
