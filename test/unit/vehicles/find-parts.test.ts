import { readFileSync } from 'node:fs';
import vehicles from '@domain/vehicle/vehicles.json';
import { applyCorrections } from '@services/vehicles/parts/corrections';
import { findParts } from '@services/vehicles/parts/find-parts';
import type { PartsResult } from '@services/vehicles/parts/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { bakeAndCentre } from '../../support/vehicle-fixtures/normalise-for-test';
import {
  COMPACT_EV_MANIFEST_PATH,
  COMPACT_EV_PATH,
  namelessCompactEv,
  ROMA_LENGTH_M,
  ROMA_PATH,
  readCar,
  type ShapedCar,
  shapedRomas,
} from '../../support/vehicle-fixtures/shaped';

const CORNER_SIGNS = {
  'front-left': [1, 1],
  'front-right': [-1, 1],
  'rear-left': [1, -1],
  'rear-right': [-1, -1],
};

/** The four wheels sit at their corners (left = +x, front = +z), on the floor, round and car-sized. */
function expectWheelsAtCorners(result: PartsResult) {
  expect(result.wheels.found.map((w) => w.corner).sort()).toEqual(Object.keys(CORNER_SIGNS).sort());
  for (const w of result.wheels.found) {
    const [sx, sz] = CORNER_SIGNS[w.corner];
    expect(Math.sign(w.centre[0]), w.corner).toBe(sx);
    expect(Math.sign(w.centre[2]), w.corner).toBe(sz);
    expect(w.radiusM).toBeGreaterThan(0.25);
    expect(w.radiusM).toBeLessThan(0.45);
    expect(Math.abs(w.centre[1] - w.radiusM), 'axle height = radius (standing on the floor)').toBeLessThan(
      0.03,
    );
  }
}

function lookup(lang: 'en' | 'zh-CN', key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], vehicles[lang]);
}

describe('the test-only normaliser puts the real car in the finder frame', () => {
  it('bakes the Sketchfab/FBX root: metres, on the floor, centred, nose +Z (front lights ahead of the rear ones)', async () => {
    const doc = bakeAndCentre(await readCar(ROMA_PATH));
    const zOf = (name: string) => {
      const pos = doc
        .getRoot()
        .listNodes()
        .find((n) => n.getName() === name)!
        .getMesh()!
        .listPrimitives()[0]!
        .getAttribute('POSITION')!;
      return (pos.getMin([0, 0, 0])[2]! + pos.getMax([0, 0, 0])[2]!) / 2;
    };
    expect(zOf('Roma_FrontLights_0')).toBeGreaterThan(1);
    expect(zOf('Roma_RearLights_0')).toBeLessThan(-1);
    const r = findParts(doc, { lengthM: ROMA_LENGTH_M });
    expect(r.modelLengthM).toBeCloseTo(4.594, 2);
  });
});

describe('findParts on the real car and its variants', () => {
  let cars: ShapedCar[];
  const results = new Map<string, PartsResult>();
  beforeAll(async () => {
    cars = await shapedRomas();
    for (const car of cars) results.set(car.name, findParts(car.document, { lengthM: car.lengthM }));
  }, 60_000);

  it('finds the CarPaint meshes as paint, the windows as glass, four wheels at their corners', () => {
    for (const car of cars) {
      const r = results.get(car.name)!;
      expect(r.paint.meshes, car.name).toEqual(car.expected.paintMeshes);
      expect(r.glass.meshes, car.name).toEqual(car.expected.glassMeshes);
      expect(r.wheels.nodes, car.name).toEqual(car.expected.wheelNodes);
      expectWheelsAtCorners(r);
    }
  });

  it('"black paint" is paint, and a dark paint with a neutral name is paint too', () => {
    expect(results.get('paint named "black paint"')!.paint.materials).toEqual(['black paint']);
    expect(results.get('dark paint, neutral name')!.paint.materials).toEqual(['Material.001']);
  });

  it('splits each wheel into tyre and rim where the model has them apart; says so when wheels are merged', () => {
    const shipped = results.get('as shipped')!;
    expect(shipped.wheels.tyres.sort()).toEqual([
      'BL_Wheel_Plastic_0',
      'BR_Wheel_Plastic_0',
      'FL_Wheel_Plastic_0',
      'FR_Wheel_Plastic_0',
    ]);
    expect(shipped.wheels.rims.sort()).toEqual([
      'BL_Wheel_Rims_0',
      'BR_Wheel_Rims_0',
      'FL_Wheel_Rims_0',
      'FR_Wheel_Rims_0',
    ]);
    const merged = results.get('merged into one mesh')!;
    expect(merged.paint.materials).toEqual(['CarPaint']);
    expect(merged.glass.materials).toEqual(['Window']);
    expect(
      merged.guesses.some((g) => g.reason.key === 'parts.guess.wheelsMerged' && g.target === 'Roma_merged'),
    ).toBe(true);
  });

  it("measures the exterior paint: at most the paint triangles' own area, at least 97 % of it, the same on every variant", () => {
    const shipped = results.get('as shipped')!;
    const paintSurfaces = shipped.surfaces.filter((s) => s.role === 'paint');
    const total = paintSurfaces.reduce((a, s) => a + s.totalAreaM2, 0);
    // The Roma's paint is one outer shell; the little that is hidden sits behind the lights and inside the arches.
    expect(shipped.bodyAreaM2).toBeLessThanOrEqual(total + 0.01);
    expect(shipped.bodyAreaM2).toBeGreaterThan(0.97 * total);
    for (const car of cars) {
      // Random surface samples (5000 on the paint) differ in order between variants: ±1 % sampling error.
      expect(Math.abs(results.get(car.name)!.bodyAreaM2 / shipped.bodyAreaM2 - 1), car.name).toBeLessThan(
        0.02,
      );
    }
  });

  it('finds roof, tow bar and rear hatch mounts where a coupé has them', () => {
    const r = results.get('as shipped')!;
    const at = (id: string) => r.mounts.find((m) => m.id === id)?.position;
    const roof = at('roof')!;
    expect(roof[1]).toBeGreaterThan(1.15);
    expect(Math.abs(roof[2])).toBeLessThan(1);
    const tow = at('tow-bar')!;
    expect(tow[1]).toBeGreaterThan(0.3);
    expect(tow[1]).toBeLessThan(0.6);
    expect(tow[2]).toBeLessThan(-2.1);
    expect(at('rear-hatch')![2]).toBeLessThan(-1.8);
    expect(r.missingMounts).toEqual([]);
  });

  it('scales areas and positions to the real length', async () => {
    const doc = bakeAndCentre(await readCar(ROMA_PATH));
    const half = findParts(doc, { lengthM: ROMA_LENGTH_M / 2 });
    const full = results.get('as shipped')!;
    expect(half.bodyAreaM2 / full.bodyAreaM2).toBeCloseTo(0.25, 2);
    expect(half.wheels.found[0]!.radiusM / full.wheels.found[0]!.radiusM).toBeCloseTo(0.5, 2);
  });

  it('applies staff corrections and re-measures the area', () => {
    const r = results.get('as shipped')!;
    const plastic = r.surfaces.filter((s) => s.material === 'Plastic' && s.role === 'trim');
    const plasticOut = plastic.reduce((a, s) => a + s.exteriorAreaM2, 0);
    const more = applyCorrections(r, [{ target: { material: 'Plastic' }, part: 'paint' }]);
    expect(more.paint.materials).toContain('Plastic');
    expect(more.wheels.tyres, 'the tyres use Plastic too and became paint').toEqual([]);
    expect(more.bodyAreaM2).toBeGreaterThan(r.bodyAreaM2 + plasticOut - 0.02);
    const none = applyCorrections(r, [{ target: { mesh: 'Roma_CarPaint_0' }, part: 'none' }]);
    expect(none.paint).toEqual({ meshes: [], materials: [] });
    expect(none.bodyAreaM2).toBe(0);
    const glass = applyCorrections(r, [{ target: { mesh: 'Roma_Window_0' }, part: 'paint' }]);
    expect(glass.glass.meshes).toEqual([]);
    expect(() => applyCorrections(r, [{ target: { mesh: 'Roof_Box' }, part: 'paint' }])).toThrow(
      /no mesh "Roof_Box"/,
    );
  });

  it('every guess has a sentence in Chinese and English with the same placeholders and values for them', () => {
    const placeholders = (t: string) => [...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const guesses = [...results.values()].flatMap((r) => [
      ...r.guesses,
      ...r.missingMounts.map((m) => ({ reason: m.reason })),
    ]);
    for (const { reason } of guesses) {
      const en = lookup('en', reason.key);
      const zh = lookup('zh-CN', reason.key);
      expect(typeof en, reason.key).toBe('string');
      expect(zh as string, reason.key).toMatch(/[\u4e00-\u9fff]/);
      expect(placeholders(zh as string)).toEqual(placeholders(en as string));
      expect(Object.keys(reason.values ?? {}).sort(), reason.key).toEqual(placeholders(en as string));
    }
  });

  it('times findParts on the real car (6k triangles; noisy on this shared 2-core machine)', async () => {
    const doc = bakeAndCentre(await readCar(ROMA_PATH));
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      findParts(doc, { lengthM: ROMA_LENGTH_M });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.info(
      `findParts lowpoly-roma: median ${times[1]!.toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`,
    );
    expect(times[1]).toBeLessThan(2000);
  }, 30_000);
});

describe('a car without a roof', () => {
  it('reports the missing roof mount with its reason instead of placing one in the air', async () => {
    const doc = bakeAndCentre(await readCar(ROMA_PATH));
    // Cut the Roma open above the waist (paint, windows and all): an open top.
    for (const prim of doc
      .getRoot()
      .listMeshes()
      .flatMap((m) => m.listPrimitives())) {
      const pos = prim.getAttribute('POSITION')!;
      const idx = prim.getIndices()!;
      const keep: number[] = [];
      const y = (i: number) => pos.getElement(i, [0, 0, 0])[1]!;
      for (let t = 0; t < idx.getCount(); t += 3) {
        const tri = [idx.getScalar(t), idx.getScalar(t + 1), idx.getScalar(t + 2)];
        if (!tri.some((i) => y(i) > 0.95)) keep.push(...tri);
      }
      idx.setArray(new Uint32Array(keep));
    }
    const r = findParts(doc, { lengthM: ROMA_LENGTH_M });
    const roof = r.missingMounts.find((m) => m.id === 'roof');
    expect(roof?.reason.key).toMatch(/^parts\.mount\.noRoof/);
    expect(r.mounts.map((m) => m.id)).not.toContain('roof');
  });
});

describe('findParts on the generated launch EV', () => {
  const manifest = JSON.parse(readFileSync(COMPACT_EV_MANIFEST_PATH, 'utf8')) as {
    lengthM: number;
    zones: { meshes: string[]; areaM2: number; body: boolean }[];
  };
  const manifestBody = manifest.zones.filter((z) => z.body).reduce((a, z) => a + z.areaM2, 0);

  it('paint = the zone meshes, glass = the glass meshes, wheels at the corners; area vs the manifest', async () => {
    const doc = await readCar(COMPACT_EV_PATH);
    const t = performance.now();
    const r = findParts(doc, { lengthM: manifest.lengthM });
    const ms = performance.now() - t;
    const zones = manifest.zones.flatMap((z) => z.meshes);
    expect(r.paint.meshes.sort()).toEqual([...zones].sort());
    expect(r.glass.meshes).toEqual(
      expect.arrayContaining(['glass:windscreen', 'glass:front-sides', 'glass:rear-sides', 'glass:rear']),
    );
    expect(r.wheels.nodes).toEqual(['wheel:fl', 'wheel:fr', 'wheel:rl', 'wheel:rr']);
    expect(r.wheels.calipers).toEqual(['caliper']);
    expectWheelsAtCorners(r);
    // The manifest's areas are in model units; the model is 4.254 m long with its mirrors, the car 4.2 m.
    const atModelScale = r.bodyAreaM2 * (r.modelLengthM / r.lengthM) ** 2;
    const pct = (a: number) => `${((100 * a) / manifestBody - 100).toFixed(1)} %`;
    console.info(
      `compact-ev: exterior paint ${r.bodyAreaM2} m² at ${r.lengthM} m (${pct(r.bodyAreaM2)}), ${atModelScale.toFixed(2)} m² ` +
        `at the model's own ${r.modelLengthM} m (${pct(atModelScale)}) vs manifest body zones ${manifestBody.toFixed(2)} m²; ` +
        `findParts ${ms.toFixed(0)} ms (96k triangles, noisy)`,
    );
    expect(atModelScale).toBeGreaterThan(manifestBody * 0.93);
    // The manifest sums every paint triangle; hidden paint (inside the arches behind the tyres, under the cladding)
    // is not wrapped and not counted here: measured 5 % less. Never more than the manifest.
    expect(r.bodyAreaM2).toBeLessThanOrEqual(manifestBody * 1.01);
    expect(r.bodyAreaM2).toBeGreaterThan(manifestBody * 0.9);
    expect(ms).toBeLessThan(5000);
  }, 30_000);

  it('finds the same with every name stripped', async () => {
    const car = await namelessCompactEv();
    const r = findParts(car.document, { lengthM: car.lengthM });
    expect(r.paint.meshes.sort()).toEqual([...car.expected.paintMeshes].sort());
    expect(r.glass.meshes).toEqual(expect.arrayContaining(car.expected.glassMeshes));
    expect(r.wheels.nodes).toEqual(car.expected.wheelNodes);
    expectWheelsAtCorners(r);
    expect(r.bodyAreaM2).toBeGreaterThan(manifestBody * 0.9);
    expect(r.bodyAreaM2).toBeLessThanOrEqual(manifestBody * 1.01);
  }, 30_000);
});

describe('bad input', () => {
  it('refuses a length that is not a length, and a model with nothing to draw', async () => {
    const doc = bakeAndCentre(await readCar(ROMA_PATH));
    expect(() => findParts(doc, { lengthM: 0 })).toThrow(/lengthM must be the car's real length in metres/);
    for (const n of doc.getRoot().listNodes()) n.setMesh(null);
    expect(() => findParts(doc, { lengthM: 4.6 })).toThrow(/draws no triangles/);
  });
});
