/**
 * Zones benchmark (issue #17): automatic zones of a 650k-triangle car (the launch EV's paint, each triangle split into
 * sixteen) in the Node process, budget 30 s on the shop's 2-core machines. Part of `npm run bench`; run alone with
 * `npx tsx test/bench/zones.ts`.
 */
import { fileURLToPath } from 'node:url';
import { segmentPaint } from '@services/vehicles/zones/segment/segment';
import { densify } from '../support/zones/densify';
import { generatedCarPaint } from '../support/zones/paint-meshes';
import type { BenchRow } from './row';

const BUDGET_S = 30;

/** Segments the densified car once and reports the wall time. */
export async function benchZones(): Promise<BenchRow[]> {
  const car = await generatedCarPaint();
  const paint = densify({ positions: car.positions, indices: car.indices }, 2);
  const triangles = paint.indices.length / 3;
  const start = performance.now();
  const cpu = process.cpuUsage();
  const zoned = segmentPaint(paint);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return [
    {
      name: `zones: segment a ${Math.round(triangles / 1000)}k-triangle car`,
      value: Math.round(seconds * 10) / 10,
      unit: 's',
      budget: BUDGET_S,
      pass: seconds <= BUDGET_S,
      note: `${zoned.zones.length} zones, ${zoned.indices.length / 3} triangles after cutting; process CPU ${cpuSeconds.toFixed(1)} s (shared machine: wall time noisy)`,
    },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await benchZones());
}
