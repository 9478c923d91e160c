/**
 * An independent re-implementation of PRODUCT §3 for tests: reads the raw catalog JSON, uses exact
 * rationals (BigInt numerator / denominator from the decimal spelling) and shares no code with the
 * engine's pricing or rules modules. Used to check the engine total-for-total.
 */
import type { Configuration } from '@domain/configuration';

// biome-ignore lint/suspicious/noExplicitAny: raw catalog JSON, read field by field
type Json = Record<string, any>;
type Q = [bigint, bigint];

const dec = (n: number): Q => {
  const [int, frac = ''] = String(n).split('.');
  return [BigInt(int! + frac), 10n ** BigInt(frac.length)];
};
const mul = (a: Q, b: Q): Q => [a[0] * b[0], a[1] * b[1]];
const add = (a: Q, b: Q): Q => [a[0] * b[1] + b[0] * a[1], a[1] * b[1]];
const round = ([n, d]: Q): bigint => (n * 2n + d) / (2n * d); // half-up, n ≥ 0
const int = (n: number | bigint): Q => [BigInt(n), 1n];

/** Expected figures for a configuration, computed from scratch. */
export interface Expected {
  subtotals: Record<string, bigint>;
  total: bigint;
  tax: bigint | null;
  monthly: bigint | null;
}

/** A customer's car as the reference prices it: body style, measured body and window areas. */
export interface ReferenceServiceVehicle {
  bodyStyle: string;
  bodyAreaM2: number;
  windowAreasM2?: Record<string, number>;
}

/**
 * Prices a (valid) configuration from the raw catalog files, the long way; on a service vehicle: one body
 * zone of its own area, labour hours from labour.json by body style, no trim, no battery, no purchase tax.
 */
export function referenceQuote(
  raw: Record<string, Json>,
  manifest: Json,
  c: Configuration,
  storeId: string,
  date: string,
  service?: ReferenceServiceVehicle,
): Expected {
  const cat = raw['catalog.json']!;
  const filmsFile = raw['films.json']!;
  const find = (list: Json[], id: string) => {
    const x = list.find((i) => i.id === id);
    if (!x) throw new Error(`reference: unknown ${id}`);
    return x;
  };
  const store = find(raw['stores.json']!.stores, storeId);
  const rate = BigInt(store.labourRatePerHourFen);
  const labour = (h: number) => round(mul(dec(h), int(rate)));
  const hours = service ? raw['labour.json']!.bodyStyles[service.bodyStyle] : undefined;
  const trim = service ? undefined : find(cat.trims, c.trim!);
  const zones: Json[] = service
    ? [
        {
          id: 'body',
          areaM2: Math.round(service.bodyAreaM2 * 10_000) / 10_000,
          labourHours: hours.fullWrapHours,
          body: true,
        },
      ]
    : manifest.zones;
  const sub: Record<string, bigint> = {
    vehicle: 0n,
    wrap: 0n,
    ppf: 0n,
    tint: 0n,
    wheels: 0n,
    accessories: 0n,
    maintenance: 0n,
  };
  if (trim)
    sub.vehicle =
      BigInt(trim.priceFen) - (c.battery === 'subscribe' ? BigInt(trim.battery.subscription.creditFen) : 0n);
  const area = (z: Json, waste: number, price: number) =>
    round(mul(mul(dec(z.areaM2), add(int(1), dec(waste))), int(price)));
  // Wrap: resolve the film zone by zone (artwork > per-zone > two-tone > full).
  const w = c.wrap;
  for (const z of zones) {
    let film: string | undefined;
    if (w?.artwork?.zones.includes(z.id)) film = w.artwork.film;
    else if (w?.zones && Object.hasOwn(w.zones, z.id)) film = w.zones[z.id];
    else if (w?.twoTone && find(filmsFile.twoTonePresets, w.twoTone).zones.includes(z.id))
      film = find(filmsFile.twoTonePresets, w.twoTone).film;
    else if (w?.film && z.body) film = w.film;
    if (!film) continue;
    const f = find(filmsFile.films, film);
    sub.wrap! += area(z, f.wasteFactor ?? filmsFile.wasteFactor, f.pricePerM2Fen) + labour(z.labourHours);
  }
  if (c.ppf) {
    const p = find(raw['ppf.json']!.packages, c.ppf);
    if (service) {
      const z = { ...zones[0]!, labourHours: hours.fullPpfHours };
      sub.ppf! += area(z, raw['ppf.json']!.wasteFactor, p.pricePerM2Fen) + labour(z.labourHours);
    }
    for (const id of service ? [] : p.zones) {
      const z = find(zones, id);
      sub.ppf! += area(z, raw['ppf.json']!.wasteFactor, p.pricePerM2Fen) + labour(z.labourHours);
    }
  }
  for (const [set, film] of Object.entries(c.tint ?? {})) {
    const ws = service
      ? { areaM2: service.windowAreasM2![set]!, labourHours: hours.tintHoursPerWindowSet }
      : find(raw['tint.json']!.windowSets, set);
    sub.tint! +=
      area(ws, raw['tint.json']!.wasteFactor, find(raw['tint.json']!.films, film).pricePerM2Fen) +
      labour(ws.labourHours);
  }
  const wheels = raw['wheels.json']!;
  const fitted = (x: Json) => BigInt(x.priceFen) + labour(x.installHours);
  if (c.wheel && c.wheel !== trim?.defaultWheel) sub.wheels! += fitted(find(wheels.wheels, c.wheel));
  if (c.caliper && c.caliper !== trim?.defaultCaliper)
    sub.wheels! += fitted(find(wheels.calipers, c.caliper));
  for (const id of c.trimPieces ?? []) sub.wheels! += fitted(find(wheels.trimPieces, id));
  const accessories = raw['accessories.json']!.accessories;
  for (const id of c.accessories ?? []) sub.accessories! += fitted(find(accessories, id));
  for (const id of c.accessoryPackages ?? []) {
    const p = find(raw['packages.json']!.accessoryPackages, id);
    let sum = 0n;
    for (const a of p.items as string[]) sum += fitted(find(accessories, a));
    const off =
      p.discount.kind === 'fixed'
        ? BigInt(p.discount.amountFen)
        : round(mul(int(sum), mul(dec(p.discount.percent), [1n, 100n])));
    sub.accessories! += sum - (off < sum ? off : sum);
  }
  if (c.maintenance)
    sub.maintenance = BigInt(find(raw['maintenance.json']!.maintenancePackages, c.maintenance).priceFen);
  // Promotions in catalog order; non-stackable only alone.
  const net = { ...sub };
  let orderOff = 0n;
  let applied = 0;
  let exclusive = false;
  const codes = (c.promotionCodes ?? []).map((x) => x.toUpperCase());
  for (const p of raw['promotions.json']!.promotions) {
    if (p.code && !codes.includes(p.code)) continue;
    if (date < p.validFrom || date > p.validTo) continue;
    if (p.stores && !p.stores.includes(storeId)) continue;
    if (exclusive || (!p.stackable && applied > 0)) continue;
    const d = p.discount;
    const scope = d.kind === 'threshold' ? d.scope : d.category;
    const due = scope === 'order' ? Object.values(net).reduce((a, b) => a + b, 0n) - orderOff : net[scope]!;
    let amount: bigint;
    if (d.kind === 'percent') amount = round(mul(int(due), mul(dec(d.percent), [1n, 100n])));
    else if (d.kind === 'fixed') amount = BigInt(d.amountFen);
    else if (due < BigInt(d.thresholdFen)) continue;
    else amount = BigInt(d.amountFen);
    if (amount > due) amount = due;
    if (amount <= 0n) continue;
    if (scope === 'order') orderOff += amount;
    else net[scope] = net[scope]! - amount;
    applied++;
    if (!p.stackable) exclusive = true;
  }
  const total = Object.values(net).reduce((a, b) => a + b, 0n) - orderOff;
  let tax: bigint | null = null;
  if (!service && date >= '2026-01-01' && date <= '2027-12-31') {
    const base = round([net.vehicle! * 100n, 113n]);
    const full = round([base, 10n]);
    const half = round([full, 2n]);
    tax = full - (half < 1_500_000n ? half : 1_500_000n);
  }
  let monthly: bigint | null = null;
  if (c.financing) {
    const plan = find(raw['financing.json']!.financingPlans, c.financing.plan);
    const down = round(mul(int(total), mul(dec(c.financing.downPaymentPercent), [1n, 100n])));
    const P = total - down;
    const n = BigInt(c.financing.termMonths);
    const apr = dec(plan.aprPercent);
    if (apr[0] === 0n) monthly = round([P, n]);
    else {
      // r = apr% / 1200 = a / b; payment = P r (1+r)^n / ((1+r)^n − 1)
      const a = apr[0];
      const b = apr[1] * 1200n;
      const g = (a + b) ** n;
      monthly = P === 0n ? 0n : round([P * a * g, b * (g - b ** n)]);
    }
  }
  return { subtotals: sub, total, tax, monthly };
}
