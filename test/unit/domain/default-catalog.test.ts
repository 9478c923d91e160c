import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import { FILM_FINISHES, MOUNT_POINT_IDS, WRAP_ZONE_IDS } from '@domain/vocabulary';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATE, loadDefault } from './fixtures';
import { areaOf } from './hand-calc';

let catalog: Catalog;
let zones: ZoneTable;
beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
});

describe('default catalog is a store-ready demo (issue item 2)', () => {
  it('trims, films, presets, PPF, tint', () => {
    expect(catalog.trims.length).toBeGreaterThanOrEqual(3);
    expect(catalog.trims.every((t) => t.battery.subscription)).toBe(true);
    expect(catalog.films.length).toBeGreaterThanOrEqual(24);
    expect(new Set(catalog.films.map((f) => f.finish))).toEqual(new Set(FILM_FINISHES));
    expect(new Set(catalog.films.map((f) => f.sku)).size).toBe(catalog.films.length);
    const solidGloss = catalog.films.filter(
      (f) => f.finish === 'gloss' && !f.material.flake && !f.material.pearl,
    );
    expect(solidGloss.length).toBeGreaterThanOrEqual(7);
    expect(catalog.twoTonePresets).toHaveLength(3);
    expect(catalog.ppfPackages.length).toBeGreaterThanOrEqual(3);
    expect(new Set(catalog.ppfPackages.map((p) => p.coverage))).toEqual(
      new Set(['partial-front', 'full-front', 'full-body']),
    );
    expect(catalog.tintFilms.map((t) => t.vltPercent)).toEqual([70, 35, 20]);
  });

  it('wheels, calipers, trim pieces, accessories, packages, maintenance', () => {
    const designs = new Set(catalog.wheels.map((w) => w.design));
    const sizes = new Set(catalog.wheels.map((w) => w.sizeInch));
    expect([designs.size, sizes.size, catalog.wheels.length]).toEqual([4, 2, 8]);
    expect(catalog.calipers).toHaveLength(3);
    expect(catalog.trimPieces.map((t) => t.id)).toContain('chrome-delete');
    const ids = catalog.accessories.map((a) => a.id);
    for (const id of [
      'roof-rails',
      'crossbars',
      'roof-box',
      'bike-rack',
      'rear-spoiler',
      'front-lip',
      'side-steps',
      'mud-flaps',
      'tow-bar',
      'window-visors',
    ]) {
      expect(ids).toContain(id);
    }
    for (const a of catalog.accessories) expect(['none', ...MOUNT_POINT_IDS]).toContain(a.mount);
    expect(catalog.accessoryPackages).toHaveLength(3);
    expect(catalog.maintenancePackages).toHaveLength(3);
  });

  it('promotions, stores, financing, rules', () => {
    const p = catalog.promotions;
    expect(p.length).toBeGreaterThanOrEqual(4);
    expect(p.some((x) => x.discount.kind === 'threshold')).toBe(true);
    expect(p.some((x) => x.discount.kind === 'percent')).toBe(true);
    expect(p.some((x) => !x.stackable)).toBe(true);
    expect(p.some((x) => x.validTo < DATE)).toBe(true);
    expect(catalog.stores).toHaveLength(5);
    expect(new Set(catalog.stores.map((s) => s.city.en)).size).toBe(3);
    expect(new Set(catalog.stores.map((s) => s.labourRatePerHourFen)).size).toBe(5);
    expect(catalog.financingPlans.some((f) => f.aprPercent === 0)).toBe(true);
    expect(catalog.rules.length).toBeGreaterThanOrEqual(10);
    expect(new Set(catalog.rules.map((r) => r.kind))).toEqual(
      new Set(['requires', 'excludes', 'onlyOnTrims']),
    );
  });

  it('the car model manifest gives every standard zone of the 4.2 m compact EV', () => {
    expect(zones.modelId).toBe(catalog.vehicle.modelId);
    expect([...zones.zones.keys()]).toEqual([...WRAP_ZONE_IDS]);
    // Every area is the manifest's, measured from the mesh (compact-ev.manifest.json), and they add up to a
    // plausible body for a 4.2 m car.
    for (const id of WRAP_ZONE_IDS) expect(zones.zones.get(id)?.areaM2, id).toBe(areaOf(id));
    const total = [...zones.zones.values()].reduce((s, z) => s + z.areaM2, 0);
    expect(total).toBeGreaterThan(10);
    expect(total).toBeLessThan(14);
  });
});
