import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openApp, ROOT, test } from './fixtures';
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

test('an imported third-party car renders with its paint in the chosen film; a broken file keeps it on stage', async ({
  page,
  host,
}) => {
  test.setTimeout(300_000);
  const films = catalogFilms();
  await openApp(page, host);
  const defaultCar = await canvasPixels(page);
  await afterFrame(page, () => page.getByTestId('model-file').setInputFiles(FIXTURE));
  await page.waitForFunction(
    () =>
      window.__configuratorSceneControl?.store().model.state === 'ready' &&
      window.__configuratorSceneControl.store().model.name === 'lowpoly-roma.glb',
  );
  await expect(page.getByRole('list', { name: /guessed from names|按名称推测/i })).toContainText('CarPaint');
  await expect(page.getByRole('list', { name: /guessed from names|按名称推测/i })).toContainText('FL_Wheel');
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
  await page
    .getByTestId('model-file')
    .setInputFiles({ name: 'broken.glb', mimeType: 'model/gltf-binary', buffer: bytes.subarray(0, 5000) });
  // The shop floor reads Chinese first: headline, what to do and the technical detail are all translated.
  const refusal = page.getByRole('alert').filter({ hasText: '无法打开车辆模型「broken.glb」' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('glTF 2.0（.glb）');
  const detail = refusal.locator('.scene-hud-error-detail');
  await expect(detail).toHaveAttribute('data-refusal', 'truncated');
  const values = JSON.parse((await detail.getAttribute('data-values')) ?? '{}') as Record<string, string>;
  expect(values).toEqual({ declared: String(bytes.readUInt32LE(8)), got: '5000' });
  await expect(detail).toHaveText(`文件不完整：应有 ${values.declared} 字节，实际只有 5000 字节。`);
  await expect(detail).toHaveAttribute('lang', 'zh-CN');
  await page.screenshot({ path: join(ROOT, 'test-results', 'scene', 'import-refusal-zh.png') });
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(refusal).toBeHidden();
  const english = page.getByRole('alert').filter({ hasText: 'The car model "broken.glb" cannot be opened' });
  await expect(english.locator('.scene-hud-error-detail')).toHaveText(
    `The file is truncated: it should be ${values.declared} bytes but only 5000 arrived.`,
  );
  await page.screenshot({ path: join(ROOT, 'test-results', 'scene', 'import-refusal-en.png') });
  await page.getByTestId('model-file').setInputFiles({
    name: 'notes.glb',
    mimeType: 'model/gltf-binary',
    buffer: Buffer.from('hello, this is not a model at all'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'not a glTF 2.0 model' })).toBeVisible();
  // The guesses stay those of the car on stage, under its name, not the refused file's.
  await expect(page.locator('.scene-hud-guesses summary')).toContainText('lowpoly-roma.glb');
  // Back to Chinese: the HUD's height (and so the framing) is the one the red picture was taken with.
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await afterFrame(page, () =>
    page.evaluate(() => window.__configuratorSceneControl?.store().goToPreset('front34', true)),
  );
  expect(changedShare(red, await canvasPixels(page))).toBeLessThan(0.01);
});
