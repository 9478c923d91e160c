import type { Localized } from '../catalog/common';
import type { Configuration } from '../configuration';
import { sha256Hex } from '../drafts/canonical';
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
  message: Localized;
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

const err = (reason: CodeError['reason'], zh: string, en: string): RawDecode => ({
  ok: false,
  error: { reason, message: { zh, en } },
});

/** Checks and reads a code against whichever known table its fingerprint names. */
export function decodeWithTables(input: string, tables: readonly CodeTable[]): RawDecode {
  const norm = normalizeCode(input);
  if (!norm.ok) {
    return err(
      'bad-character',
      `配置码第${norm.position}个字符“${norm.char}”无效，请核对后重新输入`,
      `character ${norm.position} ("${norm.char}") cannot appear in a configuration code; check the code and type it again`,
    );
  }
  const text = norm.text;
  if (text.length === 0) return err('empty', '请输入配置码', 'no configuration code given');
  if (!FORMATS_READ.includes(text[0]!)) {
    return err(
      'unknown-format',
      `该配置码为格式${text[0]}，本应用只能读取格式1至${CODE_FORMAT}，请更新应用`,
      `this code is format ${text[0]}; this app reads formats 1 to ${CODE_FORMAT} only — update the app or check the first character`,
    );
  }
  if (text.length < 1 + 4 + CHECK_CHARS + 1) {
    return err(
      'too-short',
      `配置码太短（${text.length}个字符），可能缺少部分字符`,
      `the code is too short (${text.length} characters); part of it is missing`,
    );
  }
  const body = text.slice(0, -CHECK_CHARS);
  if (checksumOf(body) !== text.slice(-CHECK_CHARS)) {
    return err(
      'checksum',
      '配置码校验失败：有字符输错或缺失，请核对后重新输入',
      'the code does not check out: a character is wrong, missing or extra; check it and type it again',
    );
  }
  const r = new BitReader(base32ToBits(body.slice(1)));
  const fingerprint = r.read(FINGERPRINT_BITS);
  const table = tables.find((t) => t.fingerprint === fingerprint);
  if (!table) {
    const hex = fingerprint.toString(16).padStart(5, '0');
    return err(
      'unknown-price-list',
      `该配置码来自本应用没有的价目表（编号${hex}），请更新应用的价目表`,
      `the code was made with a price list this app does not have (table ${hex}); update the app's catalog`,
    );
  }
  try {
    const configuration = text[0] === '1' ? readConfiguration(r, table) : readConfigurationV2(r, table);
    if (r.remaining() >= 5) throw new MalformedCode('it has data after the configuration');
    while (r.remaining() > 0) if (r.read(1) !== 0) throw new MalformedCode('its padding is not zero');
    return { ok: true, configuration, table };
  } catch (e) {
    if (!(e instanceof MalformedCode)) throw e;
    return err(
      'malformed',
      `配置码内容无效（${e.message}），可能是伪造或损坏的配置码`,
      `the code's content is impossible (${e.message}); it is damaged or forged`,
    );
  }
}
