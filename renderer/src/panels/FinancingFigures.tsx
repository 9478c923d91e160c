import { formatCny } from '@domain/pricing/money';
import { useTranslation } from 'react-i18next';
import { useConfigurator } from '../store/store';

/** What main worked out for the chosen plan: down payment, amount financed, monthly payment, interest. */
export function FinancingFigures() {
  const { t } = useTranslation();
  const f = useConfigurator((s) => s.quote?.financing);
  if (!f) return null;
  const rows: [string, number, string?][] = [
    [t('financing.downPaymentAmount'), f.downPaymentFen],
    [t('financing.principal'), f.principalFen],
    [t('financing.monthly', { count: f.termMonths }), f.monthlyPaymentFen, 'financing-monthly'],
    [t('financing.interest'), f.totalInterestFen, 'financing-interest'],
    [t('financing.totalPayable'), f.totalPayableFen],
  ];
  return (
    <dl className="financing-figures">
      {rows.map(([label, fen, testId]) => (
        <div key={label} className={testId === 'financing-monthly' ? 'total-row grand' : 'total-row'}>
          <dt>{label}</dt>
          <dd className="money" data-testid={testId}>
            {formatCny(fen)}
          </dd>
        </div>
      ))}
      {f.lastPaymentFen !== f.monthlyPaymentFen && (
        <p className="section-hint">{t('financing.lastPayment', { amount: formatCny(f.lastPaymentFen) })}</p>
      )}
    </dl>
  );
}
