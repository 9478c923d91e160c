import type { ZoneTable } from '../catalog/zones';
import { WRAP_ZONE_IDS } from '../vocabulary';

/**
 * The car's zones as the rules engine reads them: every zone id in zone-table order, which of them are body
 * zones (what "full wrap" covers) and each id's position, so a selection can hold its films by position.
 */
export interface ZoneLayout {
  /** The zone table the layout was made from (undefined for the standard layout). */
  table: ZoneTable | undefined;
  ids: readonly string[];
  body: readonly boolean[];
  bodyIds: readonly string[];
  index: ReadonlyMap<string, number>;
}

/** A layout of the given zones in order (no zone table behind it). */
export function zoneLayoutFrom(zones: readonly { id: string; body: boolean }[]): ZoneLayout {
  return layout(undefined, zones);
}

function layout(table: ZoneTable | undefined, zones: readonly { id: string; body: boolean }[]): ZoneLayout {
  return {
    table,
    ids: zones.map((z) => z.id),
    body: zones.map((z) => z.body),
    bodyIds: zones.filter((z) => z.body).map((z) => z.id),
    index: new Map(zones.map((z, i) => [z.id, i])),
  };
}

/** The standard body zones, used when no zone table is at hand. */
export const STANDARD_LAYOUT: ZoneLayout = layout(
  undefined,
  WRAP_ZONE_IDS.map((id) => ({ id, body: true })),
);

const layouts = new WeakMap<ZoneTable, ZoneLayout>();

/** The layout of the context's zone table (made once per table), or the standard one without a table. */
export function zoneLayoutOf(context: { zones?: ZoneTable }): ZoneLayout {
  const table = context.zones;
  if (!table) return STANDARD_LAYOUT;
  let out = layouts.get(table);
  if (!out) {
    out = layout(table, [...table.zones.values()]);
    layouts.set(table, out);
  }
  return out;
}
