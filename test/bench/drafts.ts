/**
 * Order draft benchmarks: saving a draft (price, build, checksum, atomic write with fsync; budget 50 ms)
 * and printing the PDF quote with Chromium (warm browser; budget 1.5 s). Part of `npm run bench`; run alone
 * with `npx tsx test/bench/drafts.ts` (needs `npx electron-vite build` for the quote page).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from '@domain/configuration';
import { loadCatalogState } from '@services/catalog/catalog-service';
import { DraftService, type PdfPrinter } from '@services/drafts/drafts-service';
import { chromiumPrinter } from '@services/printing/pdf-chromium';
import type { BenchRow } from './row';

const TYPICAL: Configuration = {
  schemaVersion: 1,
  vehicle: 'compact-ev',
  trim: 'long-range',
  battery: 'buy',
  wrap: { film: 'satin-khaki', twoTone: 'two-tone-black-roof' },
  ppf: 'ppf-partial-front',
  tint: { rear: 'tint-20', 'rear-sides': 'tint-20' },
  accessories: ['roof-rails', 'crossbars'],
  accessoryPackages: ['pkg-sport'],
  maintenance: 'care-plus',
  store: 'sh-xuhui-wrap',
  financing: { plan: 'fin-zero-24', termMonths: 24, downPaymentPercent: 30 },
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function setup(): Promise<{ service: DraftService; dir: string; printer: () => PdfPrinter }> {
  const state = await loadCatalogState('assets/catalog');
  if (!state.ok) throw new Error(`default catalog invalid: ${state.errors[0]?.message}`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-drafts-'));
  let printer: PdfPrinter | undefined;
  const make = (): PdfPrinter => {
    printer ??= chromiumPrinter({
      rendererDir: resolve('out', 'renderer'),
      api: async (channel, payload) => {
        const id = (payload as { id: string }).id;
        return channel === 'workorder:get' ? service.workOrder(id) : service.get(id);
      },
    });
    return printer;
  };
  const service: DraftService = new DraftService({
    dataDir: dir,
    appVersion: 'bench',
    storeId: 'sh-xuhui-wrap',
    today: () => '2026-11-22',
    catalog: () => state,
    archiveDir: join(dir, 'archive'),
    printer: async () => make(),
  });
  return { service, dir, printer: make };
}

/** Median time to save an order draft JSON (price + build + checksum + atomic write with fsync). */
export async function benchDraftSave(): Promise<BenchRow[]> {
  const { service, dir } = await setup();
  try {
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t = performance.now();
      await service.save({ configuration: TYPICAL, customer: { name: '王小明', mobile: '13812345678' } });
      times.push(performance.now() - t);
    }
    const ms = Math.round(median(times.slice(10)) * 100) / 100;
    return [
      {
        name: 'order draft JSON export (save)',
        value: ms,
        unit: 'ms',
        budget: 50,
        pass: ms <= 50,
        note: 'median of 50 saves after 10 warm-up, fsync included',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Time to print the PDF quote in Chromium: first print (browser start) and the median warm print. */
export async function benchQuotePdf(): Promise<BenchRow[]> {
  const { service, dir, printer } = await setup();
  try {
    const { id } = await service.save({ configuration: TYPICAL });
    let t = performance.now();
    await service.pdf(id, 'zh');
    const cold = Math.round(performance.now() - t);
    const warm: number[] = [];
    for (const lang of ['zh', 'en', 'zh'] as const) {
      t = performance.now();
      await service.pdf(id, lang);
      warm.push(performance.now() - t);
    }
    const s = Math.round(median(warm)) / 1000;
    return [
      {
        name: 'PDF quote (Chromium, warm)',
        value: s,
        unit: 's',
        budget: 1.5,
        pass: s <= 1.5,
        note: 'median of 3 prints with the printing browser already running',
      },
      {
        name: 'PDF quote (Chromium, first print)',
        value: cold / 1000,
        unit: 's',
        budget: '-',
        pass: null,
        note: 'includes launching Chromium; informational',
      },
    ];
  } finally {
    await printer().close?.();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = [...(await benchDraftSave()), ...(await benchQuotePdf())];
  for (const r of rows)
    console.log(
      `${r.name}: ${r.value} ${r.unit} (budget ${r.budget}) ${r.pass === null ? 'INFO' : r.pass ? 'PASS' : 'FAIL'}`,
    );
  if (rows.some((r) => r.pass === false)) process.exitCode = 1;
}
