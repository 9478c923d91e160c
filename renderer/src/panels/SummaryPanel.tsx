import { useTranslation } from 'react-i18next';
import { useConfigurator } from '../store/store';
import { vehicleKindOf } from '../store/vehicle-slice';
import { CategoryBreakdown } from './CategoryBreakdown';
import { DraftSlot } from './DraftSlot';
import { FinancingCalculator } from './FinancingCalculator';
import { OrderTotals } from './OrderTotals';
import { PromotionEntry } from './PromotionEntry';
import { StorePicker } from './StorePicker';

/** Step 7: the quote as main priced it — categories, promotions, totals, estimates, financing, draft. */
export function SummaryPanel() {
  const { t } = useTranslation();
  const quote = useConfigurator((s) => s.quote);
  const refusal = useConfigurator((s) => s.quoteRefusal);
  // A customer's own car is serviced, not sold: no financing.
  const newCar = useConfigurator((s) => vehicleKindOf(s) === 'new-car');
  return (
    <>
      <StorePicker />
      <PromotionEntry />
      {quote ? (
        <>
          <CategoryBreakdown />
          <OrderTotals />
          {newCar && <FinancingCalculator />}
        </>
      ) : (
        !refusal && <p className="section-hint">{t('summary.pricing')}</p>
      )}
      <DraftSlot />
    </>
  );
}
