import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronRuntime } from '@host/electron-runtime';
import { _electron as electron, expect, test } from '@playwright/test';
import { FIRST_FRAME_MS, ROOT } from './fixtures';

const runtime = findElectronRuntime(ROOT);

test.describe('Electron app', () => {
  // Skipped only where the Electron runtime binary is absent (offline machines such as this CI): the
  // `electron` package downloads it on first install. Where it is installed, these tests run.
  test.skip(
    runtime === null,
    'SKIPPED: the Electron runtime is not installed (node_modules/electron has no binary; it cannot be downloaded offline). These tests run where it is installed.',
  );

  test('opens one sandboxed window on our page and answers through the bridge', async () => {
    const app = await electron.launch({
      executablePath: runtime!,
      args: [ROOT, '--no-sandbox'],
      env: { ...process.env, CONFIGURATOR_USER_DATA: mkdtempSync(join(tmpdir(), 'electron-e2e-')) },
    });
    const page = await app.firstWindow();
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: FIRST_FRAME_MS });
    expect(page.url()).toMatch(/^app:\/\/bundle\//);
    expect(await page.evaluate(() => typeof (window as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys(window.configurator ?? {}).sort())).toEqual([
      'invoke',
      'onEvent',
    ]);
    await expect(page.getByTestId('store-name')).not.toBeEmpty();
    await app.close();
  });
});
