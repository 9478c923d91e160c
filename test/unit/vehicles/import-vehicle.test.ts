import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importVehicle, measureVehicle } from '@services/vehicles/import-vehicle';
import { VehicleLibrary } from '@services/vehicles/library/library';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../support/main';
import { type EncodedVariant, encodedVariant } from '../../support/vehicle-fixtures/encoded';

/** The real car's length as its file gives it (mm) and its exterior paint at that length (m², from the part finder's tests). */
const FILE_LENGTH_MM = 4594;
const PAINT_M2 = 12.9 * (4.594 / 4.656) ** 2;

const VARIANTS: EncodedVariant[] = [
  'original',
  'material-array',
  'draco',
  'meshopt',
  'centimetres',
  'rotated-90',
  'ground-plane',
  'split-gltf',
];

/** A fresh library (a repaired or cleaned variant is the same model as the original: one library would dedupe it). */
async function freshLibrary(): Promise<VehicleLibrary> {
  const library = new VehicleLibrary({
    dataDir: mkdtempSync(join(tmpdir(), 'import-vehicle-')),
    modelsDir: join(ROOT, 'assets', 'models'),
    importVehicle,
    measureVehicle,
  });
  await library.open();
  return library;
}

describe('importing the third-party car into the library (normalise + find parts in a worker)', () => {
  let library: VehicleLibrary;
  beforeAll(async () => {
    library = await freshLibrary();
  });

  const paintOf: Record<string, string[]> = {};
  for (const variant of VARIANTS) {
    it(`${variant}: a service vehicle at its real length, one body zone of its own paint, the area measured`, async () => {
      const files = await encodedVariant(variant);
      const own = await freshLibrary();
      const { summary, report } = await own.import(files, {}, {});
      expect(summary).toMatchObject({ status: 'ok', kind: 'service' });
      expect(Math.abs(summary.lengthMm - FILE_LENGTH_MM) / FILE_LENGTH_MM).toBeLessThan(0.02);
      expect(summary.bodyAreaM2).toBeGreaterThan(PAINT_M2 * 0.93);
      expect(summary.bodyAreaM2).toBeLessThan(PAINT_M2 * 1.07);
      const opened = await own.get(summary.id);
      const [body, ...others] = opened.manifest.zones;
      expect(others).toEqual([]);
      expect(body).toMatchObject({ id: 'body', body: true, areaM2: summary.bodyAreaM2 });
      expect(opened.manifest.paintMaterials).toEqual(['CarPaint']);
      expect(opened.manifest.wheels.nodes).toHaveLength(4);
      expect(opened.manifest.glass.meshes.length).toBeGreaterThan(0);
      expect(report.guesses.some((g) => g.part === 'paint')).toBe(true);
      if (variant === 'ground-plane') expect(report.dropped.length).toBeGreaterThan(0);
      if (variant === 'material-array') expect(report.repairs.length).toBeGreaterThan(0);
      paintOf[variant] = body!.meshes;
    });
  }

  it('finds the same paint meshes in every variant', () => {
    const lists = Object.values(paintOf);
    expect(lists.length).toBe(VARIANTS.length);
    for (const l of lists) expect(l).toEqual(lists[0]);
  });

  it('the same file twice is one entry; a new length re-measures the area by the square', async () => {
    const files = await encodedVariant('original');
    await library.import(files, {}, {});
    const again = await library.import(files, {}, {});
    expect(again.duplicate).toBe(true);
    const before = again.summary.bodyAreaM2;
    const { summary } = await library.update(again.summary.id, { lengthMm: FILE_LENGTH_MM * 1.1 });
    expect(summary.bodyAreaM2 / before).toBeGreaterThan(1.21 * 0.98);
    expect(summary.bodyAreaM2 / before).toBeLessThan(1.21 * 1.02);
  });
});
