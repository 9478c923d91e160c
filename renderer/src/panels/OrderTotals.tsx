import { useTranslation } from 'react-i18next';
import { useConfigurator } from '../store/store';
import { formatFen, loc } from './format';
import { useLanguage } from './hooks';

/** Order total, deposit, battery subscription, and the on-the-road estimate with its purchase-tax line. */
export function OrderTotals() {
  const { t } = useTranslation();
  const language = useLanguage();
  const quote = useConfigurator((s) => s.quote);
  if (!quote) return null;
  const tax = quote.purchaseTax;
  const fee = quote.battery.monthlyFeeFen;
  return (
    <section className="panel-section totals" aria-label={t('summary.totals')}>
      <dl>
        {quote.promotionDiscountFen !== 0 && (
          <div className="total-row">
            <dt>{t('summary.promotionSavings')}</dt>
            <dd className="money discount">{formatFen(-Math.abs(quote.promotionDiscountFen), language)}</dd>
          </div>
        )}
        <div className="total-row grand">
          <dt>{t('summary.orderTotal')}</dt>
          <dd className="money" data-testid="summary-total" data-fen={quote.totalFen}>
            {formatFen(quote.totalFen, language)}
          </dd>
        </div>
        <div className="total-row">
          <dt>{t('summary.deposit')}</dt>
          <dd className="money">{formatFen(quote.depositFen, language)}</dd>
        </div>
        {quote.battery.plan === 'subscribe' && fee !== undefined && (
          <div className="total-row">
            <dt>{t('summary.batterySubscription', { kwh: quote.battery.capacityKwh })}</dt>
            <dd className="money">{t('battery.perMonth', { fee: formatFen(fee, language) })}</dd>
          </div>
        )}
      </dl>
      <h3>{t('summary.onTheRoad')}</h3>
      <dl>
        <div className="total-row">
          <dt>{t('summary.orderTotal')}</dt>
          <dd className="money">{formatFen(quote.totalFen, language)}</dd>
        </div>
        <div className="total-row">
          <dt>{t('summary.purchaseTax')}</dt>
          <dd className="money">
            {tax.status === 'estimated' ? formatFen(tax.taxFen, language) : loc(tax.message, language)}
          </dd>
        </div>
        {tax.status === 'estimated' && (
          <p className="section-hint">
            {t('summary.taxBasis', {
              full: formatFen(tax.fullTaxFen, language),
              relief: formatFen(tax.reliefFen, language),
            })}
          </p>
        )}
        <div className="total-row grand">
          <dt>{t('summary.onTheRoadTotal')}</dt>
          <dd className="money" data-testid="on-the-road" data-fen={quote.onTheRoadFen ?? undefined}>
            {quote.onTheRoadFen === null ? t('summary.noEstimate') : formatFen(quote.onTheRoadFen, language)}
          </dd>
        </div>
      </dl>
      <p className="section-hint">
        {t('summary.onTheRoadNote', { version: quote.priceListVersion, date: quote.date })}
      </p>
    </section>
  );
}
