import type { Configuration } from '../configuration';
import { sha256Hex } from '../drafts/canonical';
import { type Message, msg } from '../messages/message';
import { base32ToBits, bitsToBase32, normalizeCode } from './base32';
import { BitReader, BitWriter, MalformedCode } from './bits';
import {
  fitsFormat1,
  readConfiguration,
  readConfigurationV2,
  writeConfiguration,
  writeConfigurationV2,
} from './payload';
import { type CodeTable, FINGERPRINT_BITS } from './table';

/**
 * Newest format of configuration codes this app writes (the first character of every code). Format 1 (the
 * launch EV by catalog id, with trim and battery) is still written for such configurations, so their codes
 * are unchanged; format 2 names the vehicle (a library car's id and model hash) and leaves out trim and battery
 * when there are none. Both are read.
 */
export const CODE_FORMAT = 2;

const FORMATS_READ = ['1', '2'];

/** Characters of checksum at the end of a code (30 bits of SHA-256). */
export const CHECK_CHARS = 6;

/** Why a code was refused, in both languages, with a machine-readable reason. */
export interface CodeError {
  reason:
    | 'empty'
    | 'bad-character'
    | 'too-short'
    | 'unknown-format'
    | 'checksum'
    | 'unknown-price-list'
    | 'malformed'
    | 'vehicle-not-in-shop'
    | 'invalid-configuration';
  message: Message;
}

/** Outcome of reading a code's bits: the configuration and the table it was written against. */
export type RawDecode =
  | { ok: true; configuration: Configuration; table: CodeTable }
  | { ok: false; error: CodeError };

/** Encodes a configuration against a code table: format, table fingerprint, fields, checksum. */
export function encodeWithTable(configuration: Configuration, table: CodeTable): string {
  const w = new BitWriter();
  w.write(table.fingerprint, FINGERPRINT_BITS);
  const v1 = fitsFormat1(configuration);
  if (v1) writeConfiguration(w, table, configuration);
  else writeConfigurationV2(w, table, configuration);
  return sealCode((v1 ? '1' : CODE_FORMAT.toString(32).toUpperCase()) + bitsToBase32(w.toBits()));
}

/** Appends the checksum to a code body (format character + payload); exported for forgery tests. */
export function sealCode(body: string): string {
  return body + checksumOf(body);
}

function checksumOf(body: string): string {
  const hex = sha256Hex(`wrap-configurator/code:${body}`).slice(0, 8);
  const bits: number[] = [];
  const n = Number.parseInt(hex, 16);
  for (let i = 31; i >= 2; i--) bits.push(Math.floor(n / 2 ** i) % 2);
  return bitsToBase32(bits);
}

const err = (reason: CodeError['reason'], message: Message): RawDecode => ({
  ok: false,
  error: { reason, message },
});

/** Checks and reads a code against whichever known table its fingerprint names. */
export function decodeWithTables(input: string, tables: readonly CodeTable[]): RawDecode {
  const norm = normalizeCode(input);
  if (!norm.ok) {
    return err('bad-character', msg('code.badCharacter', { position: norm.position, char: norm.char }));
  }
  const text = norm.text;
  if (text.length === 0) return err('empty', msg('code.empty'));
  if (!FORMATS_READ.includes(text[0]!)) {
    return err('unknown-format', msg('code.unknownFormat', { format: text[0]!, supported: CODE_FORMAT }));
  }
  if (text.length < 1 + 4 + CHECK_CHARS + 1) {
    return err('too-short', msg('code.tooShort', { length: text.length }));
  }
  const body = text.slice(0, -CHECK_CHARS);
  if (checksumOf(body) !== text.slice(-CHECK_CHARS)) {
    return err('checksum', msg('code.checksum'));
  }
  const r = new BitReader(base32ToBits(body.slice(1)));
  const fingerprint = r.read(FINGERPRINT_BITS);
  const table = tables.find((t) => t.fingerprint === fingerprint);
  if (!table) {
    const hex = fingerprint.toString(16).padStart(5, '0');
    return err('unknown-price-list', msg('code.unknownPriceList', { table: hex }));
  }
  try {
    const configuration = text[0] === '1' ? readConfiguration(r, table) : readConfigurationV2(r, table);
    if (r.remaining() >= 5) throw new MalformedCode('it has data after the configuration');
    while (r.remaining() > 0) if (r.read(1) !== 0) throw new MalformedCode('its padding is not zero');
    return { ok: true, configuration, table };
  } catch (e) {
    if (!(e instanceof MalformedCode)) throw e;
    return err('malformed', msg('code.malformed', { detail: e.message }));
  }
}
