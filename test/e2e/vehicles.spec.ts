import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { blackPaintCar, REAL_CAR } from '../support/compressed-car';
import { expect, KIOSK_SETTINGS, openApp, ROOT, test } from './fixtures';
import { canvasPixels, changedShare, goTo } from './scene-helpers';

const shot = (name: string) => join(ROOT, 'test-results', 'vehicles', name);

/** Waits until the stage shows the library vehicle `id` (null: the bundled launch EV), drawn and still. */
async function onStage(page: Page, id: string | null): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const s = window.__configuratorSceneControl?.store();
      return s?.model.state === 'ready' && (s.vehicleSource?.id ?? null) === want;
    },
    id,
    { timeout: 180_000 },
  );
  await goTo(page, 'front34');
}

test.describe('staff vehicle picker', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('lists the launch car, imports a real car through the UI, shows it on stage, switches back', async ({
    page,
    host,
  }) => {
    test.setTimeout(480_000);
    // Uncompressed: the library's stand-in importer (until h16-import's pipeline lands) reads plain glb only.
    const bytes = await blackPaintCar();
    await openApp(page, host);
    await onStage(page, null);
    const launch = await canvasPixels(page);
    await page.getByRole('tab', { name: '车辆' }).click();
    const panel = page.getByTestId('vehicles-panel');
    const rows = panel.locator('.vehicle-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('data-vehicle-id', 'compact-ev');
    await expect(rows.first()).toContainText('首发车型');

    await panel
      .getByTestId('vehicle-files')
      .setInputFiles({ name: 'lowpoly-roma.glb', mimeType: 'model/gltf-binary', buffer: bytes });
    await expect(panel.locator('.vehicle-done')).toBeVisible({ timeout: 180_000 });
    await expect(rows).toHaveCount(2);
    const roma = rows.nth(1);
    const id = (await roma.getAttribute('data-vehicle-id'))!;
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    await onStage(page, id);
    const drawn = await canvasPixels(page);
    // A different car stands on the stage (the launch EV's pixels are gone).
    expect(changedShare(launch, drawn)).toBeGreaterThan(0.05);
    await expect(roma).toHaveAttribute('aria-current', 'true');
    await expect(roma).toContainText(/车长 4,5\d\d 毫米/);
    const report = page.getByTestId('vehicle-report');
    await expect(report.getByTestId('vehicle-length')).toHaveValue(/^45\d\d$/);
    // The first frame of a car without a picture makes one: the row shows it.
    await expect(roma.locator('.vehicle-thumb img')).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: shot('picker-imported-zh-1366.png') });

    // A service car has no trim step.
    await page.getByRole('tab', { name: '配置' }).click();
    await expect(page.locator('#step-trim')).toHaveCount(0);
    await expect(page.locator('#step-wrap')).toBeVisible();
    await page.screenshot({ path: shot('configure-service-car-zh-1366.png') });

    await page.getByRole('tab', { name: '车辆' }).click();
    await rows
      .first()
      .getByRole('button', { name: /在展台展示/ })
      .click();
    await onStage(page, null);
    expect(changedShare(launch, await canvasPixels(page))).toBeLessThan(0.02);
    await page.getByRole('tab', { name: '配置' }).click();
    await expect(page.locator('#step-trim')).toBeVisible();

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('tab', { name: 'Vehicles' }).click();
    await expect(rows.first()).toContainText('Launch car');
    await expect(rows.nth(1).getByRole('button', { name: /^Show .* on stage$/ })).toBeEnabled();
    await page.screenshot({ path: shot('picker-en-1366.png') });
  });
});

test.describe('kiosk vehicle tiles', () => {
  test.use({
    viewport: { width: 1080, height: 1920 },
    // 30 s: loading a car on the software renderer takes longer than the shortest idle time (10 s).
    settings: { ...KIOSK_SETTINGS, idleSeconds: 30 },
    libraryCars: [{ name: 'Roma', bytes: new Uint8Array(readFileSync(REAL_CAR)) }],
  });

  test('tiles choose a car, configure it, idle reset returns to the launch car; zh and en', async ({
    page,
    host,
  }) => {
    test.setTimeout(480_000);
    await openApp(page, host);
    const attract = page.getByTestId('attract-loop');
    await attract.click();
    const tiles = page.getByTestId('vehicle-tiles');
    await expect(tiles.getByRole('heading', { name: '这次为哪辆车贴膜？' })).toBeVisible();
    const buttons = tiles.locator('.vehicle-tile');
    await expect(buttons).toHaveCount(2);
    for (const box of await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect())))
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: shot('kiosk-tiles-zh-1080x1920.png') });

    const roma = buttons.filter({ hasText: 'Roma' });
    const id = (await roma.getAttribute('data-vehicle-id'))!;
    await roma.click();
    await expect(tiles).toBeHidden();
    await onStage(page, id);
    await expect(page.locator('#step-trim')).toHaveCount(0);
    await page.locator('#step-wrap').click();
    await page.screenshot({ path: shot('kiosk-configure-roma-zh-1080x1920.png') });

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('button', { name: 'Change car' }).click();
    await expect(tiles.getByRole('heading', { name: 'Which car are we wrapping?' })).toBeVisible();
    await page.screenshot({ path: shot('kiosk-tiles-en-1080x1920.png') });
    await buttons.filter({ hasText: 'Roma' }).click();
    await expect(tiles).toBeHidden();

    // Hands off: the idle reset ends the session and puts the launch car back.
    await expect(attract).toBeVisible({ timeout: 120_000 });
    await onStage(page, null);
    await attract.click();
    await expect(tiles.getByRole('heading', { name: '这次为哪辆车贴膜？' })).toBeVisible();
  });
});

test.describe('kiosk vehicle tiles, landscape', () => {
  test.use({
    viewport: { width: 1920, height: 1080 },
    settings: { ...KIOSK_SETTINGS, idleSeconds: 30 },
    libraryCars: [{ name: 'Roma', bytes: new Uint8Array(readFileSync(REAL_CAR)) }],
  });

  test('tiles fit a landscape kiosk', async ({ page, host }) => {
    test.setTimeout(300_000);
    await openApp(page, host);
    await page.getByTestId('attract-loop').click();
    const buttons = page.getByTestId('vehicle-tiles').locator('.vehicle-tile');
    await expect(buttons).toHaveCount(2);
    await expect(page.getByTestId('attract-loop')).toBeHidden();
    for (const box of await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))) {
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
      expect(box.right).toBeLessThanOrEqual(1920);
      // The whole tile is there: the name is not clipped by a narrow column.
      expect(box.width).toBeGreaterThanOrEqual(250);
    }
    await expect(buttons.filter({ hasText: '萤光 紧凑型换电智能电动车' })).toBeVisible();
    await page.screenshot({ path: shot('kiosk-tiles-zh-1920x1080.png') });
  });
});
