import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStep, pick, quoteSettled, showFinish, snapshot } from './configurator-helpers';
import { expect, openApp, ROOT, test } from './fixtures';

/** Prices a configuration with the command-line tool, as head office would. */
function cliTotal(configuration: unknown, date: string, store: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'configurator-cli-'));
  try {
    const file = join(dir, 'configuration.json');
    writeFileSync(file, JSON.stringify(configuration));
    const out = execFileSync(
      'npx',
      ['tsx', 'electron/cli/index.ts', 'quote', file, '--date', date, '--store', store],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    return (JSON.parse(out) as { totalFen: number }).totalFen;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
});

test('full journey in Chinese ends on a summary whose total matches the CLI; English keeps it', async ({
  page,
  host,
}) => {
  test.setTimeout(300_000);
  await openApp(page, host);
  await quoteSettled(page);

  await pick(page, '性能版');
  await pick(page, '电池租用');
  await expect(page.locator('.price-monthly')).toContainText('¥799.00');

  await openStep(page, '改色');
  await showFinish(page, '缎光');
  await pick(page, '缎光暗夜黑');
  await page.getByRole('button', { name: '按区域' }).click();
  for (const zone of ['车顶', '左后视镜', '右后视镜']) {
    const z = page.getByRole('button', { name: zone, exact: true });
    await z.click();
    await expect(z).toHaveAttribute('aria-pressed', 'true');
  }
  await showFinish(page, '亮光');
  await pick(page, '亮光钢琴黑');

  await openStep(page, '配件');
  await pick(page, '户外探索套装');
  await expect(page.getByRole('button', { name: '车顶行李箱', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await openStep(page, '保养');
  await pick(page, '畅享保养 3年4次');

  await openStep(page, '汇总');
  await page.getByLabel('优惠码', { exact: true }).fill('VIP2026');
  await page.getByRole('button', { name: '使用' }).click();
  await expect(page.getByRole('button', { name: '移除优惠码 VIP2026' })).toBeVisible();
  await quoteSettled(page);
  await pick(page, '低息分期 年化3.99%');
  await page.getByLabel('首付比例').selectOption('30');
  await expect(page.getByLabel('首付比例')).toHaveValue('30');
  await page.getByLabel('期数').selectOption('36');
  await expect(page.getByLabel('期数')).toHaveValue('36');
  await quoteSettled(page);

  const breakdown = page.getByRole('region', { name: '分类价格' });
  await expect(breakdown).toContainText('VIP 专享：整单满15万减3000');
  await expect(page.getByRole('list', { name: '暂未享受的优惠' })).toContainText('改色膜上市季 9折');
  await expect(page.getByTestId('financing-monthly')).toContainText('¥');

  const state = await snapshot(page);
  expect(state.configuration).toMatchObject({
    trim: 'performance',
    battery: 'subscribe',
    wrap: {
      film: 'satin-black',
      zones: { roof: 'gloss-black', 'mirror-left': 'gloss-black', 'mirror-right': 'gloss-black' },
    },
    accessoryPackages: ['pkg-adventure'],
    maintenance: 'care-plus',
    promotionCodes: ['VIP2026'],
    financing: { plan: 'fin-standard', termMonths: 36, downPaymentPercent: 30 },
  });
  const total = cliTotal(state.configuration, state.quote!.date, state.quote!.store);
  expect(state.quote!.totalFen).toBe(total);
  const yuan = new Intl.NumberFormat('zh-CN', {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  });
  await expect(page.getByTestId('summary-total')).toHaveText(yuan.format(total / 100));
  await expect(page.getByTestId('order-total')).toHaveText(yuan.format(total / 100));

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('tab', { name: 'Summary' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Price by category' })).toContainText(
    'VIP: ¥3,000 off orders over ¥150,000',
  );
  const en = new Intl.NumberFormat('en', {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  });
  await expect(page.getByTestId('summary-total')).toHaveText(en.format(total / 100));
  const after = await snapshot(page);
  expect(after.configuration).toEqual(state.configuration);
  expect(after.quote!.totalFen).toBe(total);

  await page.getByRole('button', { name: 'Save order draft' }).click();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Order draft saved' })).toBeVisible();
  await expect(page.getByTestId('configuration-code')).not.toBeEmpty();
});

test('a conflicting choice explains itself and undo restores the earlier state', async ({ page, host }) => {
  test.setTimeout(240_000);
  await openApp(page, host);
  await quoteSettled(page);

  await openStep(page, '轮毂');
  const wheel19 = page.getByRole('button', { name: '19英寸空气动力轮毂', exact: true });
  await expect(wheel19).toHaveAttribute('aria-disabled', 'true');
  await expect(wheel19).toContainText('仅适用于性能版');

  await openStep(page, '车衣窗膜');
  await pick(page, '全车车衣（亮光）');
  const before = await snapshot(page);

  await openStep(page, '改色');
  await showFinish(page, '电镀');
  const chrome = page.getByRole('button', { name: '电镀镜面银', exact: true });
  await expect(chrome).toContainText('电镀膜表面不能再贴隐形车衣');
  await pick(page, '电镀镜面银');
  const banner = page.getByRole('status', { name: '已为您调整配置' });
  await expect(banner).toContainText('已移除全车车衣（亮光）');
  expect((await snapshot(page)).configuration?.ppf).toBeUndefined();

  await banner.getByRole('button', { name: '撤销' }).click();
  await expect(banner).toBeHidden();
  await quoteSettled(page);
  const restored = await snapshot(page);
  expect(restored.configuration).toEqual(before.configuration);
  expect(restored.quote!.totalFen).toBe(before.quote!.totalFen);
  await expect(chrome).toHaveAttribute('aria-pressed', 'false');

  await page.getByRole('button', { name: '重做' }).click();
  await expect(chrome).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+z');
  await expect(chrome).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+Shift+z');
  await expect(chrome).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '恢复车型默认' }).click();
  await expect(chrome).toHaveAttribute('aria-pressed', 'false');
  await quoteSettled(page);
  expect((await snapshot(page)).configuration).toEqual({
    schemaVersion: 1,
    vehicle: 'compact-ev',
    trim: 'standard',
    battery: 'buy',
    store: 'sh-xuhui-wrap',
  });
});
