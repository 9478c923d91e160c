import { type BitReader, type BitWriter, MalformedCode, widthFor } from './bits';
import type { CodeTable, RefKind } from './table';

/** Characters of a literal id (catalog ids are kebab-case) and of a literal promotion code. */
const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-';
const PROMO_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-';

/**
 * Writes a reference: its position in the table's list, or (position = list length) an escape followed by
 * the id spelled out, so a configuration naming something outside the table still round-trips exactly.
 */
export function writeRef(w: BitWriter, table: CodeTable, kind: RefKind, id: string): void {
  const list = table.lists[kind];
  const width = widthFor(list.length);
  const at = list.indexOf(id);
  if (at >= 0) {
    w.write(at, width);
    return;
  }
  w.write(list.length, width);
  writeChars(w, id, kind === 'promoCode' ? PROMO_CHARS : ID_CHARS);
}

/** Reads a reference written by writeRef; an index past the escape is a forged or damaged code. */
export function readRef(r: BitReader, table: CodeTable, kind: RefKind): string {
  const list = table.lists[kind];
  const at = r.read(widthFor(list.length));
  if (at < list.length) return list[at]!;
  if (at > list.length)
    throw new MalformedCode(
      `it points at ${kind} #${at + 1}, but price list ${table.priceListVersion} has ${list.length}`,
    );
  return readChars(r, kind === 'promoCode' ? PROMO_CHARS : ID_CHARS);
}

function writeChars(w: BitWriter, text: string, alphabet: string): void {
  w.varint(text.length);
  for (const ch of text) {
    const v = alphabet.indexOf(ch);
    if (v < 0) throw new RangeError(`"${text}" has a character a configuration code cannot carry`);
    w.write(v, 6);
  }
}

function readChars(r: BitReader, alphabet: string, max = 64): string {
  const n = r.varint();
  if (n > max) throw new MalformedCode('a name inside the code is impossibly long');
  let s = '';
  for (let i = 0; i < n; i++) {
    const v = r.read(6);
    if (v >= alphabet.length) throw new MalformedCode('a name inside the code has an impossible character');
    s += alphabet[v];
  }
  return s;
}

/** Characters of a typical artwork file name, 6 bits each. */
const NAME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.';

/** Writes free text (artwork reference): 6 bits a character for plain file names, else UTF-8 bytes. */
export function writeText(w: BitWriter, text: string): void {
  const plain = [...text].every((ch) => NAME_CHARS.includes(ch));
  w.flag(plain);
  if (plain) {
    writeChars(w, text, NAME_CHARS);
    return;
  }
  const bytes = new TextEncoder().encode(text);
  w.varint(bytes.length);
  for (const b of bytes) w.write(b, 8);
}

/** Reads free text written by writeText. */
export function readText(r: BitReader): string {
  if (r.flag()) return readChars(r, NAME_CHARS, 800);
  const n = r.varint();
  if (n > 800) throw new MalformedCode('a text inside the code is impossibly long');
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = r.read(8);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new MalformedCode('a text inside the code is not valid UTF-8');
  }
}
