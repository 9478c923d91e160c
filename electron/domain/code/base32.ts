import { CROCKFORD } from '../drafts/id';

/** Turns bits into Crockford base32 characters, zero-padding the last character. */
export function bitsToBase32(bits: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 5) {
    let v = 0;
    for (let j = 0; j < 5; j++) v = v * 2 + (bits[i + j] ?? 0);
    out += CROCKFORD[v];
  }
  return out;
}

/** Bits of Crockford base32 text that `normalizeCode` has already checked. */
export function base32ToBits(text: string): number[] {
  const bits: number[] = [];
  for (const ch of text) {
    const v = CROCKFORD.indexOf(ch);
    for (let j = 4; j >= 0; j--) bits.push((v >> j) & 1);
  }
  return bits;
}

/** What a typed or scanned code becomes before decoding, or the first character that cannot be in a code. */
export type Normalized = { ok: true; text: string } | { ok: false; position: number; char: string };

/** Upper-cases, drops spaces and hyphens, and reads O as 0 and I/L as 1 (Crockford's aliases). */
export function normalizeCode(input: string): Normalized {
  let text = '';
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (ch === '-' || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') continue;
    const up = ch.toUpperCase();
    const mapped = up === 'O' ? '0' : up === 'I' || up === 'L' ? '1' : up;
    if (!CROCKFORD.includes(mapped) || mapped.length !== 1) return { ok: false, position: i + 1, char: ch };
    text += mapped;
  }
  return { ok: true, text };
}
