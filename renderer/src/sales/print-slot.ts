import { call } from '../api';
import { captureCarImage } from '../drafts/car-image';
import { downloadDraftPdf } from '../drafts/pdf';
import type { Slot } from '../store/compare-slice';
import { useConfigurator } from '../store/store';

/** Resolves after `n` animation frames (the stage draws a new look on the next frames). */
export function frames(n: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

/**
 * Prints one slot's quote through the order-draft path: puts the slot on stage (for the car picture), saves
 * it as a draft (main re-prices it) and downloads the draft's PDF quote.
 */
export async function printSlotQuote(
  slot: Slot,
  language: string,
): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  const s = useConfigurator.getState();
  if (!s.showSlot(slot)) return { ok: false, message: `option ${slot} is empty` };
  await frames(3);
  const configuration = useConfigurator.getState().configuration;
  if (!configuration) return { ok: false, message: `option ${slot} is empty` };
  const carImagePng = await captureCarImage();
  const saved = await call('draft:save', { configuration, ...(carImagePng ? { carImagePng } : {}) });
  if (!saved.ok) return { ok: false, message: saved.error.message };
  const pdf = await downloadDraftPdf(saved.value.id, language, 'quote');
  return pdf.ok ? { ok: true, id: saved.value.id } : pdf;
}
