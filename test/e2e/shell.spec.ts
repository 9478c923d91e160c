import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openApp, ROOT, test } from './fixtures';

test('the stage renders, shows app info fetched through the bridge, and switches language', async ({
  page,
  host,
}) => {
  await openApp(page, host);
  const store = page.getByTestId('store-name');
  await expect(store).toHaveText('上海徐汇改色工作室');
  await expect(store).toHaveAttribute('data-store-id', 'sh-xuhui-wrap');
  await expect(page.getByTestId('app-version')).not.toBeEmpty();
  const dir = join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, 'shell-stage.png') });
  // Count canvas pixels that differ from the background colour: the floor, shadow and car drew something.
  const drawn = await page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    if (!canvas) return -1;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d');
    if (!ctx) return -1;
    ctx.drawImage(canvas, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    const bg = [0xe9, 0xeb, 0xee];
    let differing = 0;
    for (let i = 0; i < data.length; i += 4) {
      const d =
        Math.abs(data[i]! - bg[0]!) + Math.abs(data[i + 1]! - bg[1]!) + Math.abs(data[i + 2]! - bg[2]!);
      if (d > 24) differing += 1;
    }
    return differing / (data.length / 4);
  });
  expect(drawn).toBeGreaterThan(0.02);
  // English is one tap away.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('车身改色配置器');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wrap Configurator');
  await expect(page.getByTestId('store-name')).toHaveText('Xuhui Wrap Studio');
});

test('an API call without the token is refused', async ({ host }) => {
  const refused = await fetch(`${host.url}/api/app:info`, { method: 'POST', body: '{}' });
  expect(refused.status).toBe(401);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  const allowed = await fetch(`${host.url}/api/app:info`, {
    method: 'POST',
    body: '{}',
    headers: { authorization: `Bearer ${host.token}` },
  });
  expect(allowed.status).toBe(200);
});
