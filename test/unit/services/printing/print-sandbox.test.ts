import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dispatcher } from '@services/app/dispatch';
import { readLogRecords } from '@services/app/log';
import { encodePng } from '@services/artwork/png';
import { pngDataUrl } from '@services/drafts/car-image';
import { chromiumSandbox, findChromium } from '@services/printing/chromium';
import { chromiumPrinter } from '@services/printing/pdf-chromium';
import { describe, expect, it } from 'vitest';
import { bootMain, ROOT } from '../../../support/main';
import { SHOP_CONFIGURATION } from '../../drafts/fixtures';

/**
 * The local-host printer with the real system Chromium: it says in the log whether its browser runs
 * sandboxed, falls back with the reason when the sandboxed start fails, and prints the car image it gets
 * from main (re-encoded pixels). Needs the built renderer (`npx electron-vite build`).
 */
const ctx = { transport: 'test' } as const;

/** A car picture with a text chunk smuggled in after IHDR. */
function carWithExtras(): string {
  const data = new Uint8Array(160 * 90 * 4);
  for (let i = 0; i < 160 * 90; i++) data.set([20, 120 + (i % 100), 200, 255], i * 4);
  const png = Buffer.from(encodePng({ width: 160, height: 90, data }));
  const text = Buffer.from('tEXtComment\0<html><script>alert(1)</script>');
  const chunk = Buffer.alloc(8 + text.length);
  chunk.writeUInt32BE(text.length - 4, 0);
  text.copy(chunk, 4);
  // CRC left as zero: decoders skip ancillary chunks they do not know, CRC and all.
  return pngDataUrl(Buffer.concat([png.subarray(0, 33), chunk, png.subarray(33)]));
}

async function saveDraft(dispatch: Dispatcher, carImagePng?: string): Promise<string> {
  const saved = await dispatch(
    'draft:save',
    { configuration: SHOP_CONFIGURATION, ...(carImagePng ? { carImagePng } : {}) },
    ctx,
  );
  if (!saved.ok) throw new Error(saved.error.message);
  return (saved.value as { id: string }).id;
}

describe.runIf(findChromium() && existsSync(join(ROOT, 'out', 'renderer', 'quote.html')))(
  'printing with the system Chromium',
  () => {
    it('logs whether the sandbox is on, and prints the car image main re-encoded', async () => {
      const boot = await bootMain('print-sandbox');
      const id = await saveDraft(boot.dispatch, carWithExtras());
      const got = await boot.dispatch('draft:get', { id }, ctx);
      if (!got.ok) throw new Error(got.error.message);
      const served = Buffer.from((got.value as { carImage: string }).carImage.split(',')[1]!, 'base64');
      expect(served.includes(Buffer.from('script'))).toBe(false);
      const printed = await boot.dispatch('draft:pdf', { id, language: 'en' }, ctx);
      if (!printed.ok) throw new Error(printed.error.message);
      const file = (printed.value as { file: string }).file;
      // The car, only its pixels, is in the PDF at its pixel size.
      expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })).toMatch(/\s160\s+90\s/);
      const verdict = chromiumSandbox(findChromium()!);
      const said = readLogRecords(boot.services.log.file).filter((r) => r.message.startsWith('PDF printer:'));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatchObject(
        verdict.sandbox
          ? { level: 'info', message: `PDF printer: Chromium sandbox on (${verdict.reason}).` }
          : { level: 'warn', message: expect.stringContaining(`WITHOUT its sandbox (${verdict.reason})`) },
      );
      await boot.stop();
    }, 120_000);

    it.runIf(process.getuid?.() === 0)(
      'as root a sandboxed start fails, and the printer falls back and says why',
      async () => {
        const boot = await bootMain('print-fallback');
        const id = await saveDraft(boot.dispatch);
        const lines: string[] = [];
        const print = chromiumPrinter({
          rendererDir: join(ROOT, 'out', 'renderer'),
          api: async (channel, payload) => {
            const r = await boot.dispatch(channel, payload, ctx);
            if (!r.ok) throw new Error(r.error.message);
            return r.value;
          },
          log: (level, line) => lines.push(`${level} ${line}`),
          sandbox: { sandbox: true, reason: 'claimed by the test' },
        });
        try {
          const pdf = await print({ id, language: 'zh', document: 'quote' });
          const out = join(tmpdir(), `print-fallback-${id}.pdf`);
          writeFileSync(out, pdf);
          expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain(id);
        } finally {
          await print.close?.();
          await boot.stop();
        }
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(
          /^warn PDF printer: Chromium runs WITHOUT its sandbox \(the sandboxed start failed: /,
        );
      },
      120_000,
    );
  },
);
