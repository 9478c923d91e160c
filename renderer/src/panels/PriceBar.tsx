import { formatCny } from '@domain/pricing/money';
import { useTranslation } from 'react-i18next';
import { useConfigurator } from '../store/store';
import { vehicleKindOf } from '../store/vehicle-slice';
import { stepsFor } from '../vehicles/steps';

/** The sticky price bar: the live total from main, monthly figures, and back / next. */
export function PriceBar() {
  const { t } = useTranslation();
  const total = useConfigurator((s) => s.quote?.totalFen);
  const monthly = useConfigurator((s) => s.quote?.financing?.monthlyPaymentFen);
  const fee = useConfigurator((s) =>
    s.quote?.battery?.plan === 'subscribe' ? s.quote.battery.monthlyFeeFen : undefined,
  );
  const refused = useConfigurator((s) => s.quoteRefusal !== null);
  const busy = useConfigurator((s) => s.shownSeq !== s.quoteSeq || s.applying);
  const shownSeq = useConfigurator((s) => s.shownSeq);
  const step = useConfigurator((s) => s.step);
  const setStep = useConfigurator((s) => s.setStep);
  const steps = stepsFor(useConfigurator(vehicleKindOf));
  const i = steps.indexOf(step);
  return (
    <div className="price-bar" data-quote-seq={shownSeq} data-quote-state={busy ? 'pending' : 'ready'}>
      <button type="button" className="step-button" disabled={i === 0} onClick={() => setStep(steps[i - 1]!)}>
        {t('panel.back')}
      </button>
      <output className="price-total" aria-live="polite" aria-busy={busy} aria-label={t('price.total')}>
        <span className="price-label">{t('price.total')}</span>
        <span className="price-amount" data-testid="order-total" data-fen={total}>
          {refused ? t('price.refused') : total !== undefined ? formatCny(total) : '—'}
        </span>
        {(monthly !== undefined || fee !== undefined) && (
          <span className="price-monthly">
            {monthly !== undefined && t('price.monthly', { amount: formatCny(monthly) })}
            {monthly !== undefined && fee !== undefined && ' · '}
            {fee !== undefined && t('price.battery', { amount: formatCny(fee) })}
          </span>
        )}
      </output>
      {i < steps.length - 1 ? (
        <button type="button" className="step-button primary-button" onClick={() => setStep(steps[i + 1]!)}>
          {t('panel.next', { step: t(`steps.${steps[i + 1]}`) })}
        </button>
      ) : (
        <span className="step-button-spacer" />
      )}
    </div>
  );
}
