import { contentHash } from './canonical';
import { OrderDraft } from './schema';

/** A draft that reads back exactly as written, or why it cannot be trusted. */
export type VerifyResult = { ok: true; draft: OrderDraft } | { ok: false; reason: string };

/**
 * Checks a parsed draft file: the schema, the checksum over its canonical content, and that the totals
 * are the sums of the lines (so an edited amount is caught even if the checksum was recomputed). A draft
 * saved before on-the-road could say "no estimate" (it stored the order total when the tax was not
 * estimated) is read with `onTheRoadFen` null, as a new one would be; the file is not changed.
 */
export function verifyDraft(json: unknown): VerifyResult {
  const parsed = OrderDraft.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      reason: `not an order draft of schema version 1: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    };
  }
  const { checksum, ...content } = parsed.data;
  const expected = contentHash(content);
  if (checksum.value !== expected)
    return { ok: false, reason: 'checksum mismatch: the file was changed after it was saved' };
  const q = parsed.data.quote;
  let total = 0;
  for (const l of q.lines) total += l.amountFen;
  if (total !== q.totalFen)
    return { ok: false, reason: `the lines add up to ${total} fen but the total says ${q.totalFen} fen` };
  const rows = q.categoryTotalsFen;
  if (rows.order !== undefined) {
    let sum = 0;
    for (const amount of Object.values(rows)) sum += amount ?? 0;
    if (sum !== q.totalFen)
      return {
        ok: false,
        reason: `the category totals add up to ${sum} fen but the total says ${q.totalFen} fen`,
      };
  }
  if (q.purchaseTax.status === 'estimated') {
    if (q.onTheRoadFen !== q.totalFen + q.purchaseTax.taxFen)
      return { ok: false, reason: 'the on-the-road estimate does not match the total plus tax' };
  } else if (q.onTheRoadFen !== null) {
    if (q.onTheRoadFen !== q.totalFen)
      return { ok: false, reason: 'an on-the-road figure without a tax estimate, and not the order total' };
    q.onTheRoadFen = null;
  }
  return { ok: true, draft: parsed.data };
}

/** Parses draft file text, refusing bad JSON with the parser's reason. */
export function verifyDraftText(text: string): VerifyResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      reason: `not valid JSON (${(e as Error).message}); the file is truncated or corrupted`,
    };
  }
  return verifyDraft(json);
}
