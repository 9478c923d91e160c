import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyDraftText } from '@domain/drafts/verify';
import { formatCny } from '@domain/pricing/money';
import type { LocalHost } from '@host/server';
import { expect, openApp, ROOT, test } from './fixtures';

/** A shop configuration with items whose Chinese names the PDF must carry. */
const CONFIGURATION = {
  schemaVersion: 1,
  vehicle: 'compact-ev',
  trim: 'long-range',
  battery: 'buy',
  wrap: { film: 'satin-khaki', twoTone: 'two-tone-black-roof' },
  tint: { rear: 'tint-20' },
  accessories: ['roof-rails', 'crossbars'],
  maintenance: 'care-plus',
  store: 'sh-xuhui-wrap',
  financing: { plan: 'fin-zero-24', termMonths: 24, downPaymentPercent: 30 },
};

async function api<T>(host: LocalHost, channel: string, payload: unknown): Promise<T> {
  const res = await fetch(`${host.url}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: JSON.stringify(payload),
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
  return body.value;
}

test('a draft saved through the local host is on disk, verifies, and prints to a PDF with Chinese text', async ({
  page,
  host,
  userDataDir,
}) => {
  test.setTimeout(180_000);
  await openApp(page, host);
  // The car as the scene drew it (the canvas only, not the buttons over it), as the UI will send it.
  const car = await page.evaluate(() => document.querySelector('canvas')?.toDataURL('image/png') ?? '');
  expect(car.length).toBeGreaterThan(10_000);
  // The WebGL page renders in software; close it so the printing browser has the CPU.
  await page.close();
  const saved = await api<{ id: string; file: string; totalFen: number; configurationCode: string }>(
    host,
    'draft:save',
    {
      configuration: CONFIGURATION,
      customer: { name: '王小明', mobile: '13812345678' },
      pickup: { store: 'sh-pudong-service', date: '2026-12-31' },
      carImagePng: car,
    },
  );

  const file = join(userDataDir, 'data', 'drafts', `${saved.id}.json`);
  expect(saved.file).toBe(file);
  const verified = verifyDraftText(readFileSync(file, 'utf8'));
  if (!verified.ok) throw new Error(verified.reason);
  expect(verified.draft.configuration).toEqual(CONFIGURATION);
  expect(verified.draft.quote.totalFen).toBe(saved.totalFen);
  expect(verified.draft.carImage?.file).toBe(`${saved.id}.png`);

  const decoded = await api<{ configuration: unknown }>(host, 'code:decode', {
    code: saved.configurationCode,
  });
  expect(decoded.configuration).toEqual(CONFIGURATION);

  const pdf = await api<{ file: string; pdfBase64: string }>(host, 'draft:pdf', {
    id: saved.id,
    language: 'zh',
  });
  const bytes = readFileSync(pdf.file);
  expect(Buffer.from(pdf.pdfBase64, 'base64').equals(bytes)).toBe(true);
  const copy = join(ROOT, 'test-results', 'draft-quote.zh.pdf');
  writeFileSync(copy, bytes);
  const text = execFileSync('pdftotext', ['-layout', pdf.file, '-'], { encoding: 'utf8' });
  for (const zh of [
    '购车报价单',
    '长续航版',
    '缎光沙漠卡其',
    '亮光钢琴黑',
    '车顶行李架',
    '车顶横杆',
    '深色隐私膜 20%',
    '上海徐汇改色工作室',
    '配置明细', // the printed pages' own wording (i18n/print.json), not only catalog names
    '报价日期',
  ]) {
    expect(text).toContain(zh);
  }
  expect(text).toContain(formatCny(saved.totalFen));
  expect(text).toContain(saved.id);

  const en = await api<{ file: string }>(host, 'draft:pdf', { id: saved.id, language: 'en' });
  writeFileSync(join(ROOT, 'test-results', 'draft-quote.en.pdf'), readFileSync(en.file));
  const enText = execFileSync('pdftotext', [en.file, '-'], { encoding: 'utf8' });
  for (const words of ['Vehicle quote', 'Roof rails', 'Itemised', 'Quote date', 'Configuration code'])
    expect(enText).toContain(words);
  expect(enText).not.toContain('配置明细');

  // A second draft printed by the same (now warm) printer shows its own content, nothing of the first.
  const other = await api<{ id: string; totalFen: number }>(host, 'draft:save', {
    configuration: {
      schemaVersion: 1,
      vehicle: 'compact-ev',
      trim: 'standard',
      battery: 'buy',
      wrap: { film: 'matte-black' },
      store: 'bj-chaoyang-mod',
    },
  });
  const second = await api<{ file: string }>(host, 'draft:pdf', { id: other.id, language: 'zh' });
  const secondText = execFileSync('pdftotext', ['-layout', second.file, '-'], { encoding: 'utf8' });
  expect(secondText).toContain(other.id);
  expect(secondText).toContain(formatCny(other.totalFen));
  expect(secondText).not.toContain('缎光沙漠卡其');
  expect(secondText).not.toContain(saved.id);
});
