import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '@cli/run';
import type { Configuration } from '@domain/configuration';
import { formatCny } from '@domain/pricing/money';
import type { Page } from '@playwright/test';
import { openStep, openWithSatinBlack, pick, snapshot } from './configurator-helpers';
import { expect, ROOT, test } from './fixtures';
import { downloadPdf, rowOf } from './pdf-helpers';

/** Prices a configuration with the command-line tool's module, in-process, as head office would. */
async function cliTotal(dir: string, name: string, c: Configuration, date: string, store: string) {
  const file = join(dir, `${name}.json`);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, JSON.stringify(c));
  const r = await runCli(['quote', file, '--date', date, '--store', store]);
  if (r.code !== 0) throw new Error(r.stderr);
  return (JSON.parse(r.stdout!) as { totalFen: number }).totalFen;
}

const stageSlot = (page: Page) => page.getByRole('group', { name: '展台显示的方案' });

/** The table's total difference once main answered for the current slots. */
async function tableDifference(page: Page): Promise<number> {
  const cell = page.getByTestId('compare-total-difference');
  await expect(cell).toHaveAttribute('data-fen', /^-?\d+$/);
  return Number(await cell.getAttribute('data-fen'));
}

test('sales compare two options on one stage; the table’s difference matches the CLI; a draft opens into B', async ({
  page,
  host,
  userDataDir,
}) => {
  test.setTimeout(360_000);
  // Option A: the standard trim in satin black.
  await openWithSatinBlack(page, host);

  // Compare: A is what was on stage, B starts empty; copy A into B and switch the stage to B.
  await page.getByRole('tab', { name: '方案对比' }).click();
  const panel = page.getByTestId('compare-panel');
  const cardB = panel.getByRole('region', { name: '方案 B' });
  await expect(cardB).toContainText('方案 B 还是空的');
  await expect(stageSlot(page)).toHaveAttribute('data-active-slot', 'A');
  await expect(stageSlot(page).getByRole('button', { name: '在展台显示方案 B' })).toBeDisabled();
  await cardB.getByRole('button', { name: '复制 A' }).click();
  expect(await tableDifference(page)).toBe(0);
  await expect(page.getByTestId('compare-headline')).toHaveText('两套方案价格相同');
  await stageSlot(page).getByRole('button', { name: '在展台显示方案 B' }).click();
  await expect(stageSlot(page)).toHaveAttribute('data-active-slot', 'B');
  await expect(stageSlot(page)).toContainText('方案 B');

  // Edit B in the configurator: performance trim, a maintenance plan; then a promotion code in compare.
  await cardB.getByRole('button', { name: '修改' }).click();
  await expect(page.getByRole('tab', { name: '配置' })).toHaveAttribute('aria-selected', 'true');
  await expect(stageSlot(page)).toHaveAttribute('data-active-slot', 'B');
  await openStep(page, '车型');
  await pick(page, '性能版');
  await page.screenshot({ path: join(ROOT, 'test-results', 'sales-edit-b-1366.png') });
  await openStep(page, '保养');
  await pick(page, '畅享保养 3年4次');
  await page.getByRole('tab', { name: '方案对比' }).click();
  await expect(panel.getByText('方案 B 的优惠码（展台上的方案）')).toBeVisible();
  await panel.getByLabel('优惠码', { exact: true }).fill('VIP2026');
  await panel.getByRole('button', { name: '使用' }).click();
  await expect(panel.getByRole('button', { name: '移除优惠码 VIP2026' })).toBeVisible();
  const promotionsB = page.getByTestId('compare-b-promotions');
  await expect(promotionsB).toHaveAttribute('data-fen', '-300000');
  await expect(panel.locator('tr[data-row="promotions"]')).toContainText('VIP 专享：整单满15万减3000');

  // The table's B − A equals the CLI's quotes of both configurations (same date and store).
  const state = await snapshot(page);
  expect(state.activeSlot).toBe('B');
  const { A, B } = state.slots;
  expect(A).toMatchObject({ trim: 'standard', wrap: { film: 'satin-black' } });
  expect(A).not.toHaveProperty('promotionCodes');
  expect(B).toMatchObject({ trim: 'performance', maintenance: 'care-plus', promotionCodes: ['VIP2026'] });
  const { date, store } = state.quote!;
  const [totalA, totalB] = [
    await cliTotal(userDataDir, 'a', A!, date, store),
    await cliTotal(userDataDir, 'b', B!, date, store),
  ];
  const difference = await tableDifference(page);
  expect(difference).toBe(totalB - totalA);
  await expect(page.getByTestId('compare-total-a')).toHaveAttribute('data-fen', String(totalA));
  await expect(page.getByTestId('compare-total-b')).toHaveAttribute('data-fen', String(totalB));
  expect(state.quote!.totalFen).toBe(totalB); // the price bar shows the slot on stage
  const yuan = new Intl.NumberFormat('zh-CN', {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  });
  await expect(page.getByTestId('compare-headline')).toHaveText(
    `方案 B 比方案 A 多 ${yuan.format(difference / 100)}`,
  );
  await panel.evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: join(ROOT, 'test-results', 'sales-compare-1366.png') });

  // The comparison sheet is a PDF made in main (like the quotes), saved beside them and downloaded.
  const sheetFile = join(userDataDir, 'comparison.pdf');
  const printed = await downloadPdf(page, panel.getByRole('button', { name: '打印对比单' }), sheetFile);
  expect(printed.suggested).toMatch(/^comparison-[0-9A-Z]{26}\.zh\.pdf$/);
  await expect(page.getByTestId('compare-sheet-status')).toHaveText('对比单 PDF 已保存并下载');
  const saved = join(userDataDir, 'data', 'drafts', 'pdf', printed.suggested);
  expect(readFileSync(saved).equals(readFileSync(sheetFile))).toBe(true);
  const sheet = printed.text;
  const sheetLine = (label: string) => rowOf(sheet, label);
  for (const text of [
    '方案对比单',
    '上海徐汇改色工作室',
    '缎光暗夜黑',
    '畅享保养 3年4次',
    '性能版',
    date.slice(0, 4),
  ])
    expect(sheet, text).toContain(text);
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '';
  expect(sheetLine('整单合计')).toContain(formatCny(totalA));
  expect(sheetLine('整单合计')).toContain(formatCny(totalB));
  expect(sheetLine('整单合计')).toContain(`${sign}${formatCny(Math.abs(difference))}`);
  expect(sheetLine('优惠')).toContain('−¥3,000.00');
  expect(sheet).not.toContain('打印报价');
  execFileSync('pdftoppm', [
    '-r',
    '60',
    '-png',
    '-singlefile',
    sheetFile,
    join(ROOT, 'test-results', 'sales-comparison-sheet'),
  ]);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: join(ROOT, 'test-results', 'sales-compare-1920.png') });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('compare-headline')).toContainText('Option B costs');
  await page.screenshot({ path: join(ROOT, 'test-results', 'sales-compare-1920-en.png') });
  await page.getByRole('button', { name: '中文' }).click();
  await page.setViewportSize({ width: 1366, height: 768 });

  // Undo and redo stay with their slot: undo on A removes its film; B is untouched; redo brings it back.
  // Switching is one store swap: measured from the tap to the second painted frame after it.
  const switchMs = await page.evaluate(async () => {
    const a = document.querySelector<HTMLButtonElement>('.slot-switch-button[data-slot="A"]')!;
    const t0 = performance.now();
    a.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  });
  console.log(`A/B switch, tap to second painted frame: ${switchMs.toFixed(0)} ms (SwiftShader)`);
  await expect(stageSlot(page)).toHaveAttribute('data-active-slot', 'A');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(async () => (await snapshot(page)).slots.A?.wrap).toBeUndefined();
  expect((await snapshot(page)).slots.B).toEqual(B);
  await page.getByRole('button', { name: '重做' }).click();
  await expect.poll(async () => (await snapshot(page)).slots.A).toEqual(A);
  expect(await tableDifference(page)).toBe(totalB - totalA);

  // Print A's quote (saved as a draft, PDF downloaded), then open that draft into B: the options match.
  const cardA = panel.getByRole('region', { name: '方案 A' });
  const pdf = join(userDataDir, 'a-quote.pdf');
  const { text } = await downloadPdf(page, cardA.getByRole('button', { name: '打印报价' }), pdf);
  expect(text).toContain('缎光暗夜黑');
  expect(text).toContain(formatCny(totalA));
  await expect(cardA.getByRole('status')).toContainText('已保存为草稿');

  await cardB.getByRole('button', { name: '草稿/配置码' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '打开到方案 B' }).first().click();
  await dialog.getByRole('button', { name: '查看配置' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await snapshot(page)).slots.B).toEqual(A);
  expect(await tableDifference(page)).toBe(0);
  await expect(page.getByTestId('compare-headline')).toHaveText('两套方案价格相同');
  // Filling B was undoable: B's undo brings back the option it had.
  await stageSlot(page).getByRole('button', { name: '在展台显示方案 B' }).click();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(async () => (await snapshot(page)).slots.B).toEqual(B);
  expect(await tableDifference(page)).toBe(totalB - totalA);
});
