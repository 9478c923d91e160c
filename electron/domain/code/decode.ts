import type { Catalog } from '../catalog/catalog';
import type { ZoneTable } from '../catalog/zones';
import { Configuration, vehicleIdOf } from '../configuration';
import { type Message, msg, sameText } from '../messages/message';
import { formatCny } from '../pricing/money';
import { priceQuote } from '../pricing/quote';
import { applyChoice } from '../rules/apply';
import { findViolations } from '../rules/evaluate';
import type { VehicleContext } from '../vehicle/context';
import { type CodeError, decodeWithTables, encodeWithTable } from './codec';
import { repriceNotices } from './diff';
import type { CodeNotice } from './notice';
import { stripUnavailable } from './strip';
import { type CodeTable, codeTableOf } from './table';

export type { CodeNotice } from './notice';

/** The current catalog plus older catalogs kept so their codes still decode. */
export interface CodeContext {
  catalog: Catalog;
  zones: ZoneTable;
  /** Today, YYYY-MM-DD (pricing and availability). */
  date: string;
  archive?: readonly Catalog[];
  /**
   * The shop's library cars by id, with their zone tables: a code made on a library car is checked and repriced
   * for that car; one whose car is not here is refused with reason `vehicle-not-in-shop` and its configuration.
   */
  vehicles?: (id: string) => { vehicle: VehicleContext; zones: ZoneTable } | undefined;
}

/** A decoded code: the configuration to open, the price list it was made with, and what changed since. */
export type DecodeResult =
  | { ok: true; configuration: Configuration; madeWith: string; current: boolean; notices: CodeNotice[] }
  | { ok: false; error: CodeError }
  | {
      ok: false;
      error: CodeError & { reason: 'vehicle-not-in-shop' };
      /** The configuration as the code carries it (not checked): show it as text (`configurationAsText`). */
      configuration: Configuration;
      vehicle: string;
    };

const tableCache = new WeakMap<Catalog, CodeTable>();

/** The code table of a catalog (cached per catalog object). */
export function tableOf(catalog: Catalog): CodeTable {
  let t = tableCache.get(catalog);
  if (!t) {
    t = codeTableOf(catalog);
    tableCache.set(catalog, t);
  }
  return t;
}

/** The configuration code of a configuration under the current catalog. */
export function encodeConfigurationCode(configuration: Configuration, catalog: Catalog): string {
  return encodeWithTable(configuration, tableOf(catalog));
}

/** Violations that only mean time has passed since the code was made (not a forged code). */
const EXPIRES = new Set(['not-available-on-date', 'promotion-code-not-valid']);

const invalid = (message: Message): DecodeResult => ({
  ok: false,
  error: { reason: 'invalid-configuration', message },
});

/**
 * Decodes a configuration code. A code of the current price list must describe a valid configuration
 * exactly; a code of an archived price list is carried over to the current one, with notices naming
 * what was removed, what the rules changed and which prices moved. Never returns a configuration that
 * the current catalog refuses.
 */
export function decodeConfigurationCode(code: string, ctx: CodeContext): DecodeResult {
  const catalogs = [ctx.catalog, ...(ctx.archive ?? [])];
  const raw = decodeWithTables(code, catalogs.map(tableOf));
  if (!raw.ok) return raw;
  const parsed = Configuration.safeParse(raw.configuration);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.') || 'configuration';
    return invalid(msg('code.impossible', { where, detail: issue.message }));
  }
  const source = catalogs.find((c) => tableOf(c) === raw.table)!;
  const id = vehicleIdOf(parsed.data);
  let on: { vehicle: VehicleContext; zones: ZoneTable } | undefined;
  // Only a vehicle reference names a library car; a bare id is a catalog vehicle (the rules check it).
  if (typeof parsed.data.vehicle === 'object' && id !== ctx.catalog.vehicle.id) {
    on = ctx.vehicles?.(id);
    if (!on) {
      const short = id.slice(0, 8);
      return {
        ok: false,
        error: {
          reason: 'vehicle-not-in-shop',
          message: msg('code.vehicleNotInShop', { vehicle: short }),
        },
        configuration: parsed.data,
        vehicle: id,
      };
    }
  }
  const here: CodeContext = on ? { ...ctx, zones: on.zones } : ctx;
  const vehicle = on?.vehicle;
  const context = { zones: here.zones, date: ctx.date, ...(vehicle ? { vehicle } : {}) };
  if (source === ctx.catalog) {
    const violations = findViolations(ctx.catalog, parsed.data, context);
    const broken = violations.filter((v) => !EXPIRES.has(v.code));
    // Only the passing of time (an item or a promotion code that ran out) is carried over; anything else is forged.
    if (violations.length > 0 && broken.length === 0) return carryOver(parsed.data, source, here, vehicle);
    if (broken.length > 0) {
      const v = broken[0]!;
      return invalid(msg('code.refused', { reason: v.message }));
    }
    return {
      ok: true,
      configuration: parsed.data,
      madeWith: raw.table.priceListVersion,
      current: true,
      notices: [],
    };
  }
  return carryOver(parsed.data, source, here, vehicle);
}

function carryOver(
  old: Configuration,
  source: Catalog,
  ctx: CodeContext,
  vehicle: VehicleContext | undefined,
): DecodeResult {
  const from = source.priceList.version;
  const to = ctx.catalog.priceList.version;
  const same = source === ctx.catalog;
  const notices: CodeNotice[] = same
    ? []
    : [
        {
          kind: 'price-list-changed',
          message: msg('code.priceListChanged', { from, to }),
        },
      ];
  const stripped = stripUnavailable(source, ctx.catalog, old, ctx.date);
  for (const r of stripped.removed) {
    notices.push({
      kind: 'item-removed',
      item: r.id,
      message:
        r.kind === 'promoCode'
          ? msg('code.promotionRemoved', { code: r.id })
          : msg('code.itemRemoved', { name: r.name }),
    });
  }
  const context = { zones: ctx.zones, date: ctx.date, ...(vehicle ? { vehicle } : {}) };
  const kept = stripped.configuration;
  // Re-choosing what is kept lets the rules repair it (the battery plan; a service car has none).
  const repaired = applyChoice(
    ctx.catalog,
    kept,
    kept.battery === undefined
      ? { kind: 'maintenance', id: kept.maintenance ?? null }
      : { kind: 'battery', plan: kept.battery },
    context,
  );
  if (!repaired.ok) {
    const v = repaired.reasons[0]!;
    return invalid(msg('code.notRestorable', { from, to, reason: v.message }));
  }
  for (const c of repaired.changes) notices.push({ kind: 'rule-change', item: c.id, message: c.message });
  const oldDate = clamp(ctx.date, source.priceList.effectiveFrom, source.priceList.effectiveTo);
  const on = vehicle ? { vehicle } : {};
  const before = priceQuote(source, old, { date: oldDate, zones: ctx.zones, ...on });
  const after = priceQuote(ctx.catalog, repaired.configuration, { date: ctx.date, zones: ctx.zones, ...on });
  if (before.ok && after.ok)
    notices.push(
      ...repriceNotices(
        before.quote,
        after.quote,
        formatCny,
        (id) => ctx.catalog.index.get(id)?.item.name ?? sameText(id),
      ),
    );
  return { ok: true, configuration: repaired.configuration, madeWith: from, current: same, notices };
}

function clamp(date: string, from: string, to: string): string {
  return date < from ? from : date > to ? to : date;
}
