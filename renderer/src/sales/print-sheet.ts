import type { Configuration } from '@domain/configuration';
import { call } from '../api';
import { captureCarView } from '../drafts/car-image';
import { pdfLanguage } from '../drafts/form-rules';
import { offerPdf } from '../drafts/pdf';
import type { Slot } from '../store/compare-slice';
import { useConfigurator } from '../store/store';
import { frames } from './print-slot';

/** Size of an option's picture on the sheet (px; the card is ~88 × 50 mm, ~200 dpi). */
const PICTURE = { width: 900, height: 500 };
/** Longest picture data URL (two must fit the local host's 1 MiB request with the configurations). */
const MAX_PICTURE_CHARS = 440_000;

/**
 * Each option's car at the front ¾, framed on the car: puts A, then B on stage, renders it, and puts back
 * the option that was on stage. A side that cannot be rendered prints without its picture.
 */
async function optionPictures(): Promise<{ a?: string; b?: string }> {
  const store = useConfigurator.getState();
  const was: Slot = store.activeSlot;
  const out: { a?: string; b?: string } = {};
  for (const slot of [was, was === 'A' ? 'B' : 'A'] as const) {
    if (!useConfigurator.getState().showSlot(slot)) continue;
    await frames(3);
    const url = await captureCarView(PICTURE.width, PICTURE.height, MAX_PICTURE_CHARS);
    if (url) out[slot === 'A' ? 'a' : 'b'] = url;
  }
  useConfigurator.getState().showSlot(was);
  return out;
}

/**
 * Has main price both options and print their comparison sheet (PDF, in the UI language, saved beside the
 * quote PDFs, each option with its picture), then offers it as a download like a quote.
 */
export async function printComparisonSheet(
  a: Configuration,
  b: Configuration,
  language: string,
): Promise<{ ok: true; file: string } | { ok: false; message: string }> {
  const lang = pdfLanguage(language);
  const pictures = await optionPictures();
  const result = await call('compare:pdf', { a, b, language: lang, pictures });
  if (!result.ok) return { ok: false, message: result.error.message };
  const name = result.value.file.split(/[\\/]/).pop() ?? `comparison.${lang}.pdf`;
  offerPdf(result.value.pdfBase64, name);
  return { ok: true, file: result.value.file };
}
