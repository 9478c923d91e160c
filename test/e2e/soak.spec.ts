import { loadCatalog, loadZoneTable } from '@services/catalog/load';
import { expect, ROOT, test } from './fixtures';
import { ARTWORK_NAMES, installSoakProbes, runSoak } from './soak-helpers';

/**
 * Changes in the soak, and how often one is drawn (the stage renders on demand: changes in one tick coalesce).
 * `npm test` runs 500 (about a minute here); the benchmark (`npm run bench -- --only soak`) runs the full 2,000.
 */
const CHANGES = Number(process.env.SOAK_CHANGES ?? 500);
const DRAW_EVERY = 5;

// Portrait, so the stage (not the panel) gets the width: a 320×167 canvas keeps SwiftShader quick.
test.use({ viewport: { width: 320, height: 480 } });

test(`after ${CHANGES} configuration changes the textures, geometries and JS heap are back at baseline`, async ({
  page,
  host,
}) => {
  test.setTimeout(1_200_000);
  const catalog = await loadCatalog(`${ROOT}/assets/catalog`);
  const zones = await loadZoneTable(`${ROOT}/assets/catalog`);
  if (!catalog.ok || !zones.ok) throw new Error('the shipped catalog does not load');
  await installSoakProbes(page);
  await page.goto(host.appUrl);
  // The first frame compiles shaders on the CPU (SwiftShader); on a shared machine that can take minutes.
  await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 300_000 });
  const r = await runSoak(page, catalog.catalog, zones.zones, {
    count: CHANGES,
    every: DRAW_EVERY,
    log: (line) => console.log(line),
  });
  const heapGrowth = r.after.heapMB - r.baseline.heapMB;
  console.log(
    [
      `soak: ${r.changes} changes in ${r.seconds.toFixed(0)} s (${r.refused} refused, ${r.drawn} drawn, ${r.artwork} artwork loads)`,
      `textures ${r.baseline.textures} → ${r.after.textures}, geometries ${r.baseline.geometries} → ${r.after.geometries}, programs ${r.baseline.programs} → ${r.after.programs}`,
      `JS heap ${r.baseline.heapMB.toFixed(1)} → ${r.after.heapMB.toFixed(1)} MB (${heapGrowth >= 0 ? '+' : ''}${heapGrowth.toFixed(2)} MB)`,
      `object URLs ${r.baseline.objectUrls} → ${r.after.objectUrls}, window/document listeners ${r.baseline.listeners} → ${r.after.listeners}`,
    ].join('\n'),
  );
  expect(r.changes).toBeGreaterThanOrEqual(CHANGES);
  expect(r.drawn, 'every Nth change must really be drawn').toBeGreaterThanOrEqual(
    Math.floor(CHANGES / DRAW_EVERY) * 0.9,
  );
  expect(
    r.after.textures,
    `textures; made during the changes and still alive: ${r.lateTextures.join('\n')}`,
  ).toBeLessThanOrEqual(r.baseline.textures);
  expect(r.after.geometries, 'geometries').toBeLessThanOrEqual(r.baseline.geometries);
  expect(r.after.programs, 'shader programs').toBeLessThanOrEqual(r.baseline.programs);
  expect(heapGrowth, 'JS heap growth, MB').toBeLessThanOrEqual(10);
  expect(r.after.objectUrls, 'object URLs alive (one per artwork name undo can reach)').toBeLessThanOrEqual(
    ARTWORK_NAMES,
  );
  expect(r.after.listeners, 'window and document listeners').toBeLessThanOrEqual(r.baseline.listeners);
});
