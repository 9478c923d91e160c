import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openApp, ROOT, test } from './fixtures';
import { importedOnStage, importFromHud } from './import-helpers';
import {
  afterFrame,
  canvasPixels,
  catalogFilms,
  changedShare,
  fullWrap,
  goTo,
  redShare,
  setLook,
} from './scene-helpers';

const FIXTURE = join(ROOT, '..', 'shared', 'fixtures', 'models', 'lowpoly-roma.glb');

const stats = (page: import('@playwright/test').Page) => page.evaluate(() => window.__configuratorScene!());

test('films change the body at the front ¾ view without compiling shaders; an idle scene draws nothing', async ({
  page,
  host,
}) => {
  test.setTimeout(300_000);
  const films = catalogFilms();
  await openApp(page, host);
  await goTo(page, 'front34');
  await setLook(page, fullWrap(films.find((f) => f.id === 'gloss-white')!.material));
  const white = await canvasPixels(page);
  await setLook(page, fullWrap(films.find((f) => f.id === 'gloss-red')!.material));
  const red = await canvasPixels(page);
  expect(changedShare(white, red)).toBeGreaterThan(0.08);
  // The whole car is framed with a margin above the HUD (on this small stage ~7 % of the canvas is red body).
  expect(redShare(red)).toBeGreaterThan(0.05);
  expect(redShare(white)).toBeLessThan(0.01);

  // Every program the car can need is compiled once the warm-up has finished (all film variants too).
  await page.waitForSelector('html[data-scene-warm="true"]', { timeout: 120_000 });
  const before = (await stats(page)).programs;
  for (const film of films) await setLook(page, fullWrap(film.material, { ppf: { hood: 'matte' } }));
  expect((await stats(page)).programs).toBe(before);

  const framesBefore = (await stats(page)).frames;
  await page.waitForTimeout(3000);
  expect((await stats(page)).frames).toBe(framesBefore);
});

test('a hidden accessory leaves no pixels behind', async ({ page, host }) => {
  test.setTimeout(200_000);
  const film = catalogFilms().find((f) => f.id === 'gloss-blue')!.material;
  await openApp(page, host);
  await goTo(page, 'side');
  await setLook(page, fullWrap(film));
  const bare = await canvasPixels(page);
  await setLook(page, fullWrap(film, { accessories: ['roof-box', 'crossbars'] }));
  const withBox = await canvasPixels(page);
  expect(changedShare(bare, withBox)).toBeGreaterThan(0.01);
  await setLook(page, fullWrap(film));
  expect(changedShare(bare, await canvasPixels(page))).toBeLessThan(0.0005);
});

test("the stage's import runs the library import: the real car in the chosen film; a broken file is refused with its reason and keeps it", async ({
  page,
  host,
}) => {
  test.setTimeout(420_000);
  const films = catalogFilms();
  await openApp(page, host);
  const defaultCar = await canvasPixels(page);
  // The HUD's "导入车辆模型…" opens the Vehicles tab and imports there: normalised, parts found, stored, on stage.
  expect(await importFromHud(page, FIXTURE)).toEqual({ done: '已将 lowpoly-roma 加入车辆库。' });
  await expect(page.getByTestId('vehicles-panel')).toBeVisible();
  await importedOnStage(page);
  // The library import's report (found by geometry, names as hints), not a page-side guess by names.
  const guessed = page.getByTestId('vehicle-report').getByRole('list', { name: '推测' });
  await expect(guessed).toContainText('CarPaint');
  await afterFrame(page, () => page.getByRole('tab', { name: '配置' }).click());
  await goTo(page, 'front34');
  await setLook(page, fullWrap(films.find((f) => f.id === 'gloss-white')!.material));
  const white = await canvasPixels(page);
  expect(changedShare(defaultCar, white)).toBeGreaterThan(0.05);
  await setLook(page, fullWrap(films.find((f) => f.id === 'gloss-red')!.material));
  const red = await canvasPixels(page);
  expect(redShare(red)).toBeGreaterThan(0.05);
  expect(redShare(white)).toBeLessThan(0.01);
  await page
    .locator('canvas')
    .screenshot({ path: join(ROOT, 'test-results', 'scene', 'import-lowpoly-roma-red.png') });

  const bytes = readFileSync(FIXTURE);
  const declared = bytes.readUInt32LE(8);
  const broken = { name: 'broken.glb', mimeType: 'model/gltf-binary', buffer: bytes.subarray(0, 5000) };
  // The shop floor reads Chinese first: the library's own reason, naming the file and both sizes.
  expect(await importFromHud(page, broken)).toEqual({
    refused: `无法导入车辆：broken.glb 不完整：应有 ${declared} 字节，实际只有 5000 字节。请重新复制或下载。`,
  });
  await page.screenshot({ path: join(ROOT, 'test-results', 'scene', 'import-refusal-zh.png') });
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('.vehicle-refused p').first()).toHaveText(
    `The vehicle could not be imported: broken.glb is incomplete: it should hold ${declared} bytes but has only 5000. Copy or download it again.`,
  );
  await page.screenshot({ path: join(ROOT, 'test-results', 'scene', 'import-refusal-en.png') });
  const notes = {
    name: 'notes.glb',
    mimeType: 'model/gltf-binary',
    buffer: Buffer.from('hello, this is not a model at all'),
  };
  const end = await importFromHud(page, notes);
  expect('refused' in end && end.refused).toMatch(
    /^The vehicle could not be imported: notes\.glb .*glTF 2\.0/,
  );
  // Back to Chinese and the configurator: the stage's size (and so the framing) the red picture was taken with.
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await page.getByRole('tab', { name: '配置' }).click();
  await afterFrame(page, () =>
    page.evaluate(() => window.__configuratorSceneControl?.store().goToPreset('front34', true)),
  );
  // The refused files left the imported car on stage.
  expect(changedShare(red, await canvasPixels(page))).toBeLessThan(0.01);
});
