import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PRINT_PICTURE } from '../../renderer/src/drafts/print-picture';
import { openStep, openWithSatinBlack, quoteSettled } from './configurator-helpers';
import { expect, ROOT, test } from './fixtures';
import { downloadPdf } from './pdf-helpers';
import {
  boxOfColour,
  type CarFraming,
  carFraming,
  describeFraming,
  type Picture,
  pdfPage,
  type Rect,
  readPicture,
} from './picture-helpers';

const OUT = join(ROOT, 'test-results', 'print');
mkdirSync(OUT, { recursive: true });

/** The stage's screenshot (`2x` or `4k`) through the test hook, saved for a person to look at. */
async function screenshot(page: Page, kind: '2x' | '4k', name: string): Promise<Picture> {
  const b64 = await page.evaluate(async (k) => {
    const blob = await window.__configuratorSceneControl!.screenshot(k);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }, kind);
  const png = Buffer.from(b64, 'base64');
  writeFileSync(join(OUT, `${name}.png`), png);
  return readPicture(png);
}

/**
 * A framed render: the car centred and filling the picture, no empty band. The framing centres the car's
 * silhouette and leaves 3 % of the picture free on each side of the tighter axis (94 % span). Measured on
 * pixels, the dark contact shadow under the tyres counts too and reaches ~5 % of the height below them, so
 * the box is ~2.5 % low: centred within 2 % left to right and 4 % top to bottom; span 85–97 % on the
 * tighter axis (a few anti-aliased edge pixels fall under the threshold). An empty band where controls
 * were (the old screenshot: ~15 % of the height) fails both the centring and the span.
 */
function expectFramed(f: CarFraming, what: string): void {
  expect(Math.abs(f.offX), `${what}: centred left to right`).toBeLessThanOrEqual(0.02);
  expect(Math.abs(f.offY), `${what}: centred top to bottom`).toBeLessThanOrEqual(0.04);
  const span = Math.max(f.spanX, f.spanY);
  expect(span, `${what}: fills the picture on its tighter axis`).toBeGreaterThanOrEqual(0.85);
  expect(span, `${what}: keeps a margin`).toBeLessThanOrEqual(0.97);
}

/** The print picture on a PDF page: the box of the studio floor colour the three views stand on. */
function printPictureOn(page: Picture): Rect {
  const box = boxOfColour(page, [0xe9, 0xeb, 0xee], 3, {
    x: 0,
    y: 0,
    w: page.width,
    h: Math.round(page.height * 0.6),
  });
  if (!box) throw new Error('no print picture on the first page (no pixel of the studio floor colour)');
  return box;
}

/** Where a panel of the print picture lands inside the picture's box on the page. */
function panelOn(picture: Rect, index: number): Rect {
  const p = PRINT_PICTURE.panels[index]!;
  const k = picture.w / PRINT_PICTURE.width;
  const inset = 2; // a pixel of resampling at each edge
  return {
    x: Math.round(picture.x + p.x * k) + inset,
    y: Math.round(picture.y + p.y * k) + inset,
    w: Math.round(p.w * k) - 2 * inset,
    h: Math.round(p.h * k) - 2 * inset,
  };
}

test('screenshots and the PDF quote frame the car: 2×, 3840×2160, hero and second views (launch EV, zh)', async ({
  page,
  host,
  userDataDir,
}) => {
  test.setTimeout(480_000);
  await openWithSatinBlack(page, host);

  // Screenshots: framed on the car in the picture's own size, whatever the stage's layout.
  for (const kind of ['2x', '4k'] as const) {
    const shot = await screenshot(page, kind, `screenshot-${kind}-launch`);
    if (kind === '4k') expect([shot.width, shot.height]).toEqual([3840, 2160]);
    const f = carFraming(shot);
    console.log(describeFraming(`screenshot ${kind} ${shot.width}×${shot.height}`, f));
    expectFramed(f, `screenshot ${kind}`);
  }

  // The PDF quote: saved as a draft from the summary, printed, read back at 100 dpi.
  await openStep(page, '汇总');
  await quoteSettled(page);
  await page.getByRole('button', { name: '保存订单草稿' }).click();
  const form = page.getByRole('form', { name: '订单草稿' });
  await form.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('status').filter({ hasText: '订单草稿已保存' })).toBeVisible({
    timeout: 120_000,
  });
  const pdf = join(userDataDir, 'quote.pdf');
  await downloadPdf(page, page.getByRole('button', { name: '导出PDF报价单', exact: true }), pdf);
  const sheet = pdfPage(pdf, join(OUT, 'quote-launch-zh'), 100);
  const picture = printPictureOn(sheet);
  const mm = (px: number) => (px / 100) * 25.4;
  console.log(`print picture on the A4 page: ${mm(picture.w).toFixed(0)} × ${mm(picture.h).toFixed(0)} mm`);
  // Large: the picture spans the sheet's text width (184 mm), the hero two thirds of it.
  expect(mm(picture.w)).toBeGreaterThanOrEqual(175);
  for (const [i, name] of ['hero front ¾', 'rear ¾', 'side'].entries()) {
    const f = carFraming(sheet, panelOn(picture, i));
    console.log(describeFraming(`quote ${name}`, f));
    expectFramed(f, `quote ${name}`);
  }
});
