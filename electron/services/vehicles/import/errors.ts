import type { Message } from './types';

/**
 * A shop's file that cannot become a vehicle, with the true reason as a Message (file, node/mesh/accessor, what to
 * do) whose key names a sentence in `electron/domain/vehicle/vehicles.json`. `message` is the key and values, for logs.
 */
export class VehicleImportError extends Error {
  override name = 'VehicleImportError';
  /** The sentence to show, translated by the page. */
  readonly reason: Message;

  constructor(key: string, values: Record<string, string | number> = {}) {
    super(`${key} ${JSON.stringify(values)}`);
    this.reason = { key, values };
  }
}

/** The sentence key of "the file gives no plausible length: ask the person for the car's length in mm". */
export const LENGTH_NEEDED = 'import.lengthNeeded';

/** True when an import stopped only because the car's real length must be asked for (call again with lengthMm). */
export function isLengthNeeded(e: unknown): e is VehicleImportError {
  return e instanceof VehicleImportError && e.reason.key === LENGTH_NEEDED;
}

/** A refusal: throws a VehicleImportError with this key and values. */
export function refuse(key: string, values: Record<string, string | number> = {}): never {
  throw new VehicleImportError(key, values);
}
