import { call } from '../api';
import { pdfLanguage } from './form-rules';

/** Which printable document of a draft. */
export type DraftDocument = 'quote' | 'workorder';

/** Prints a draft in main (quote or work order) and offers the PDF as a download; resolves to the saved file. */
export async function downloadDraftPdf(
  id: string,
  language: string,
  document: DraftDocument,
): Promise<{ ok: true; file: string } | { ok: false; message: string }> {
  const lang = pdfLanguage(language);
  const result = await call('draft:pdf', { id, language: lang, document });
  if (!result.ok) return { ok: false, message: result.error.message };
  offerPdf(
    result.value.pdfBase64,
    document === 'workorder' ? `workorder-${id}.${lang}.pdf` : `quote-${id}.${lang}.pdf`,
  );
  return { ok: true, file: result.value.file };
}

/** Offers a PDF main made (base64) as a download under `name`. */
export function offerPdf(pdfBase64: string, name: string): void {
  const bytes = Uint8Array.from(atob(pdfBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const a = window.document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
