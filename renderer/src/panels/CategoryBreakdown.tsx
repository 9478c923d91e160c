import { QUOTE_CATEGORIES } from '@domain/categories';
import { formatCny } from '@domain/pricing/money';
import type { QuoteLine } from '@domain/pricing/types';
import { useTranslation } from 'react-i18next';
import { useConfigurator } from '../store/store';
import { loc } from './format';
import { useLanguage } from './hooks';
import { groupLines } from './quote-lines';

/**
 * The quote by category: each category's total after promotions, its lines (zone lines grouped) and discounts;
 * then order-wide discounts with their own total, so the category totals add up to the order total.
 */
export function CategoryBreakdown() {
  const { t } = useTranslation();
  const language = useLanguage();
  const quote = useConfigurator((s) => s.quote);
  const catalog = useConfigurator((s) => s.catalog);
  if (!quote || !catalog) return null;
  const byCategory = new Map<string, QuoteLine[]>();
  for (const line of quote.lines)
    byCategory.set(line.category, [...(byCategory.get(line.category) ?? []), line]);
  const orderLines = byCategory.get('order') ?? [];
  return (
    <section className="panel-section" aria-label={t('summary.breakdown')}>
      <h3>{t('summary.breakdown')}</h3>
      <dl className="breakdown">
        {QUOTE_CATEGORIES.filter((c) => byCategory.has(c)).map((c) => (
          <div key={c} className="breakdown-category">
            <dt>
              <span>{t(`category.${c}`)}</span>
              <span className="money">{formatCny(quote.categoryTotalsFen[c])}</span>
            </dt>
            {groupLines(catalog, byCategory.get(c) ?? [], language, t).map((g) => (
              <dd
                key={g.key}
                className={g.discount ? 'line discount' : 'line'}
                data-item={g.item}
                data-kind={g.kind}
                data-fen={g.amountFen}
              >
                <span>{g.label}</span>
                <span className="money">{formatCny(g.amountFen)}</span>
              </dd>
            ))}
          </div>
        ))}
        {orderLines.length > 0 && (
          <div className="breakdown-category">
            <dt>
              <span>{t('category.order')}</span>
              <span className="money">{formatCny(quote.categoryTotalsFen.order)}</span>
            </dt>
            {orderLines.map((l) => (
              <dd key={`${l.item}-${l.amountFen}`} className="line discount">
                <span>{loc(l.label, language)}</span>
                <span className="money">{formatCny(l.amountFen)}</span>
              </dd>
            ))}
          </div>
        )}
      </dl>
    </section>
  );
}
