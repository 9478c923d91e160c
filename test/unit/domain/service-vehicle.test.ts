import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { messageText } from '@contract/i18n';
import type { Catalog } from '@domain/catalog/catalog';
import { validateCatalog } from '@domain/catalog/validate';
import type { ZoneTable } from '@domain/catalog/zones';
import type { Configuration } from '@domain/configuration';
import { materialFen } from '@domain/pricing/lines';
import { priceQuote } from '@domain/pricing/quote';
import type { Quote } from '@domain/pricing/types';
import { optionAvailability } from '@domain/rules/availability';
import { serviceConfiguration } from '@domain/rules/defaults';
import { findViolations } from '@domain/rules/evaluate';
import { catalogMounts } from '@domain/vehicle/context';
import { loadCatalog } from '@services/catalog/load';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ServiceCase, serviceCase } from '../../support/service-arbitrary';
import { base, CATALOG_DIR, DATE, loadDefault, rawDefault } from './fixtures';

let catalog: Catalog;
let launchZones: ZoneTable;
let small: ServiceCase;
let large: ServiceCase;
const SMALL = 'a'.repeat(64);
const LARGE = 'b'.repeat(64);

beforeAll(async () => {
  ({ catalog, zones: launchZones } = await loadDefault());
  small = serviceCase(catalog, { id: SMALL, bodyStyle: 'hatchback', bodyAreaM2: 9.1234, name: 'Roma small' });
  large = serviceCase(catalog, {
    id: LARGE,
    bodyStyle: 'suv',
    bodyAreaM2: 14.5,
    mounts: catalogMounts(['roof', 'tow-bar']),
    windowAreasM2: { 'rear-sides': 0.7, rear: 0.9 },
    name: 'Big SUV',
  });
});

const on = (car: ServiceCase, extra: Partial<Configuration> = {}): Configuration => ({
  schemaVersion: 1,
  vehicle: { ...car.vehicle.ref },
  store: 'sz-nanshan-wrap',
  ...extra,
});

function price(car: ServiceCase, c: Configuration): Quote {
  const r = priceQuote(catalog, c, { date: DATE, zones: car.zones, vehicle: car.vehicle });
  if (!r.ok) throw new Error(JSON.stringify(r.reasons));
  return r.quote;
}

function refused(car: ServiceCase, c: Configuration) {
  return findViolations(catalog, c, { zones: car.zones, date: DATE, vehicle: car.vehicle });
}

describe('a service vehicle (library car) is priced for that car', () => {
  it('a full wrap: material = its measured body area × (1 + waste) × film price; labour by body style', () => {
    const film = catalog.films.find((f) => f.id === 'satin-black')!;
    const waste = film.wasteFactor ?? catalog.filmWasteFactor;
    const q = price(small, on(small, { wrap: { film: film.id } }));
    const material = q.lines.filter((l) => l.category === 'wrap' && l.kind === 'material');
    expect(material).toHaveLength(1);
    expect(material[0]!.zone).toBe('body');
    expect(material[0]!.basis).toEqual({
      areaM2: 9.1234,
      wasteFactor: waste,
      pricePerM2Fen: film.pricePerM2Fen,
    });
    // Exact: 9.1234 m² × (1 + waste) × price, rounded half-up once.
    const exact =
      (91_234n * BigInt(Math.round((1 + waste) * 10_000)) * BigInt(film.pricePerM2Fen) * 2n + 10n ** 8n) /
      (2n * 10n ** 8n);
    expect(BigInt(material[0]!.amountFen)).toBe(exact);
    const labour = q.lines.find((l) => l.category === 'wrap' && l.kind === 'labour')!;
    expect(labour.basis?.hours).toBe(catalog.labour!.hatchback.fullWrapHours);
  });

  it('the same wrap on two cars of different areas: material proportional to area, neither the launch EV price', () => {
    const wrap = { film: 'gloss-red' };
    const a = price(small, on(small, { wrap }));
    const b = price(large, on(large, { wrap }));
    const mat = (q: Quote) =>
      q.lines
        .filter((l) => l.category === 'wrap' && l.kind === 'material')
        .reduce((s, l) => s + l.amountFen, 0);
    const ratio = mat(b) / mat(a);
    expect(ratio).toBeCloseTo(14.5 / 9.1234, 3);
    const launch = priceQuote(catalog, base('standard', { wrap, store: 'sz-nanshan-wrap' }), {
      date: DATE,
      zones: launchZones,
    });
    if (!launch.ok) throw new Error('launch refused');
    expect(mat(a)).not.toBe(mat(launch.quote));
    expect(mat(b)).not.toBe(mat(launch.quote));
    // Different body styles: different labour.
    const hours = (q: Quote) =>
      q.lines.find((l) => l.kind === 'labour' && l.category === 'wrap')!.basis?.hours;
    expect(hours(a)).toBe(catalog.labour!.hatchback.fullWrapHours);
    expect(hours(b)).toBe(catalog.labour!.suv.fullWrapHours);
  });

  it('no car price, battery, purchase tax, on-the-road figure or car reservation deposit; the quote names the vehicle', () => {
    const q = price(small, on(small, { wrap: { film: 'gloss-red' } }));
    expect(q.depositFen).toBe(0);
    expect(q.lines.some((l) => l.category === 'vehicle')).toBe(false);
    expect(q.subtotalsFen.vehicle).toBe(0);
    expect(q.battery).toBeUndefined();
    expect(q.purchaseTax.status).toBe('not-estimated');
    expect(q.onTheRoadFen).toBeNull();
    expect(q.vehicle).toEqual({ id: SMALL, modelSha256: SMALL, kind: 'service' });
  });

  it('full-body PPF on its body area at the body style PPF hours; partial PPF and two-tone need zones', () => {
    const ppf = catalog.ppfPackages.find((p) => p.id === 'ppf-full-body-gloss')!;
    const q = price(large, on(large, { ppf: ppf.id }));
    const m = q.lines.filter((l) => l.category === 'ppf' && l.kind === 'material');
    expect(m).toHaveLength(1);
    expect(m[0]!.amountFen).toBe(materialFen(14.5, catalog.ppfWasteFactor, ppf.pricePerM2Fen));
    expect(q.lines.find((l) => l.category === 'ppf' && l.kind === 'labour')!.basis?.hours).toBe(
      catalog.labour!.suv.fullPpfHours,
    );
    expect(refused(large, on(large, { ppf: 'ppf-partial-front' })).map((v) => v.code)).toEqual([
      'needs-zones',
    ]);
    const twoTone = catalog.twoTonePresets[0]!.id;
    expect(refused(large, on(large, { wrap: { film: 'gloss-red', twoTone } })).map((v) => v.code)).toContain(
      'needs-zones',
    );
  });

  it('tint only on window sets measured on this car, priced from its own areas', () => {
    const film = catalog.tintFilms.find((t) => t.id === 'tint-20')!;
    const q = price(large, on(large, { tint: { rear: film.id } }));
    const m = q.lines.find((l) => l.category === 'tint' && l.kind === 'material')!;
    expect(m.amountFen).toBe(materialFen(0.9, catalog.tintWasteFactor, film.pricePerM2Fen));
    expect(q.lines.find((l) => l.category === 'tint' && l.kind === 'labour')!.basis?.hours).toBe(
      catalog.labour!.suv.tintHoursPerWindowSet,
    );
    const v = refused(small, on(small, { tint: { rear: film.id } }));
    expect(v.map((x) => x.code)).toEqual(['not-measured']);
    expect(messageText(v[0]!.message)).toMatch(/not measured/);
  });

  it('trim and battery are refused on a service vehicle; the launch EV still needs them', () => {
    const v = refused(small, on(small, { trim: 'standard', battery: 'buy' }));
    expect(v.map((x) => [x.code, x.path])).toEqual([
      ['not-for-vehicle', '$.trim'],
      ['not-for-vehicle', '$.battery'],
    ]);
    const launch = findViolations(
      catalog,
      { schemaVersion: 1, vehicle: 'compact-ev' },
      { zones: launchZones },
    );
    expect(launch.map((x) => x.code)).toEqual(['missing-choice', 'missing-choice']);
  });

  it('an accessory needs a mount the car has, said in words', () => {
    const v = refused(small, on(small, { accessories: ['roof-rails'] }));
    expect(v.map((x) => x.code)).toEqual(['no-mount']);
    expect(messageText(v[0]!.message)).toBe('Roma small has no roof mount, so Roof rails cannot be fitted');
    expect(refused(large, on(large, { accessories: ['roof-rails', 'tow-bar', 'floor-mats'] }))).toEqual([]);
    const status = optionAvailability(catalog, on(small), {
      zones: small.zones,
      date: DATE,
      vehicle: small.vehicle,
    });
    const rails = status.find((s) => s.id === 'roof-rails')!;
    expect(rails.status).toBe('unavailable');
    expect(messageText(rails.reasons[0]!)).toMatch(/no roof mount/);
    expect(status.find((s) => s.id === 'floor-mats')!.status).toBe('available');
    expect(status.filter((s) => s.kind === 'trim').every((s) => s.status === 'unavailable')).toBe(true);
  });

  it('maintenance and financing only as the catalog offers them for service vehicles', () => {
    expect(refused(small, on(small, { maintenance: 'care-basic' }))).toEqual([]);
    expect(refused(small, on(small, { maintenance: 'care-premium' })).map((v) => v.code)).toEqual([
      'not-for-vehicle',
    ]);
    const financing = { plan: 'fin-zero-24', termMonths: 24, downPaymentPercent: 50 };
    expect(refused(small, on(small, { wrap: { film: 'gloss-red' }, financing })).map((v) => v.code)).toEqual([
      'not-for-vehicle',
    ]);
  });

  it('a configuration for one car is refused on another (the quote never shows another car’s price)', () => {
    const c = on(small, { wrap: { film: 'gloss-red' } });
    const r = priceQuote(catalog, c, { date: DATE, zones: large.zones, vehicle: large.vehicle });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasons.map((x) => x.code)).toContain('wrong-vehicle');
    const mismatch = priceQuote(catalog, c, { date: DATE, zones: launchZones, vehicle: small.vehicle });
    expect(mismatch.ok || mismatch.reasons[0]!.code).toBe('zone-table-mismatch');
    const launch = priceQuote(catalog, c, { date: DATE, zones: launchZones });
    expect(launch.ok).toBe(false);
    const moved = { ...c, vehicle: { id: SMALL, modelSha256: 'c'.repeat(64) } };
    expect(refused(small, moved).map((v) => messageText(v.message))).toEqual([
      'this configuration was made for Roma small (its model file has changed), not Roma small',
    ]);
  });
});

describe('the labour table (labour.json) is validated with the catalog', () => {
  it('names the file and JSON path of every problem: a missing body style, bad hours, an unknown field', () => {
    const raw = rawDefault();
    const table = (raw['labour.json'] as { bodyStyles: Record<string, Record<string, unknown>> }).bodyStyles;
    delete table.van;
    table.suv!.fullWrapHours = -3;
    table.sedan!.polishHours = 2;
    const r = validateCatalog(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const labour = r.errors.filter((e) => e.file === 'labour.json').map((e) => e.path);
    expect(labour).toEqual(
      expect.arrayContaining(['$.bodyStyles.van', '$.bodyStyles.suv.fullWrapHours', '$.bodyStyles.sedan']),
    );
  });

  it('a missing labour.json is an error for the shop catalog; archived price lists may predate it', async () => {
    const raw = rawDefault();
    delete raw['labour.json'];
    const r = validateCatalog(raw);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.catalog.labour).toBeUndefined();
    const dir = mkdtempSync(path.join(tmpdir(), 'catalog-'));
    try {
      cpSync(CATALOG_DIR, dir, { recursive: true });
      rmSync(path.join(dir, 'labour.json'));
      const loaded = await loadCatalog(dir);
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.errors.map((e) => [e.file, e.path])).toEqual([['labour.json', '$']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a library car chosen in the picker', () => {
  it('starts from its reference with nothing picked, and prices to zero until something is chosen', () => {
    const c = serviceConfiguration(catalog, small.vehicle.ref, 'sz-nanshan-wrap');
    expect(c).toEqual({
      schemaVersion: 1,
      vehicle: { id: SMALL, modelSha256: SMALL },
      store: 'sz-nanshan-wrap',
    });
    expect(price(small, c).totalFen).toBe(0);
  });
});
