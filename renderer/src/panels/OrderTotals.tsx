import { formatCny } from '@domain/pricing/money';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../i18n';
import { useConfigurator } from '../store/store';

/**
 * Order total, deposit, battery subscription, and (for the launch EV, a new car) the on-the-road estimate with its
 * purchase-tax line.
 */
export function OrderTotals() {
  const { t } = useTranslation();
  const say = useMessage();
  const quote = useConfigurator((s) => s.quote);
  if (!quote) return null;
  const tax = quote.purchaseTax;
  const fee = quote.battery?.monthlyFeeFen;
  // A customer's own car is serviced, not bought: no purchase tax and no on-the-road figure.
  const service = quote.vehicle?.kind === 'service';
  return (
    <section className="panel-section totals" aria-label={t('summary.totals')}>
      <dl>
        {quote.promotionDiscountFen !== 0 && (
          <div className="total-row">
            <dt>{t('summary.promotionSavings')}</dt>
            <dd className="money discount">{formatCny(-Math.abs(quote.promotionDiscountFen))}</dd>
          </div>
        )}
        <div className="total-row grand">
          <dt>{t('summary.orderTotal')}</dt>
          <dd className="money" data-testid="summary-total" data-fen={quote.totalFen}>
            {formatCny(quote.totalFen)}
          </dd>
        </div>
        {quote.depositFen > 0 && (
          <div className="total-row">
            <dt>{t('summary.deposit')}</dt>
            <dd className="money">{formatCny(quote.depositFen)}</dd>
          </div>
        )}
        {quote.battery?.plan === 'subscribe' && fee !== undefined && (
          <div className="total-row">
            <dt>{t('summary.batterySubscription', { kwh: quote.battery?.capacityKwh })}</dt>
            <dd className="money">{t('battery.perMonth', { fee: formatCny(fee) })}</dd>
          </div>
        )}
      </dl>
      {!service && (
        <>
          <h3>{t('summary.onTheRoad')}</h3>
          <dl>
            <div className="total-row">
              <dt>{t('summary.orderTotal')}</dt>
              <dd className="money">{formatCny(quote.totalFen)}</dd>
            </div>
            <div className="total-row">
              <dt>{t('summary.purchaseTax')}</dt>
              <dd className="money">
                {tax.status === 'estimated' ? formatCny(tax.taxFen) : say(tax.message)}
              </dd>
            </div>
            {tax.status === 'estimated' && (
              <p className="section-hint">
                {t('summary.taxBasis', {
                  full: formatCny(tax.fullTaxFen),
                  relief: formatCny(tax.reliefFen),
                })}
              </p>
            )}
            <div className="total-row grand">
              <dt>{t('summary.onTheRoadTotal')}</dt>
              <dd className="money" data-testid="on-the-road" data-fen={quote.onTheRoadFen ?? undefined}>
                {quote.onTheRoadFen === null ? t('summary.noEstimate') : formatCny(quote.onTheRoadFen)}
              </dd>
            </div>
          </dl>
          <p className="section-hint">
            {t('summary.onTheRoadNote', { version: quote.priceListVersion, date: quote.date })}
          </p>
        </>
      )}
    </section>
  );
}
