import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ApiResult } from '@contract/result';
import type { Configuration } from '@domain/configuration';
import type { Comparison } from '@domain/pricing/compare';
import { formatCny } from '@domain/pricing/money';
import type { Dispatcher } from '@services/app/dispatch';
import { encodePng } from '@services/artwork/png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootMain, ROOT as root } from '../../../support/main';
import { SHOP_CONFIGURATION } from '../../drafts/fixtures';

/**
 * The comparison sheet printed by main through the real print page and the system Chromium (the local-host
 * path), read back with pdftotext. Needs the built renderer (`npx electron-vite build`).
 */
const ctx = { transport: 'test' } as const;
const A: Configuration = {
  schemaVersion: 1,
  vehicle: 'compact-ev',
  trim: 'standard',
  battery: 'buy',
  wrap: { film: 'satin-black' },
};
const B = SHOP_CONFIGURATION;

let dispatch: Dispatcher;
let dataDir: string;
let close: () => Promise<void>;
beforeAll(async () => {
  if (!existsSync(join(root, 'out', 'renderer', 'quote.html')))
    throw new Error('build the renderer first: npx electron-vite build');
  const boot = await bootMain('comparison-pdf');
  dispatch = boot.dispatch;
  dataDir = boot.services.dataDir;
  close = async () => {
    await boot.stop();
  };
});
afterAll(() => close?.());

async function call<T>(channel: string, payload: unknown): Promise<ApiResult<T>> {
  return (await dispatch(channel, payload, ctx)) as ApiResult<T>;
}

const yuan = (fen: number) => formatCny(fen).replace('¥', '');
const signed = (fen: number) => (fen > 0 ? `+¥${yuan(fen)}` : fen < 0 ? `−¥${yuan(-fen)}` : '¥0.00');

describe('comparison sheet PDF (compare:pdf)', () => {
  it('prints both options by category with A, B and B − A in yuan, the totals, date and store, in Chinese', async () => {
    const compared = await call<{ ok: true; comparison: Comparison }>('quote:compare', { a: A, b: B });
    if (!compared.ok) throw new Error(compared.error.message);
    const { rows, total } = compared.value.comparison;
    const printed = await call<{ file: string; bytes: number; pdfBase64: string }>('compare:pdf', {
      a: A,
      b: B,
      language: 'zh',
    });
    if (!printed.ok) throw new Error(printed.error.message);
    const { file, bytes, pdfBase64 } = printed.value;
    // Saved where the quote PDFs go, and the same bytes offered to the page.
    expect(dirname(file)).toBe(join(dataDir, 'drafts', 'pdf'));
    expect(basename(file)).toMatch(/^comparison-[0-9A-HJKMNP-TV-Z]{26}\.zh\.pdf$/);
    expect(Buffer.from(pdfBase64, 'base64').equals(readFileSync(file))).toBe(true);
    expect(bytes).toBe(readFileSync(file).length);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const expected of [
      '方案对比单',
      '上海徐汇改色工作室',
      '2026年11月22日',
      '方案 A',
      '方案 B',
      '标准版',
      '长续航版',
      '缎光暗夜黑',
      '缎光沙漠卡其',
      '改色膜',
      '保养套餐',
      '整单合计',
      '差额（B − A）',
    ])
      expect(text, expected).toContain(expected);
    // Each category row: A, B and B − A as the pricing engine computed them.
    const line = (label: string) => text.split('\n').find((l) => l.trimStart().startsWith(label)) ?? '';
    const trimRow = rows.find((r) => r.id === 'trim')!;
    expect(line('车型与电池')).toContain(`¥${yuan(trimRow.a.amountFen)}`);
    expect(line('车型与电池')).toContain(`¥${yuan(trimRow.b.amountFen)}`);
    expect(line('车型与电池')).toContain(signed(trimRow.differenceFen));
    const maintenance = rows.find((r) => r.id === 'maintenance')!;
    expect(line('保养套餐')).toContain(signed(maintenance.differenceFen));
    const totals = line('整单合计');
    expect(totals).toContain(`¥${yuan(total.aFen)}`);
    expect(totals).toContain(`¥${yuan(total.bFen)}`);
    expect(totals).toContain(signed(total.differenceFen));
    // The sheet is no longer held once printed.
    const id = basename(file).slice('comparison-'.length, -'.zh.pdf'.length);
    expect(await call('compare:sheet', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  }, 120_000);

  it('prints in English when asked', async () => {
    const printed = await call<{ file: string }>('compare:pdf', { a: B, b: A, language: 'en' });
    if (!printed.ok) throw new Error(printed.error.message);
    expect(printed.value.file).toMatch(/\.en\.pdf$/);
    const text = execFileSync('pdftotext', ['-layout', printed.value.file, '-'], { encoding: 'utf8' });
    for (const expected of [
      'Option comparison',
      'Xuhui Wrap Studio',
      '22/11/2026',
      'Option A',
      'Long Range',
      'Wrap',
      'Order total',
      'Difference (B − A)',
    ])
      expect(text, expected).toContain(expected);
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
  }, 120_000);

  it('prints each option with its picture; a picture that is not a PNG refuses the sheet, naming the side', async () => {
    // A 180×100 picture: floor-grey with a dark block (a car stand-in).
    const data = new Uint8Array(180 * 100 * 4);
    for (let i = 0; i < 180 * 100; i++) {
      const [x, y] = [i % 180, Math.floor(i / 180)];
      const car = x > 30 && x < 150 && y > 30 && y < 80;
      data.set(car ? [20, 20, 24, 255] : [233, 235, 238, 255], i * 4);
    }
    const png = encodePng({ width: 180, height: 100, data });
    const url = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    const printed = await call<{ file: string }>('compare:pdf', {
      a: A,
      b: B,
      language: 'en',
      pictures: { a: url, b: url },
    });
    if (!printed.ok) throw new Error(printed.error.message);
    // pdfimages lists the pictures the PDF holds: both options', at the size sent.
    const images = execFileSync('pdfimages', ['-list', printed.value.file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => /\bimage\b/.test(l))
      .map((l) => l.trim().split(/\s+/).slice(3, 5).map(Number));
    expect(images).toEqual([
      [180, 100],
      [180, 100],
    ]);
    const text = execFileSync('pdftotext', ['-layout', printed.value.file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Wrap: Satin Night Black');
    const bad = await call('compare:pdf', {
      a: A,
      b: B,
      language: 'zh',
      pictures: { b: 'data:image/png;base64,R0lGODlhAQABAAAAACw=' },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(!bad.ok && bad.error.message).toMatch(/^Option B's picture: carImagePng is not a PNG image/);
  }, 120_000);

  it('refuses an option the rules refuse, naming the side, and prints nothing', async () => {
    const bad = { ...A, wheel: 'aero-19' };
    const r = await call('compare:pdf', { a: A, b: bad, language: 'zh' });
    expect(r).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(!r.ok && r.error.message).toMatch(/^No comparison sheet: B: /);
    const unknown = await call('compare:sheet', { id: '01M80000000000000000000000' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
