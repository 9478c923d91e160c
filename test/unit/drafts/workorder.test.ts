import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import { buildWorkOrder, rollLengthM } from '@domain/drafts/workorder';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefault } from '../domain/fixtures';
import { areaOf } from '../domain/hand-calc';
import { makeDraft } from './fixtures';

let catalog: Catalog;
let zones: ZoneTable;
beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
});

describe('work order', () => {
  it('rounds film length on a 1.52 m roll up to the next 10 cm', () => {
    expect(rollLengthM(1.62, 0.15)).toBe(1.3); // 1.62 × 1.15 / 1.52 = 1.2257 m
    expect(rollLengthM(1.88, 0.15)).toBe(1.5); // 2.162 / 1.52 = 1.4224 m
    expect(rollLengthM(1.52, 0)).toBe(1); // exactly one metre, not 1.1
    expect(rollLengthM(0, 0.15)).toBe(0);
  });

  it('lists per zone the film SKU, area, length and hours; parts to fit; total labour', () => {
    const order = buildWorkOrder(makeDraft(catalog, zones), catalog, zones);
    const hood = order.wrap.find((j) => j.zone === 'hood')!;
    // Hood area from compact-ev.manifest.json (1.6114 m²: × 1.15 / 1.52 = 1.2191 m → 1.3 on the roll).
    expect(hood).toMatchObject({
      sku: 'WF-ST-003',
      areaM2: areaOf('hood'),
      wasteFactor: 0.15,
      lengthM: Math.ceil(((areaOf('hood') * 1.15) / 1.52) * 10) / 10,
      hours: 1.5,
    });
    expect(hood.zoneName.zh).toBe('引擎盖');
    const roof = order.wrap.find((j) => j.zone === 'roof')!;
    // roof 1.8188 m² (manifest) × 1.15 / 1.52 = 1.376 m → 1.4
    expect(roof).toMatchObject({ sku: 'WF-GL-002', lengthM: 1.4, hours: 1.5 });
    expect(order.ppf.length).toBeGreaterThan(0);
    expect(order.ppf.every((j) => j.wasteFactor === 0.12)).toBe(true);
    expect(order.tint.map((j) => j.zone).sort()).toEqual(['rear', 'rear-sides']);
    expect(order.fitting.map((f) => [f.item, f.hours])).toEqual([
      ['roof-rails', 1.5],
      ['crossbars', 0.5],
      ['rear-spoiler', 1.5],
      ['front-lip', 1.5],
    ]);
    expect(order.labourHours.fitting).toBe(5);
    const cuts = [...order.wrap, ...order.ppf, ...order.tint];
    const hundredths = cuts.reduce((s, j) => s + Math.round(j.hours * 100), 0) + 500;
    expect(order.labourHours.total).toBe(hundredths / 100);
    const khaki = order.films.find((f) => f.sku === 'WF-ST-003')!;
    const khakiZones = order.wrap.filter((j) => j.sku === 'WF-ST-003');
    expect(khaki.lengthM).toBeCloseTo(
      khakiZones.reduce((s, j) => s + j.lengthM, 0),
      6,
    );
    expect(order.draftId).toMatch(/^[0-9A-Z]{26}$/);
  });
});
