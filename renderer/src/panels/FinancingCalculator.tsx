import type { FinancingPlan } from '@domain/catalog/items';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';
import { FinancingFigures } from './FinancingFigures';
import { formatNumber, loc } from './format';
import { useLanguage } from './hooks';
import { OptionCard } from './OptionCard';

/** Down-payment choices of a plan: its minimum, then every 10 % up to 90 %. */
function downPayments(plan: FinancingPlan): number[] {
  const out = [plan.minDownPaymentPercent];
  for (let p = Math.ceil((plan.minDownPaymentPercent + 1) / 10) * 10; p <= 90; p += 10) out.push(p);
  return out;
}

/** Financing: plan, down payment and term go into the configuration; main works out the monthly payment. */
export function FinancingCalculator() {
  const { t } = useTranslation();
  const language = useLanguage();
  const plans = useConfigurator((s) => s.catalog?.financingPlans);
  const financing = useConfigurator((s) => s.configuration?.financing);
  const termId = useId();
  const downId = useId();
  if (!plans || plans.length === 0) return null;
  const plan = plans.find((p) => p.id === financing?.plan);
  const choosePlan = (p: FinancingPlan) =>
    void actions.setTerms({
      financing: {
        plan: p.id,
        termMonths: p.termsMonths.at(-1)!,
        downPaymentPercent: p.minDownPaymentPercent,
      },
    });
  return (
    <section className="panel-section" aria-label={t('financing.title')}>
      <h3>{t('financing.title')}</h3>
      <div className="option-grid">
        <OptionCard
          name={t('financing.cash')}
          selected={!financing}
          onSelect={() => void actions.setTerms({ financing: undefined })}
        />
        {plans.map((p) => (
          <OptionCard
            key={p.id}
            name={loc(p.name, language)}
            detail={t('financing.planDetail', {
              min: formatNumber(p.minDownPaymentPercent, language),
              terms: p.termsMonths.join(language.startsWith('zh') ? '、' : ', '),
            })}
            selected={financing?.plan === p.id}
            onSelect={() => choosePlan(p)}
          />
        ))}
      </div>
      {plan && financing && (
        <div className="financing-inputs">
          <label htmlFor={downId}>{t('financing.downPayment')}</label>
          <select
            id={downId}
            value={financing.downPaymentPercent}
            onChange={(e) =>
              void actions.setTerms({
                financing: { ...financing, downPaymentPercent: Number(e.target.value) },
              })
            }
          >
            {downPayments(plan).map((p) => (
              <option key={p} value={p}>
                {t('financing.percent', { value: formatNumber(p, language) })}
              </option>
            ))}
          </select>
          <label htmlFor={termId}>{t('financing.term')}</label>
          <select
            id={termId}
            value={financing.termMonths}
            onChange={(e) =>
              void actions.setTerms({ financing: { ...financing, termMonths: Number(e.target.value) } })
            }
          >
            {plan.termsMonths.map((m) => (
              <option key={m} value={m}>
                {t('financing.months', { count: m })}
              </option>
            ))}
          </select>
        </div>
      )}
      <FinancingFigures />
    </section>
  );
}
