import { messageText } from '@contract/i18n';
import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import { bitsToBase32 } from '@domain/code/base32';
import { BitWriter, widthFor } from '@domain/code/bits';
import { CHECK_CHARS, encodeWithTable, sealCode } from '@domain/code/codec';
import { decodeConfigurationCode, encodeConfigurationCode, tableOf } from '@domain/code/decode';
import { FINGERPRINT_BITS } from '@domain/code/table';
import type { Configuration } from '@domain/configuration';
import { CROCKFORD } from '@domain/drafts/id';
import { evaluateRules } from '@domain/rules/evaluate';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validConfigurationArbitrary } from '../../support/arbitrary';
import { CorpusTally } from '../../support/corpus';
import { DATE, loadDefault } from '../domain/fixtures';

const corpus = new CorpusTally('codes', import.meta.url);
afterAll(() => corpus.write());
/** The running test's name as the kind of damage ("truncated codes"). */
const kind = () =>
  (expect.getState().currentTestName ?? 'codes')
    .replace(/^.*> (refuses |never turns )?/, '')
    .replace(/ \(\d+\)$/, '');

let catalog: Catalog;
let zones: ZoneTable;
let codes: string[];
beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
  const sample = fc.sample(validConfigurationArbitrary(catalog, { zones, date: DATE }), {
    numRuns: 10,
    seed: 20261122,
  });
  codes = sample.map((c) => encodeConfigurationCode(c, catalog));
});

const decode = (code: string) => decodeConfigurationCode(code, { catalog, zones, date: DATE });

/** Every refusal must say what is wrong in both languages, with a stable reason. */
function expectRefused(code: string, reasons: string[]): void {
  const r = decode(code);
  if (r.ok)
    throw new Error(`accepted a damaged or forged code ${code} as ${JSON.stringify(r.configuration)}`);
  expect(reasons).toContain(r.error.reason);
  expect(messageText(r.error.message).length).toBeGreaterThan(20);
  expect(messageText(r.error.message, 'zh-CN').length).toBeGreaterThan(5);
  corpus.add(kind());
}

const other = (ch: string, k: number) => CROCKFORD[(CROCKFORD.indexOf(ch) + 1 + (k % 31)) % 32]!;
const base = (extra: Partial<Configuration> = {}): Configuration => ({
  schemaVersion: 1,
  vehicle: 'compact-ev',
  trim: 'standard',
  battery: 'buy',
  ...extra,
});

describe('damaged and forged configuration codes', () => {
  it('refuses truncated codes (60)', () => {
    const damaged = codes.flatMap((code) => [
      ...[1, 2, 3, 7].map((k) => code.slice(0, -k)),
      code.slice(1),
      code.slice(0, 8),
    ]);
    expect(damaged).toHaveLength(60);
    for (const code of damaged) expectRefused(code, ['checksum', 'too-short', 'unknown-format']);
  });

  it('refuses codes with one or two characters changed, inserted, dropped or swapped (170)', () => {
    let n = 0;
    for (const code of codes) {
      for (let i = 1; i < code.length; i += Math.max(1, Math.floor(code.length / 10))) {
        expectRefused(code.slice(0, i) + other(code[i]!, i) + code.slice(i + 1), ['checksum']);
        n++;
      }
      const mid = code.length >> 1;
      expectRefused(`${code.slice(0, mid)}7${code.slice(mid)}`, ['checksum']);
      expectRefused(code.slice(0, mid) + code.slice(mid + 1), ['checksum']);
      const j = [...code].findIndex((ch, k) => k > 0 && code[k + 1] !== undefined && ch !== code[k + 1]);
      expectRefused(code.slice(0, j) + code[j + 1] + code[j] + code.slice(j + 2), ['checksum']);
      expectRefused(other(code[2]!, 3) + code.slice(1, 2) + other(code[2]!, 5) + code.slice(3), [
        'checksum',
        'unknown-format',
      ]);
      n += 4;
    }
    expect(n).toBeGreaterThanOrEqual(130);
  });

  it('refuses other format versions even with a correct checksum (30)', () => {
    // Formats 1 and 2 are read (2 names the vehicle); 0, 3 and Z are not formats.
    for (const code of codes) {
      for (const v of ['0', '3', 'Z'])
        expectRefused(sealCode(v + code.slice(1, -CHECK_CHARS)), ['unknown-format']);
    }
  });

  it('refuses a code made with a price list this app does not have (10)', () => {
    for (const code of codes) {
      const body = code.slice(0, -CHECK_CHARS);
      const forged = body[0]! + other(body[1]!, 7) + body.slice(2);
      expectRefused(sealCode(forged), ['unknown-price-list']);
    }
  });

  it('refuses valid checksums over configurations the rules or the schema refuse (12)', () => {
    const table = tableOf(catalog);
    const invalid: Configuration[] = [
      base({ accessories: ['roof-box'] }),
      base({ wheel: 'aero-19' }),
      base({ caliper: 'caliper-yellow' }),
      base({ tint: { 'front-sides': 'tint-20' } }),
      base({ vehicle: 'other-car' }),
      base({ wrap: { film: 'no-such-film' } }),
      base({ wrap: { artwork: { ref: 'a.png', film: 'gloss-red', zones: ['hood'] } } }),
      base({ financing: { plan: 'fin-zero-24', termMonths: 7, downPaymentPercent: 50 } }),
      base({ financing: { plan: 'fin-zero-24', termMonths: 24, downPaymentPercent: 1 } }),
      base({ promotionCodes: ['NOPE99'] }),
      base({ accessories: ['tow-bar'] }),
      base({ trim: '-bad--id' as string }),
    ];
    for (const c of invalid) expectRefused(encodeWithTable(c, table), ['invalid-configuration']);
  });

  it('refuses positions past the end of a list, bad padding and trailing data (3)', () => {
    const table = tableOf(catalog);
    const w = new BitWriter();
    w.write(table.fingerprint, FINGERPRINT_BITS);
    w.write(0, widthFor(table.lists.vehicle.length));
    const width = widthFor(table.lists.trim.length);
    w.write(2 ** width - 1, width);
    for (let i = 0; i < 20; i++) w.write(0, 1);
    expectRefused(sealCode(`1${bitsToBase32(w.toBits())}`), ['malformed']);
    const good = encodeConfigurationCode(base(), catalog);
    expectRefused(sealCode(`${good.slice(0, -CHECK_CHARS)}00`), ['malformed']);
    const body = good.slice(0, -CHECK_CHARS);
    const last = CROCKFORD.indexOf(body.at(-1)!);
    expectRefused(sealCode(body.slice(0, -1) + CROCKFORD[last | 1]), ['malformed', 'invalid-configuration']);
  });

  it('refuses empty input and characters that cannot be in a code (6)', () => {
    for (const bad of ['', '   ', '1YZ!X', '1YZUX', '1YZ中X', 'https://x/1YZX'])
      expectRefused(bad, ['empty', 'bad-character']);
  });

  it('never turns random bits with a valid checksum into a car the rules refuse', () => {
    const fp = tableOf(catalog).fingerprint;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 40 }), (tail) => {
        const w = new BitWriter();
        w.write(fp, FINGERPRINT_BITS);
        const code = sealCode(`1${bitsToBase32(w.toBits())}${tail.map((v) => CROCKFORD[v]).join('')}`);
        const r = decode(code);
        if (r.ok) expect(evaluateRules(catalog, r.configuration, { zones, date: DATE }).valid).toBe(true);
        else expect(messageText(r.error.message).length).toBeGreaterThan(20);
        corpus.add('random bits with a valid checksum');
      }),
      { numRuns: 500 },
    );
  });
});
