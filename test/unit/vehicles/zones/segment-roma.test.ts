import { join } from 'node:path';
import { mirrorZoneType, type ZoneType } from '@domain/vehicle/zone-types';
import { segmentPaint } from '@services/vehicles/zones/segment/segment';
import type { PaintMesh, ZonedPaint } from '@services/vehicles/zones/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../support/main';
import { gridPieces } from '../../../support/zones/grid-pieces';
import { romaPaint } from '../../../support/zones/paint-meshes';
import { renderZones } from '../../../support/zones/render';
import { triangleAreas } from '../../../support/zones/score';

/** The zones a coupé has: one door a side, a trunk lid or tailgate, no rear doors. */
const COUPE: ZoneType[] = [
  'hood',
  'roof',
  'bumper-front',
  'bumper-rear',
  'fender-left',
  'fender-right',
  'door-front-left',
  'door-front-right',
  'quarter-left',
  'quarter-right',
  'pillars',
  'skirt-left',
  'skirt-right',
];

describe('automatic zones on the real third-party coupé (lowpoly-roma.glb through the import steps)', () => {
  let paint: PaintMesh;
  let zoned: ZonedPaint;
  beforeAll(async () => {
    paint = await romaPaint();
    zoned = segmentPaint(paint);
    renderZones(zoned, join(ROOT, 'test-results', 'zones', 'roma.png'));
    console.log(zoned.notes.join('\n'));
  }, 60_000);

  it('finds every zone type a coupé has, one door a side and no rear doors', () => {
    const found = zoned.zones.map((z) => z.type);
    for (const type of COUPE) expect(found, type).toContain(type);
    expect(found.some((t) => t === 'tailgate' || t === 'trunk-lid')).toBe(true);
    expect(found).not.toContain('door-rear-left');
    expect(found).not.toContain('door-rear-right');
  });

  it('left and right zones are mirror images: areas within 15 %', () => {
    for (const z of zoned.zones) {
      const twin = zoned.zones.find((x) => x.type === mirrorZoneType(z.type));
      expect(twin, `${z.type} has no twin`).toBeDefined();
      expect(Math.abs(z.areaM2 / twin!.areaM2 - 1), z.type).toBeLessThan(0.15);
    }
  });

  it('zones and unassigned add up to the paint area (±0.5 %); the hood and roof are of a plausible size', () => {
    const total = triangleAreas(paint.positions, paint.indices).reduce((a, b) => a + b, 0);
    const zones = zoned.zones.reduce((a, z) => a + z.areaM2, 0);
    expect(Math.abs((zones + zoned.unassignedAreaM2) / total - 1)).toBeLessThan(0.005);
    const area = (type: ZoneType) => zoned.zones.find((z) => z.type === type)!.areaM2;
    expect(area('hood')).toBeGreaterThan(1.2);
    expect(area('hood')).toBeLessThan(3.5);
    expect(area('roof')).toBeGreaterThan(0.8);
    expect(area('roof')).toBeLessThan(2.2);
    expect(area('door-front-left')).toBeGreaterThan(0.6);
    expect(area('door-front-left')).toBeLessThan(1.4);
  });

  it('the same answer when the car arrives in many arbitrary pieces', () => {
    const again = segmentPaint(gridPieces(paint, 0.3));
    expect(again.notes.join('\n')).toMatch(/do not follow the zones/);
    expect(again.zones.map((z) => z.type)).toEqual(zoned.zones.map((z) => z.type));
    for (const [i, z] of zoned.zones.entries()) {
      expect(Math.abs(again.zones[i]!.areaM2 / z.areaM2 - 1), z.type).toBeLessThan(0.03);
    }
  });
});
