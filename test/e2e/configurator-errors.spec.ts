import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalHost } from '@host/server';
import { bootstrap } from '@services/app/bootstrap';
import { expect, FIRST_FRAME_MS, ROOT, test } from './fixtures';

test('a catalog that fails to load gives a friendly message in the current language; the 3D view keeps working', async ({
  page,
  userDataDir,
}) => {
  test.setTimeout(180_000);
  const catalogDir = mkdtempSync(join(tmpdir(), 'broken-catalog-'));
  cpSync(join(ROOT, 'assets', 'catalog'), catalogDir, { recursive: true });
  writeFileSync(join(catalogDir, 'films.json'), '{ "films": "not a list" }');
  const { dispatch } = await bootstrap({
    userDataDir,
    appRoot: ROOT,
    runtime: 'browser',
    log: () => {},
    catalogDir,
  });
  const host = await startLocalHost({ dispatch, rendererDir: join(ROOT, 'out', 'renderer') });
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(host.appUrl);
    const alert = page.getByRole('alert').filter({ hasText: '产品目录加载失败' });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: FIRST_FRAME_MS });
    await page.getByRole('button', { name: 'English' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'The product catalog could not be loaded' }),
    ).toBeVisible();
    await page.getByRole('tab', { name: 'Summary' }).click();
    await expect(page.getByRole('tab', { name: 'Summary' })).toHaveAttribute('aria-selected', 'true');
  } finally {
    await host.close();
    rmSync(catalogDir, { recursive: true, force: true });
  }
});
