import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hueShares, openDesigner, quadrantPng, type Rgb, zoneOnPage } from './designer-helpers';
import { expect, ROOT, test } from './fixtures';
import { goTo } from './scene-helpers';

const MAGENTA: Rgb = [230, 0, 200];
const CYAN: Rgb = [0, 200, 230];
const ORANGE: Rgb = [250, 120, 0];
const LIME: Rgb = [60, 220, 0];

test.describe('designer looks', () => {
  for (const [w, h] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    test(`designer panel at ${w}×${h}`, async ({ page, host }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width: w, height: h });
      const folder = await openDesigner(page, host);
      writeFileSync(join(folder, 'team-livery.png'), quadrantPng(640, 400, [MAGENTA, CYAN, ORANGE, LIME]));
      await page.getByRole('button', { name: /刷新|Refresh/ }).click();
      await page.getByRole('button', { name: /team-livery\.png/ }).click();
      await page.getByRole('button', { name: /^(引擎盖|Hood)$/ }).click();
      await page.getByRole('button', { name: /^(车顶|Roof)$/ }).click();
      await page.getByTestId('apply-artwork').click();
      await expect(page.getByTestId('zone-print')).toContainText('team-livery.png');
      await goTo(page, 'front34');
      await expect
        .poll(async () => (await hueShares(page, [MAGENTA]))[0], { timeout: 60_000 })
        .toBeGreaterThan(0.001);
      await page.screenshot({ path: join(ROOT, 'test-results', 'designer', `panel-${w}x${h}.png`) });
      await page.getByRole('button', { name: /^(局部贴花|Decal)$/ }).click();
      await page.screenshot({ path: join(ROOT, 'test-results', 'designer', `decal-${w}x${h}.png`) });
    });
  }
});

const QUADRANTS: Rgb[] = [MAGENTA, CYAN, ORANGE, LIME];

test('artwork applied to the hood shows its colours; a rewrite on disk updates the car live; a truncated file is refused and the car keeps its artwork', async ({
  page,
  host,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1100, height: 620 });
  const folder = await openDesigner(page, host);
  const file = join(folder, 'hood-art.png');
  writeFileSync(file, quadrantPng(512, 320, [MAGENTA, CYAN, ORANGE, LIME]));
  await page.getByRole('button', { name: /刷新|Refresh/ }).click();
  await page.getByRole('button', { name: /hood-art\.png/ }).click();
  await goTo(page, 'top');
  for (const share of await hueShares(page, QUADRANTS)) expect(share).toBeLessThan(0.0005);
  const baseline = await page.evaluate(() => window.__configuratorScene!());

  await page.getByRole('button', { name: /^(引擎盖|Hood)$/ }).click();
  await page.getByTestId('apply-artwork').click();
  await expect(page.getByTestId('zone-print')).toContainText('hood-art.png');
  await expect
    .poll(async () => Math.min(...(await hueShares(page, QUADRANTS))), { timeout: 60_000 })
    .toBeGreaterThan(0.002);
  await page.evaluate(() => {
    (window as { __notReloaded?: boolean }).__notReloaded = true;
  });

  // The designer saves a new version over the file: the hood turns lime without a page reload.
  const swapped = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const store = window.__configuratorSceneControl!;
        const first = store.store().look.artwork?.hood?.url;
        const timer = setInterval(() => {
          if (store.store().look.artwork?.hood?.url === first) return;
          clearInterval(timer);
          resolve(Date.now());
        }, 10);
      }),
  );
  const saved = Date.now();
  writeFileSync(file, quadrantPng(512, 320, [LIME, LIME, LIME, LIME]));
  await expect
    .poll(
      async () => {
        const [magenta, cyan, lime] = await hueShares(page, [MAGENTA, CYAN, LIME]);
        return magenta! < 0.0005 && cyan! < 0.0005 && lime! > 0.01;
      },
      { timeout: 30_000, intervals: [50] },
    )
    .toBe(true);
  console.log(
    `live reload: file saved → new image decoded and on the look in ${(await swapped) - saved} ms, hood pixels changed within ${Date.now() - saved} ms (SwiftShader, 50 ms polls)`,
  );
  expect(await page.evaluate(() => (window as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: /hood-art\.png/ })).toBeVisible();
  const [limeBefore] = await hueShares(page, [LIME]);

  // A truncated PNG is refused with a message naming it; the hood keeps the lime artwork.
  const good = quadrantPng(512, 320, [MAGENTA, MAGENTA, MAGENTA, MAGENTA]);
  await page.getByTestId('artwork-file').setInputFiles({
    name: 'broken.png',
    mimeType: 'image/png',
    buffer: good.subarray(0, Math.floor(good.length / 2)),
  });
  await expect(page.getByRole('alert').filter({ hasText: /broken\.png/ })).toBeVisible();
  const [lime, magenta] = await hueShares(page, [LIME, MAGENTA]);
  expect(Math.abs(lime! - limeBefore!)).toBeLessThan(0.002);
  expect(magenta).toBeLessThan(0.0005);

  // The file disappears from disk: the car keeps its last image and the designer is warned.
  unlinkSync(file);
  await expect(page.getByRole('status').filter({ hasText: /hood-art\.png.*(删除|deleted)/ })).toBeVisible();
  expect((await hueShares(page, [LIME]))[0]).toBeGreaterThan(0.01);

  // Removing the print frees its textures: the renderer holds what it held before any artwork.
  await page.getByRole('button', { name: /^(移除满版图案|Remove zone print)$/ }).click();
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => window.__configuratorScene!());
      return [now.textures, now.programs, (await hueShares(page, [LIME]))[0]! < 0.0005];
    })
    .toEqual([baseline.textures, baseline.programs, true]);
});

test('a decal placed by clicking the car prints its artwork under the click', async ({ page, host }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1100, height: 620 });
  const folder = await openDesigner(page, host);
  writeFileSync(join(folder, 'badge.png'), quadrantPng(256, 256, [ORANGE, ORANGE, ORANGE, ORANGE]));
  await page.getByRole('button', { name: /刷新|Refresh/ }).click();
  await page.getByRole('button', { name: /badge\.png/ }).click();
  await goTo(page, 'top');
  const hood = await zoneOnPage(page, 'hood');
  const spot = { x: hood.inCanvas[0], y: hood.inCanvas[1], radius: 8 };
  const baseline = await page.evaluate(() => window.__configuratorScene!());
  const [before] = await hueShares(page, [ORANGE], spot);
  expect(before).toBeLessThan(0.05);

  // In the zone tool a tap on the car picks the zone tapped.
  const hoodButton = page.getByRole('button', { name: /^(引擎盖|Hood)$/ });
  await expect(hoodButton).toHaveAttribute('aria-pressed', 'false');
  await page.mouse.click(hood.x, hood.y);
  await expect(hoodButton).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: /^(局部贴花|Decal)$/ }).click();
  await page.getByTestId('place-decal').click();
  await page.mouse.click(hood.x, hood.y);
  await expect
    .poll(async () => (await hueShares(page, [ORANGE], spot))[0], { timeout: 60_000 })
    .toBeGreaterThan(0.8);
  await page.screenshot({ path: join(ROOT, 'test-results', 'designer', 'decal-placed.png') });
  const decals = await page.evaluate(() => window.__configuratorState?.().configuration?.wrap?.decals);
  expect(decals).toHaveLength(1);
  // Placed from the top view (nose to the left): turned a quarter so it reads upright from there.
  expect(decals?.[0]).toMatchObject({ ref: 'badge.png', sizeMm: [400, 400], rotationDeg: 90 });
  expect(decals?.[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  // Far from the decal the hood is untouched (the decal is 400 mm, not the whole car).
  const [whole] = await hueShares(page, [ORANGE]);
  expect(whole).toBeLessThan(0.05);

  // Deleting the decal frees its geometry and texture.
  await page.getByRole('button', { name: /^(删除贴花|Delete decal)$/ }).click();
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => window.__configuratorScene!());
      return [now.textures, now.geometries, (await hueShares(page, [ORANGE], spot))[0]! < 0.05];
    })
    .toEqual([baseline.textures, baseline.geometries, true]);
});

test('an over-size image is downscaled with a notice, a damaged one refused; a UV template exports as SVG at real size in mm; a render at 2×', async ({
  page,
  host,
}) => {
  test.setTimeout(200_000);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'assets/models/compact-ev.manifest.json'), 'utf8')) as {
    zones: { id: string; uvSizeM: [number, number] }[];
  };
  const hood = manifest.zones.find((z) => z.id === 'hood')!;
  const folder = await openDesigner(page, host);
  // An image wider than the GPU holds is downscaled, and the panel says at which resolution.
  writeFileSync(join(folder, 'banner.png'), quadrantPng(9000, 40, [ORANGE, CYAN, CYAN, ORANGE]));
  await page.getByRole('button', { name: /刷新|Refresh/ }).click();
  await page.getByRole('button', { name: /banner\.png/ }).click();
  const limit = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    return Math.min(8192, gl?.getParameter(gl.MAX_TEXTURE_SIZE) ?? 8192);
  });
  await expect(page.getByRole('status').filter({ hasText: /banner\.png/ })).toContainText(
    `${limit}×${Math.round((40 * limit) / 9000)}`,
  );

  // A PNG whose header is fine but whose pixel data is damaged passes main's check and fails to decode in
  // the page: the designer is told which file and why.
  const damaged = quadrantPng(64, 64, [ORANGE, ORANGE, ORANGE, ORANGE]);
  const idat = damaged.indexOf('IDAT') + 4;
  damaged.fill(0x55, idat + 10, idat + 40);
  writeFileSync(join(folder, 'damaged.png'), damaged);
  await page.getByRole('button', { name: /刷新|Refresh/ }).click();
  await page.getByRole('button', { name: /damaged\.png/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: /damaged\.png/ })).toBeVisible();

  await page.getByTestId('template-zone').selectOption('hood');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /SVG/ }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  const width = Number(/<svg[^>]*\swidth="([\d.]+)mm"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)mm"/.exec(svg)?.[1]);
  expect(Math.abs(width - hood.uvSizeM[0] * 1000)).toBeLessThan(1);
  expect(Math.abs(height - hood.uvSizeM[1] * 1000)).toBeLessThan(1);
  await expect(page.getByRole('status').filter({ hasText: download.suggestedFilename() })).toBeVisible();

  // The render export is a PNG at twice the stage's size.
  const stage = (await page.locator('canvas').boundingBox())!;
  const [render] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /(导出效果图|Export render) 2×/ }).click(),
  ]);
  const png = readFileSync((await render.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
    Math.round(stage.width * 2),
    Math.round(stage.height * 2),
  ]);
});

test('on the local host a UV template export downloads without calling a channel the host lacks: no console error, no 5xx', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await openDesigner(page, host);
  // From here on: what the export does (the browser's own favicon request at load is not the app's).
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
      errors.push(`${m.text()} (${m.location().url})`);
  });
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 500) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.getByTestId('template-zone').selectOption('hood');
  for (const format of ['SVG', 'PNG']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: new RegExp(`^${format}`) }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
    await expect(page.getByRole('status').filter({ hasText: download.suggestedFilename() })).toBeVisible();
  }
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});
