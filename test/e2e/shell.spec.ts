import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeLaunchPage } from '@host/app-window';
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

test('the launcher’s 0600 launch page opens a session once; the page keeps it over a reload', async ({
  page,
  host,
  userDataDir,
}) => {
  const launchPage = await writeLaunchPage(userDataDir, host.url, host.issueCode());
  await page.goto(launchPage);
  await expect(page.getByTestId('store-name')).toHaveText('上海徐汇改色工作室', { timeout: 90_000 });
  // The code left the address at once, and the session cookie is out of the page's reach (HttpOnly).
  expect(page.url()).toBe(`${host.url}/`);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  const cookies = await page.context().cookies(host.url);
  expect(cookies).toEqual([expect.objectContaining({ httpOnly: true, sameSite: 'Strict' })]);
  await page.reload();
  await expect(page.getByTestId('store-name')).toHaveText('上海徐汇改色工作室', { timeout: 90_000 });
  // The same launch page in a fresh browser context (someone else) opens nothing: the code is spent.
  const other = await page.context().browser()!.newPage();
  await other.goto(launchPage);
  await expect
    .poll(() =>
      other.evaluate(async () => (await fetch('/api/app:info', { method: 'POST', body: '{}' })).status),
    )
    .toBe(401);
  await other.close();
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
