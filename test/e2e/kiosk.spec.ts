import { join } from 'node:path';
import { hashPin } from '@services/app/kiosk';
import { pick, quoteSettled, snapshot } from './configurator-helpers';
import { expect, KIOSK_SETTINGS, openApp, ROOT, test } from './fixtures';
import { afterFrame, canvasPixels, changedShare, stageFraming } from './scene-helpers';

test.use({ settings: KIOSK_SETTINGS });

test('kiosk: idle clears the customer session, the attract loop runs, the next touch starts fresh', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  await openApp(page, host);
  const attract = page.getByTestId('attract-loop');
  await expect(attract).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'attract');
  // The attract loop turns the car through showcase films.
  await expect.poll(async () => (await snapshot(page)).configuration?.wrap?.film ?? null).not.toBeNull();
  await page.screenshot({ path: join(ROOT, 'test-results', 'kiosk-attract.png') });

  await page.evaluate(() => {
    const w = window as unknown as { touchedAt?: number; framesAt?: number };
    const mark = () => {
      w.touchedAt ??= performance.now();
      w.framesAt ??= window.__configuratorScene?.().frames ?? 0;
    };
    window.addEventListener('pointerdown', mark, { capture: true });
  });
  await attract.click();
  await expect(attract).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'session');
  // The camera swings back from wherever the turntable left it to the front ¾ view: a short move (under a
  // second by the wall clock; a few slow frames here), then it stands still on the whole car.
  const settled = await page.waitForFunction(
    () => {
      const w = window as unknown as { touchedAt: number; framesAt: number; stillFrames?: number };
      const { touchedAt, framesAt } = w;
      // Still for three frames running: a re-framing for the resized stage may start a frame after a move.
      w.stillFrames = window.__configuratorSceneControl?.moving() === false ? (w.stillFrames ?? 0) + 1 : 0;
      if (w.stillFrames < 3) return false;
      return {
        ms: performance.now() - touchedAt,
        frames: (window.__configuratorScene?.().frames ?? 0) - framesAt,
      };
    },
    undefined,
    { timeout: 8_000 },
  );
  const move = (await settled.jsonValue()) as { ms: number; frames: number };
  test.info().annotations.push({
    type: 'first touch → camera still',
    description: `${Math.round(move.ms)} ms, ${move.frames} frames`,
  });
  // The customer is still looking: a pointer moving once a second keeps the 10 s idle timer from ending the
  // session during the slow pixel checks (SwiftShader on a shared machine; each can take seconds).
  await page.evaluate(() => {
    const w = window as unknown as { customerHere?: number };
    w.customerHere = window.setInterval(() => window.dispatchEvent(new PointerEvent('pointermove')), 1000);
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const framed = await stageFraming(page, 'any');
  expect(framed.car.left, 'car clear of the left edge').toBeGreaterThanOrEqual(framed.width * 0.015);
  expect(framed.car.right, 'car clear of the right edge').toBeLessThanOrEqual(framed.width * 0.985);
  expect(framed.car.top, 'car clear of the top edge').toBeGreaterThanOrEqual(framed.height * 0.015);
  expect(framed.car.bottom, 'car above the view buttons').toBeLessThanOrEqual(framed.hudTop);
  expect((framed.car.right - framed.car.left) / framed.width, 'car fills the stage').toBeGreaterThan(0.6);
  await page.screenshot({ path: join(ROOT, 'test-results', 'kiosk-session.png') });
  // It stopped exactly on the fitted front ¾ pose: jumping there directly draws the same picture.
  const landed = await canvasPixels(page);
  await afterFrame(page, () =>
    page.evaluate(() => window.__configuratorSceneControl?.store().goToPreset('front34', true)),
  );
  expect(changedShare(landed, await canvasPixels(page))).toBeLessThan(0.002);
  await page.evaluate(() =>
    window.clearInterval((window as unknown as { customerHere: number }).customerHere),
  );
  // A customer sees views and lighting, but no staff tools: no file chooser, no downloads, no workspaces.
  await expect(page.getByRole('button', { name: '前 ¾' })).toBeVisible();
  await expect(page.getByRole('button', { name: '导入车辆模型…' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '截图 4K' })).toHaveCount(0);
  await expect(page.getByRole('tablist', { name: '工作区' })).toHaveCount(0);
  await quoteSettled(page);
  const fresh = await snapshot(page);
  expect(fresh.configuration?.wrap).toBeUndefined();

  // A customer starts configuring: another trim, a battery subscription, then English.
  await pick(page, '性能版');
  await pick(page, '电池租用');
  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(async () => (await snapshot(page)).language).toBe('en');
  const started = await snapshot(page);
  expect(started.configuration?.trim).not.toBe(fresh.configuration?.trim);
  expect(started.configuration?.battery).toBe('subscribe');

  // Hands off: after 10 s of no input the session ends and the attract loop is back.
  await expect(attract).toBeVisible({ timeout: 40_000 });
  const afterIdle = await snapshot(page);
  expect(afterIdle.language).toBe('zh-CN');
  expect(afterIdle.configuration?.trim).toBe(fresh.configuration?.trim);
  expect(afterIdle.configuration?.battery).toBe('buy');

  // The next touch starts a fresh session: defaults, no history to undo into the last customer's choices.
  await attract.click();
  await expect(attract).toBeHidden();
  await quoteSettled(page);
  const next = await snapshot(page);
  expect(next.configuration).toEqual(fresh.configuration);
  await expect(page.getByRole('button', { name: '撤销' })).toBeDisabled();
});

test('kiosk: the staff exit asks for a PIN and refuses when none is configured', async ({ page, host }) => {
  // The attract loop's turntable keeps SwiftShader busy: each click waits for the pad to stand still.
  test.setTimeout(240_000);
  await openApp(page, host);
  const corner = page.locator('.kiosk-exit-corner');
  await corner.dispatchEvent('pointerdown');
  const dialog = page.getByRole('dialog', { name: '员工入口' });
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  for (const digit of ['2', '4', '6', '8'])
    await dialog.getByRole('button', { name: digit, exact: true }).click();
  await dialog.getByRole('button', { name: '退出程序' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('本机未设置退出 PIN 码');
  for (const digit of ['2', '4', '6', '8'])
    await dialog.getByRole('button', { name: digit, exact: true }).click();
  await dialog.getByRole('button', { name: '员工模式' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('本机未设置退出 PIN 码');
});

test.describe('kiosk staff session', () => {
  test.use({ settings: { ...KIOSK_SETTINGS, kioskExitPinHash: hashPin('2468') } });

  test('customer drafts are refused by main until staff open a session with the PIN; it ends with the session', async ({
    page,
    host,
  }) => {
    test.setTimeout(240_000);
    // A customer's saved draft (saving is the customer's own order: allowed on a kiosk).
    const saved = await fetch(`${host.url}/api/draft:save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: JSON.stringify({
        configuration: { schemaVersion: 1, vehicle: 'compact-ev', trim: 'long-range', battery: 'buy' },
        customer: { name: '韩梅梅', mobile: '15012345678' },
      }),
    });
    expect(saved.status).toBe(200);
    await openApp(page, host);
    // The page asks main directly (no UI in the way): main refuses.
    const listFromPage = () =>
      page.evaluate(async () => {
        const res = await fetch('/api/draft:list', { method: 'POST', body: '{}' });
        return { status: res.status, code: ((await res.json()) as { error?: { code: string } }).error?.code };
      });
    expect(await listFromPage()).toEqual({ status: 403, code: 'staff-only' });

    await page.locator('.kiosk-exit-corner').dispatchEvent('pointerdown');
    const dialog = page.getByRole('dialog', { name: '员工入口' });
    await expect(dialog).toBeVisible({ timeout: 10_000 });
    for (const digit of ['2', '4', '6', '8'])
      await dialog.getByRole('button', { name: digit, exact: true }).click();
    await dialog.getByRole('button', { name: '员工模式' }).click();
    const bar = page.getByRole('region', { name: '员工模式' });
    await expect(bar).toBeVisible();
    await bar.getByRole('button', { name: '订单草稿' }).click();
    const drafts = page.getByRole('dialog', { name: '订单草稿列表' });
    await expect(drafts.getByText('150****5678')).toBeVisible();
    await page.screenshot({ path: join(ROOT, 'test-results', 'kiosk-staff-drafts.png') });
    expect((await listFromPage()).status).toBe(200);

    await page.keyboard.press('Escape');
    await bar.getByRole('button', { name: '返回顾客模式' }).click();
    await expect(page.getByTestId('attract-loop')).toBeVisible();
    await expect(bar).toBeHidden();
    expect(await listFromPage()).toEqual({ status: 403, code: 'staff-only' });
  });
});
