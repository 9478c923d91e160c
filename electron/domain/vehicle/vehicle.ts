import { z } from 'zod';

/**
 * What kind of vehicle a configuration is for: the catalog's launch EV (`new-car`: trims, battery buy or
 * subscribe, financing, purchase tax) or a customer's car from the shop's library (`service`: no trim price,
 * no battery, no purchase tax).
 */
export const VehicleKind = z.enum(['new-car', 'service']);
/** Vehicle kind. */
export type VehicleKind = z.infer<typeof VehicleKind>;

/** Body style of a vehicle (labour hours are looked up by it in the catalog's labour table). */
export const BodyStyle = z.enum([
  'sedan',
  'hatchback',
  'suv',
  'coupe',
  'wagon',
  'mpv',
  'pickup',
  'van',
  'convertible',
]);
/** Body style. */
export type BodyStyle = z.infer<typeof BodyStyle>;

/** Lower-case hex SHA-256. */
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected a lower-case hex SHA-256' });

/**
 * A vehicle as a configuration names it: its library id (the SHA-256 of its stored glb, or `compact-ev` for the
 * launch EV) and the SHA-256 of the model it was configured on.
 */
export const VehicleRef = z
  .object({
    id: z.union([Sha256Hex, z.literal('compact-ev')]),
    modelSha256: Sha256Hex,
  })
  .strict();
/** A vehicle reference. */
export type VehicleRef = z.infer<typeof VehicleRef>;

/** Library id of the launch EV (the catalog's new car). */
export const LAUNCH_VEHICLE_ID = 'compact-ev';
