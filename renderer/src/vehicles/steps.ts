import type { VehicleKind } from '@domain/vehicle/vehicle';
import { STEPS, type StepId } from '../store/ui-slice';

/** Steps a service vehicle (a customer's car) does not have: no trim, battery or financing to choose. */
const NEW_CAR_ONLY: readonly StepId[] = ['trim'];

/** The configurator's steps for a vehicle kind, in buying order. */
export function stepsFor(kind: VehicleKind): readonly StepId[] {
  return kind === 'service' ? STEPS.filter((s) => !NEW_CAR_ONLY.includes(s)) : STEPS;
}
