import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openStep, pick, quoteSettled, showFinish, snapshot } from './configurator-helpers';
import { expect, FIRST_FRAME_MS, KIOSK_SETTINGS, openApp, ROOT, test } from './fixtures';
import { afterFrame, canvasPixels, changedShare, goTo, redShare } from './scene-helpers';

const SESSION_KEY = 'wrap-configurator.configuration';

/** Loses or restores the stage's WebGL context through WEBGL_lose_context, as a GPU reset would. */
function context(page: Page, action: 'loseContext' | 'restoreContext') {
  return page.evaluate((what) => {
    const w = window as unknown as { __loseContext?: WEBGL_lose_context | null };
    if (!w.__loseContext) {
      const canvas = document.querySelector('.scene-stage canvas') as HTMLCanvasElement;
      w.__loseContext = canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context') ?? null;
    }
    if (!w.__loseContext) throw new Error('WEBGL_lose_context is not available');
    w.__loseContext[what]();
  }, action);
}

test('a lost WebGL context shows a friendly notice, then the same car comes back pixel for pixel', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  await openApp(page, host);
  await quoteSettled(page);
  await pick(page, '性能版');
  await openStep(page, '改色');
  await showFinish(page, '亮光');
  await afterFrame(page, () => pick(page, '亮光赛道红'));
  const configuration = (await snapshot(page)).configuration;
  expect(configuration?.wrap?.film).toBe('gloss-red');
  // A preset other than the opening one, so the move itself draws a frame to wait for.
  await goTo(page, 'side');
  const before = await canvasPixels(page);
  expect(redShare(before)).toBeGreaterThan(0.05);
  await page
    .locator('.scene-stage canvas')
    .screenshot({ path: join(ROOT, 'test-results', 'recovery', 'canvas-before.png') });

  await context(page, 'loseContext');
  await expect(page.getByTestId('scene-restoring')).toBeVisible();
  await expect(page.getByTestId('scene-restoring')).toContainText('正在恢复 3D 预览');
  await expect(page.locator('html')).not.toHaveAttribute('data-scene-ready', 'true');
  await page.screenshot({ path: join(ROOT, 'test-results', 'recovery', 'context-lost.png') });
  // The panels keep working while the view is away.
  await openStep(page, '车型');
  await pick(page, '长续航版');
  await pick(page, '性能版');

  await context(page, 'restoreContext');
  await page.waitForSelector('html[data-scene-ready="true"]', { timeout: FIRST_FRAME_MS });
  await expect(page.getByTestId('scene-restoring')).toBeHidden();
  // The camera has not moved: wait until it stands still and two more frames have passed.
  await page.waitForFunction(() => !window.__configuratorSceneControl?.moving());
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await canvasPixels(page);
  await page
    .locator('.scene-stage canvas')
    .screenshot({ path: join(ROOT, 'test-results', 'recovery', 'canvas-after.png') });
  expect(changedShare(before, after)).toBeLessThan(0.005);
  expect((await snapshot(page)).configuration).toEqual(configuration);
  await page.screenshot({ path: join(ROOT, 'test-results', 'recovery', 'context-restored.png') });
});

test('a reload (as after a renderer crash) restores the configuration and its quote; a bad stored value is discarded', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  await openApp(page, host);
  await quoteSettled(page);
  await pick(page, '性能版');
  await pick(page, '电池租用');
  const chosen = await snapshot(page);
  expect(chosen.configuration?.trim).toBe('performance');

  await page.reload();
  await page.waitForSelector('html[data-scene-ready="true"]', { timeout: FIRST_FRAME_MS });
  await expect.poll(async () => (await snapshot(page)).configuration).toEqual(chosen.configuration);
  await quoteSettled(page);
  expect((await snapshot(page)).quote?.totalFen).toBe(chosen.quote?.totalFen);
  await expect(page.getByRole('button', { name: '性能版', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.evaluate((key) => sessionStorage.setItem(key, '{"schemaVersion": 1, "trim": 5'), SESSION_KEY);
  await page.reload();
  await page.waitForSelector('html[data-scene-ready="true"]', { timeout: FIRST_FRAME_MS });
  await quoteSettled(page);
  expect((await snapshot(page)).configuration?.trim).toBe('standard');
  expect(await page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)).toBeNull();
});

test.describe('kiosk', () => {
  test.use({ settings: KIOSK_SETTINGS });
  test('kiosk: the end of a customer session clears the stored configuration', async ({ page, host }) => {
    test.setTimeout(240_000);
    await openApp(page, host);
    await page.getByTestId('attract-loop').click();
    await quoteSettled(page);
    await pick(page, '性能版');
    expect(await page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)).toContain('performance');
    await expect(page.getByTestId('attract-loop')).toBeVisible({ timeout: 40_000 });
    await expect
      .poll(() => page.evaluate((key) => sessionStorage.getItem(key) ?? '', SESSION_KEY))
      .not.toContain('performance');
    await page.reload();
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: FIRST_FRAME_MS });
    await page.getByTestId('attract-loop').click();
    await quoteSettled(page);
    expect((await snapshot(page)).configuration?.trim).toBe('standard');
  });
});
