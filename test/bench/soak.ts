/**
 * Memory after 2,000 configuration changes (issue #8 item 4): the soak of test/e2e/soak.spec.ts as benchmark
 * rows. Budgets: textures, geometries and shader programs back at the baseline taken after a warm-up; JS
 * heap within +10 MB after garbage collection; object URLs back to at most one per artwork name that undo can
 * still reach. Part of `npm run bench`; run alone with `npx tsx test/bench/soak.ts`.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog, loadZoneTable } from '@services/catalog/load';
import { ARTWORK_NAMES, installSoakProbes, runSoak } from '../e2e/soak-helpers';
import { benchRow, launchChromium, noChromium, printRows, ROOT, startApp } from './lib/harness';
import type { BenchRow } from './row';

const CHANGES = 2000;
const DRAW_EVERY = 5;
const HEAP_BUDGET_MB = 10;
/** Portrait, so the stage (not the panel) gets the width; a small canvas keeps SwiftShader quick. */
const VIEWPORT = { width: 320, height: 480 };

/** GPU resources and JS heap after 2,000 random changes and back, against the warmed-up baseline. */
export async function benchSoak(): Promise<BenchRow[]> {
  const catalog = await loadCatalog(join(ROOT, 'assets', 'catalog'));
  const zones = await loadZoneTable(join(ROOT, 'assets', 'catalog'));
  if (!catalog.ok || !zones.ok) throw new Error('the shipped catalog does not load');
  const browser = await launchChromium();
  if (!browser) return noChromium('memory soak');
  const app = await startApp();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    page.setDefaultTimeout(300_000);
    await installSoakProbes(page);
    await page.goto(app.appUrl);
    await page.waitForSelector('html[data-scene-ready="true"]');
    const r = await runSoak(page, catalog.catalog, zones.zones, { count: CHANGES, every: DRAW_EVERY });
    const { baseline: b, after: a } = r;
    const heap = a.heapMB - b.heapMB;
    const group = `memory after ${CHANGES} changes`;
    const note = `${r.changes} changes in ${Math.round(r.seconds)} s, ${r.refused} refused, ${r.drawn} drawn, ${r.artwork} artwork loads; canvas at ${VIEWPORT.width}×${VIEWPORT.height} portrait`;
    /** A count that must not end above its baseline, printed as baseline → after (plus `extra`). */
    const atBaseline = (
      label: string,
      key: 'textures' | 'geometries' | 'programs' | 'listeners',
      unit: string,
      extra?: string,
    ) =>
      benchRow(
        group,
        label,
        a[key] - b[key],
        unit,
        '≤ 0',
        a[key] <= b[key],
        `${b[key]} → ${a[key]}${extra ? `; ${extra}` : ''}`,
      );
    return [
      atBaseline('textures vs baseline', 'textures', 'textures', note),
      atBaseline('geometries vs baseline', 'geometries', 'geometries'),
      atBaseline('shader programs vs baseline', 'programs', 'programs'),
      benchRow(
        group,
        'JS heap growth after GC',
        Math.round(heap * 100) / 100,
        'MB',
        HEAP_BUDGET_MB,
        heap <= HEAP_BUDGET_MB,
        `${b.heapMB.toFixed(1)} → ${a.heapMB.toFixed(1)} MB (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage)`,
      ),
      benchRow(
        group,
        'object URLs alive',
        a.objectUrls,
        'URLs',
        ARTWORK_NAMES,
        a.objectUrls <= ARTWORK_NAMES,
        `baseline ${b.objectUrls}; at most one per artwork name undo can reach`,
      ),
      atBaseline('window/document listeners vs baseline', 'listeners', 'listeners'),
    ];
  } finally {
    await browser.close();
    await app.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  printRows(await benchSoak());
