/**
 * Random valid configurations for property tests and the quote benchmark (test-only: imports fast-check).
 * Picks options at random, then lets the rules engine repair requires / excludes / trim conflicts.
 */

import { messageText } from '@contract/i18n';
import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import type { Configuration } from '@domain/configuration';
import { applyChoice } from '@domain/rules/apply';
import { evaluateRules } from '@domain/rules/evaluate';
import fc from 'fast-check';

/** Options for the generator: the car's zones and the pricing date (items and codes valid on it). */
export interface ArbitraryOptions {
  zones?: ZoneTable;
  date?: string;
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const subset = <T>(items: readonly T[]) => fc.subarray([...items]);

/** An arbitrary over configurations that `evaluateRules` accepts for the given catalog, zones and date. */
export function validConfigurationArbitrary(
  catalog: Catalog,
  options: ArbitraryOptions = {},
): fc.Arbitrary<Configuration> {
  const { date } = options;
  const onDate = <T extends { availableFrom?: string; availableTo?: string }>(items: readonly T[]) =>
    items.filter(
      (i) =>
        !date || ((!i.availableFrom || i.availableFrom <= date) && (!i.availableTo || i.availableTo >= date)),
    );
  const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
  const films = onDate(catalog.films);
  const plain = ids(films.filter((f) => f.finish !== 'printed'));
  const printed = ids(films.filter((f) => f.finish === 'printed'));
  const zoneIds = options.zones
    ? [...options.zones.zones.keys()]
    : ['hood', 'roof', 'tailgate', 'door-front-left'];
  const codes = catalog.promotions
    .filter((p) => p.code && (!date || (p.validFrom <= date && date <= p.validTo)))
    .map((p) => p.code!);
  const tintFor = catalog.windowSets.map((set) =>
    fc.tuple(
      fc.constant(set.id),
      optional(fc.constantFrom(...ids(catalog.tintFilms.filter((t) => t.vltPercent >= set.minVltPercent)))),
    ),
  );
  const raw = fc.record({
    trim: fc.constantFrom(...catalog.trims),
    subscribe: fc.boolean(),
    film: optional(fc.constantFrom(...plain)),
    twoTone: optional(fc.constantFrom(...ids(onDate(catalog.twoTonePresets)))),
    zones: fc.array(fc.tuple(fc.constantFrom(...zoneIds), fc.constantFrom(...plain)), { maxLength: 4 }),
    artwork:
      printed.length > 0
        ? optional(
            fc.tuple(
              fc.constantFrom(...printed),
              fc.uniqueArray(fc.constantFrom(...zoneIds), { minLength: 1, maxLength: 3 }),
            ),
          )
        : fc.constant(undefined),
    ppf: optional(fc.constantFrom(...ids(onDate(catalog.ppfPackages)))),
    tint: fc.tuple(...tintFor),
    wheel: optional(fc.constantFrom(...ids(onDate(catalog.wheels)))),
    caliper: optional(fc.constantFrom(...ids(onDate(catalog.calipers)))),
    trimPieces: subset(ids(onDate(catalog.trimPieces))),
    accessories: subset(ids(onDate(catalog.accessories))),
    accessoryPackages: subset(ids(onDate(catalog.accessoryPackages))),
    maintenance: optional(fc.constantFrom(...ids(onDate(catalog.maintenancePackages)))),
    store: fc.constantFrom(...ids(catalog.stores)),
    codes: subset(codes),
    financing: optional(
      fc.constantFrom(...onDate(catalog.financingPlans)).chain((plan) =>
        fc.record({
          plan: fc.constant(plan.id),
          termMonths: fc.constantFrom(...plan.termsMonths),
          downPaymentPercent: fc
            .integer({ min: Math.ceil(plan.minDownPaymentPercent * 100), max: 10_000 })
            .map((u) => u / 100),
        }),
      ),
    ),
  });
  return raw.map((r) => {
    const c: Configuration = {
      schemaVersion: 1,
      vehicle: catalog.vehicle.id,
      trim: r.trim.id,
      battery: r.subscribe && r.trim.battery.subscription ? 'subscribe' : 'buy',
    };
    const wrap: NonNullable<Configuration['wrap']> = {};
    if (r.film) wrap.film = r.film;
    if (r.twoTone) wrap.twoTone = r.twoTone;
    const art = r.artwork;
    const perZone = Object.fromEntries(r.zones.filter(([z]) => !art?.[1].includes(z)));
    if (Object.keys(perZone).length > 0) wrap.zones = perZone;
    if (art) wrap.artwork = { ref: `artwork-${art[1].join('-')}.png`, film: art[0], zones: art[1] };
    if (Object.keys(wrap).length > 0) c.wrap = wrap;
    if (r.ppf) c.ppf = r.ppf;
    const tint: Record<string, string> = {};
    for (const [set, f] of r.tint) if (f !== undefined) tint[set] = f;
    if (Object.keys(tint).length > 0) c.tint = tint;
    if (r.wheel) c.wheel = r.wheel;
    if (r.caliper) c.caliper = r.caliper;
    if (r.trimPieces.length > 0) c.trimPieces = r.trimPieces;
    if (r.accessories.length > 0) c.accessories = r.accessories;
    if (r.accessoryPackages.length > 0) c.accessoryPackages = r.accessoryPackages;
    if (r.maintenance) c.maintenance = r.maintenance;
    c.store = r.store;
    if (r.codes.length > 0) c.promotionCodes = r.codes;
    if (r.financing) c.financing = r.financing;
    return repair(catalog, c, options);
  });
}

/** Lets the rules engine resolve conflicts (as if the customer re-confirmed the battery choice). */
function repair(catalog: Catalog, c: Configuration, options: ArbitraryOptions): Configuration {
  const context = {
    ...(options.zones ? { zones: options.zones } : {}),
    ...(options.date ? { date: options.date } : {}),
  };
  const fixed = applyChoice(catalog, c, { kind: 'battery', plan: c.battery ?? 'buy' }, context);
  if (!fixed.ok) {
    throw new Error(
      `generator produced an unrepairable configuration: ${fixed.reasons.map((v) => messageText(v.message)).join('; ')}`,
    );
  }
  const check = evaluateRules(catalog, fixed.configuration, context);
  if (!check.valid)
    throw new Error(
      `repaired configuration still invalid: ${check.violations.map((v) => messageText(v.message)).join('; ')}`,
    );
  return fixed.configuration;
}
