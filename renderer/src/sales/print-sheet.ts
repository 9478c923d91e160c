import type { Configuration } from '@domain/configuration';
import { call } from '../api';
import { pdfLanguage } from '../drafts/form-rules';
import { offerPdf } from '../drafts/pdf';

/**
 * Has main price both options and print their comparison sheet (PDF, in the UI language, saved beside the
 * quote PDFs), then offers it as a download like a quote.
 */
export async function printComparisonSheet(
  a: Configuration,
  b: Configuration,
  language: string,
): Promise<{ ok: true; file: string } | { ok: false; message: string }> {
  const lang = pdfLanguage(language);
  const result = await call('compare:pdf', { a, b, language: lang });
  if (!result.ok) return { ok: false, message: result.error.message };
  const name = result.value.file.split(/[\\/]/).pop() ?? `comparison.${lang}.pdf`;
  offerPdf(result.value.pdfBase64, name);
  return { ok: true, file: result.value.file };
}
