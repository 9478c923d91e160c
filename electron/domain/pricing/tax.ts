import { msg } from '../messages/message';
import { divHalfUp } from './money';
import type { PurchaseTaxEstimate } from './types';

/** Relief cap on new-energy passenger car purchase tax for 2026-2027: 15,000 CNY. */
export const PURCHASE_TAX_RELIEF_CAP_FEN = 1_500_000;
/** First and last purchase dates the halved-tax rule covers. */
export const PURCHASE_TAX_RELIEF_WINDOW = { from: '2026-01-01', to: '2027-12-31' } as const;

/**
 * Purchase-tax estimate, PRODUCT §3: base = price / 1.13, full = 10 % of base, relief = min(full / 2, cap),
 * tax = full − relief. Each step is rounded half-up to the fen. Outside 2026-2027 no estimate is given,
 * because the rules for other years are not in this price list.
 */
export function purchaseTaxEstimate(vehiclePriceFen: number, date: string): PurchaseTaxEstimate {
  const w = PURCHASE_TAX_RELIEF_WINDOW;
  if (date < w.from || date > w.to) {
    return {
      status: 'not-estimated',
      message: msg('pricing.taxWindow', { from: w.from, to: w.to }),
    };
  }
  const baseFen = divHalfUp(vehiclePriceFen * 100, 113);
  const fullTaxFen = divHalfUp(baseFen, 10);
  const reliefFen = Math.min(divHalfUp(fullTaxFen, 2), PURCHASE_TAX_RELIEF_CAP_FEN);
  return {
    status: 'estimated',
    vehiclePriceFen,
    baseFen,
    fullTaxFen,
    reliefFen,
    reliefCapFen: PURCHASE_TAX_RELIEF_CAP_FEN,
    taxFen: fullTaxFen - reliefFen,
  };
}
