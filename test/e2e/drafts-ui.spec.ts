import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sealDraft } from '@domain/drafts/build';
import { newDraftId } from '@domain/drafts/id';
import type { OrderDraft } from '@domain/drafts/schema';
import { verifyDraftText } from '@domain/drafts/verify';
import { formatCny } from '@domain/pricing/money';
import { openStep, openWithSatinBlack, quoteSettled, snapshot } from './configurator-helpers';
import { expect, ROOT, test } from './fixtures';
import { downloadPdf } from './pdf-helpers';

test('staff save an order draft from the form, print it, and reopen it from the drafts list', async ({
  page,
  host,
  userDataDir,
}) => {
  test.setTimeout(360_000);
  await openWithSatinBlack(page, host);
  await openStep(page, '汇总');
  await quoteSettled(page);
  const chosen = (await snapshot(page)).configuration;

  // The form: a bad mobile number is refused inline and nothing is saved.
  const draftsDir = join(userDataDir, 'data', 'drafts');
  const saved = () =>
    existsSync(draftsDir) ? readdirSync(draftsDir).filter((f) => f.endsWith('.json')) : [];
  await page.getByRole('button', { name: '保存订单草稿' }).click();
  const form = page.getByRole('form', { name: '订单草稿' });
  await form.getByLabel('客户姓名（选填）').fill('王小明');
  const mobile = form.getByLabel('手机号码（选填）');
  await mobile.fill('12345678901');
  await form.getByRole('button', { name: '保存草稿' }).click();
  await expect(form.getByRole('alert')).toHaveText('请输入正确的中国大陆手机号（11位，以1开头）');
  await expect(mobile).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: join(ROOT, 'test-results', 'drafts-ui-form.png') });
  expect(saved()).toEqual([]);
  await mobile.fill('13812345678');
  await expect(mobile).not.toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: '保存草稿' }).click();

  // The result screen: QR, code, id; the JSON on disk verifies and holds what the form sent.
  await expect(page.getByRole('status').filter({ hasText: '订单草稿已保存' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole('img', { name: '配置二维码' })).toBeVisible();
  const id = (await page.getByTestId('draft-id').textContent())?.trim() ?? '';
  expect(saved()).toEqual([`${id}.json`]);
  const verified = verifyDraftText(readFileSync(join(draftsDir, `${id}.json`), 'utf8'));
  if (!verified.ok) throw new Error(verified.reason);
  const draft = verified.draft;
  expect(draft.configuration).toEqual(chosen);
  expect(draft.customer).toEqual({ name: '王小明', mobile: '13812345678' });
  expect(draft.carImage?.file).toBe(`${id}.png`);
  const png = readFileSync(join(draftsDir, `${id}.png`));
  expect(png.readUInt32BE(16)).toBeLessThanOrEqual(1800); // IHDR width: the print picture, downscaled to fit the channel
  expect(png.readUInt32BE(16) / png.readUInt32BE(20)).toBeCloseTo(9 / 4, 2); // hero, rear ¾ and side
  await expect(page.getByTestId('configuration-code')).toHaveText(draft.configurationCode);

  // The PDF quote (Chinese, as the UI) and the work order, through the UI's buttons.
  await page.screenshot({ path: join(ROOT, 'test-results', 'drafts-ui-result.png') });
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const { text: quote } = await downloadPdf(page, button('导出PDF报价单'), join(userDataDir, 'ui-quote.pdf'));
  for (const zh of ['购车报价单', '缎光暗夜黑', draft.vehicle.trimName!.zh, draft.store.name.zh]) {
    expect(quote).toContain(zh);
  }
  expect(quote).toContain(formatCny(draft.quote.totalFen));
  expect(quote).toContain(id);
  const { text: workOrder } = await downloadPdf(
    page,
    button('施工单'),
    join(userDataDir, 'ui-workorder.pdf'),
  );
  expect(workOrder).toContain('施工单');
  expect(workOrder).toContain('缎光暗夜黑');

  // Start over, then reopen the draft from the staff list: the film comes back.
  await page.getByRole('button', { name: '恢复车型默认' }).click();
  await expect.poll(async () => (await snapshot(page)).configuration?.wrap).toBeUndefined();
  // A damaged file is listed as damaged with its reason, never hidden.
  const broken = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
  writeFileSync(join(draftsDir, `${broken}.json`), '{"format": "wrap-configurator/order-draft", trunc');
  await page.getByRole('button', { name: '订单草稿', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '订单草稿列表' });
  const byCode = dialog.getByRole('form', { name: '按配置码打开' });
  await byCode.getByRole('textbox', { name: '配置码' }).fill('1YZXJ-ABCDE');
  await byCode.getByRole('button', { name: '打开', exact: true }).click();
  await expect(byCode.getByRole('alert')).toContainText('配置码无效');
  const rows = dialog.getByRole('listitem');
  await expect(rows.filter({ hasText: broken })).toContainText('已损坏');
  const row = rows.filter({ hasText: id });
  await expect(row).toContainText('王小明 · 138****5678');
  await expect(row).toContainText(formatCny(draft.quote.totalFen));
  await page.screenshot({ path: join(ROOT, 'test-results', 'drafts-ui-list.png') });

  // Duplicate, then delete the copy (confirmed first): it goes to the trash.
  await row.getByRole('button', { name: '复制', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('已复制为新草稿');
  await expect(rows).toHaveCount(3);
  const copy = rows.first();
  const copyId = (await copy.getAttribute('data-draft-id')) ?? '';
  expect(copyId > id).toBe(true);
  await copy.getByRole('button', { name: '删除', exact: true }).click();
  await copy.getByRole('button', { name: '确认删除', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('已移入回收站');
  await expect(rows).toHaveCount(2);
  expect(existsSync(join(draftsDir, 'trash', `${copyId}.json`))).toBe(true);
  await row.getByRole('button', { name: '打开', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('配置已载入');
  await dialog.getByRole('button', { name: '查看配置' }).click();
  await expect(dialog).toBeHidden();
  await quoteSettled(page);
  const reopened = await snapshot(page);
  expect(reopened.configuration).toEqual(draft.configuration);
  expect(reopened.quote?.totalFen).toBe(draft.quote.totalFen);

  // Many drafts: 20 at a time with "load more", and a search by name, mobile digits, code and dates.
  seedDrafts(draftsDir, draft, 24);
  await page.getByRole('button', { name: '订单草稿', exact: true }).click();
  const list = page.getByRole('dialog', { name: '订单草稿列表' });
  const listed = list.getByRole('listitem');
  await expect(listed).toHaveCount(20);
  await expect(list.getByTestId('drafts-count')).toHaveText('共 26 份草稿');
  await list.getByRole('button', { name: '加载更多（还有 6 份）' }).click();
  await expect(listed).toHaveCount(26);
  await expect(list.getByRole('button', { name: /加载更多/ })).toHaveCount(0);
  const search = list.getByRole('search', { name: '搜索草稿' });
  const box = search.getByRole('searchbox', { name: '搜索草稿' });
  await box.fill('李');
  await expect(list.getByTestId('drafts-count')).toHaveText('找到 8 份草稿');
  await expect(listed).toHaveCount(8);
  await box.fill('0003');
  await expect(listed).toHaveCount(1);
  await expect(listed.first()).toContainText('139****0003');
  const seed = (await listed.first().getAttribute('data-draft-id')) ?? '';
  await box.fill(seed.slice(-8).toLowerCase());
  await expect(listed).toHaveCount(1);
  await box.fill(draft.configurationCode.slice(0, 12).toLowerCase());
  await expect(list.getByTestId('drafts-count')).toHaveText('找到 25 份草稿');
  await box.fill('王小明');
  await expect(listed).toHaveCount(1);
  await search.getByLabel('起始日期').fill('2000-01-01');
  await search.getByLabel('截止日期').fill('2000-01-31');
  await expect(list.getByText('没有符合条件的草稿。')).toBeVisible();
  await search.getByLabel('截止日期').fill('1999-12-31');
  await expect(search.getByRole('alert')).toHaveText('起始日期不能晚于截止日期。');
  await search.getByRole('button', { name: '清除条件' }).click();
  await expect(listed).toHaveCount(20);
  await box.fill('李');
  await expect(listed).toHaveCount(8);
  await page.screenshot({ path: join(ROOT, 'test-results', 'drafts-ui-search.png') });
});

/**
 * Writes `n` more drafts beside the saved one (as another machine's copy would appear): the same priced
 * content with its own id, time (an hour apart, the day before) and customer, sealed with the real
 * checksum (and so the saved draft's configuration code). Every third customer is 李 (8 of 24). The app
 * has never indexed them: its folder check must find them.
 */
function seedDrafts(dir: string, base: OrderDraft, n: number): void {
  const start = Date.parse(base.createdAt) - 24 * 3600 * 1000;
  for (let i = 0; i < n; i++) {
    const time = start + i * 3600 * 1000;
    const id = newDraftId({ now: () => time, randomBytes: (k) => crypto.getRandomValues(new Uint8Array(k)) });
    const { checksum: _c, carImage: _i, ...content } = base;
    const draft = sealDraft({
      ...content,
      id,
      createdAt: new Date(time).toISOString(),
      customer: { name: i % 3 === 0 ? `李${i}` : `客户${i}`, mobile: `139000${String(i).padStart(5, '0')}` },
    });
    writeFileSync(join(dir, `${id}.json`), `${JSON.stringify(draft, null, 2)}\n`);
  }
}
