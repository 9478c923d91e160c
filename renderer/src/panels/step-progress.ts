import type { Configuration } from '@domain/configuration';
import type { StepId } from '../store/ui-slice';

/** Whether the customer has chosen something on a step beyond the trim's defaults (the rail marks it). */
export function stepHasChoice(step: StepId, c: Configuration | null): boolean {
  if (!c) return false;
  switch (step) {
    case 'trim':
      return true;
    case 'wrap':
      return c.wrap !== undefined;
    case 'protection':
      return c.ppf !== undefined || c.tint !== undefined;
    case 'wheels':
      return c.wheel !== undefined || c.caliper !== undefined || c.trimPieces !== undefined;
    case 'accessories':
      return c.accessories !== undefined || c.accessoryPackages !== undefined;
    case 'service':
      return c.maintenance !== undefined;
    case 'summary':
      return c.financing !== undefined || c.promotionCodes !== undefined;
  }
}
