import { WRAP_ZONE_IDS } from '../vocabulary';

/**
 * Zone types: the panels a wrap shop names (what a two-tone preset, a PPF package or a quote line refers to).
 * The launch EV's zone ids are exactly these names; automatic zoning of an imported car answers them too.
 * Each has a name in electron/domain/vehicle/vehicles.json under `zoneType.<type>` (zh-CN and en).
 */
export const ZONE_TYPES = [...WRAP_ZONE_IDS, 'trunk-lid', 'bed'] as const;

/** One zone type (e.g. `door-front-left`; left = the driver's left = +X in the car frame). */
export type ZoneType = (typeof ZONE_TYPES)[number];

/** True when `value` is a zone type. */
export const isZoneType = (value: string): value is ZoneType =>
  (ZONE_TYPES as readonly string[]).includes(value);

/** The message key of a zone type's name (`zoneType.hood` → "引擎盖" / "Hood"). */
export const zoneTypeKey = (type: ZoneType): `zoneType.${ZoneType}` => `zoneType.${type}`;

/** The mirror twin of a sided zone type (`door-front-left` ↔ `door-front-right`), or the type itself. */
export function mirrorZoneType(type: ZoneType): ZoneType {
  if (type.endsWith('-left')) return type.replace(/-left$/, '-right') as ZoneType;
  if (type.endsWith('-right')) return type.replace(/-right$/, '-left') as ZoneType;
  return type;
}
