import { z } from 'zod';

/** A whole amount of fen as a response carries it (negative for credits and discounts). */
export const AnyFen = z.number().int();

/** A generated PDF saved in main: where, how big, and its bytes for the browser path's download. */
export const PdfFile = z.strictObject({
  file: z.string(),
  bytes: z.number().int().min(0),
  pdfBase64: z.string(),
});
