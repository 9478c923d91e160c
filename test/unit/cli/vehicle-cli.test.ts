import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '@cli/run';
import { verifyDraftText } from '@domain/drafts/verify';
import { materialFen } from '@domain/pricing/lines';
import type { Quote } from '@domain/pricing/types';
import { afterAll, describe, expect, it } from 'vitest';
import { writeLibraryVehicle } from '../../support/library-vehicle';

const tmp = mkdtempSync(path.join(tmpdir(), 'vehicle-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const data = path.join(tmp, 'data');
const ROMA = writeLibraryVehicle(data, 11.0725).id;

function configFile(name: string, c: Record<string, unknown>): string {
  const file = path.join(tmp, name);
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, store: 'sh-xuhui-wrap', ...c }));
  return file;
}

describe('cli quote and export-draft on library cars', () => {
  const cut = writeLibraryVehicle(data, 9);
  writeFileSync(cut.file, '{"schemaVersion":1,"id":');

  it('quote --vehicle prices the wrap from that car’s measured body area', async () => {
    const file = configFile('wrap.json', { wrap: { film: 'gloss-red' }, accessories: ['roof-rails'] });
    const r = await runCli(['quote', file, '--vehicle', ROMA, '--data', data, '--date', '2026-11-22']);
    expect(r.stderr).toBeUndefined();
    expect(r.code).toBe(0);
    const q = JSON.parse(r.stdout!) as Quote;
    expect(q.vehicle).toEqual({ id: ROMA, modelSha256: ROMA, kind: 'service' });
    const material = q.lines.find((l) => l.category === 'wrap' && l.kind === 'material')!;
    expect(material.basis?.areaM2).toBe(11.0725);
    expect(material.amountFen).toBe(
      materialFen(11.0725, material.basis!.wasteFactor!, material.basis!.pricePerM2Fen!),
    );
    expect(q.lines.some((l) => l.category === 'vehicle')).toBe(false);
    expect(q.purchaseTax.status).toBe('not-estimated');
  });

  it('a configuration that names a library car is priced on it without --vehicle; a tow bar has no mount', async () => {
    const file = configFile('named.json', {
      vehicle: { id: ROMA, modelSha256: ROMA },
      wrap: { film: 'gloss-red' },
      accessories: ['tow-bar'],
    });
    const r = await runCli(['quote', file, '--data', data, '--date', '2026-11-22']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'error: quote refused: Roma coupe has no tow bar mount, so Tow bar cannot be fitted',
    );
  });

  it('a car not in the library, or a damaged entry, is a clear error', async () => {
    const file = configFile('plain.json', { wrap: { film: 'gloss-red' } });
    const missing = await runCli(['quote', file, '--vehicle', 'ab'.repeat(32), '--data', data]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`is not in the vehicle library at ${path.join(data, 'vehicles')}`);
    expect(missing.stderr).toContain('Roma coupe');
    const damaged = await runCli(['quote', file, '--vehicle', cut.id, '--data', data]);
    expect(damaged.stderr).toMatch(/its entry is damaged/);
  });

  it('export-draft --vehicle writes a verifying draft naming the car, and a work order with its body area', async () => {
    const file = configFile('draft.json', { wrap: { film: 'satin-black' }, ppf: 'ppf-full-body-gloss' });
    const out = path.join(tmp, 'out');
    const r = await runCli([
      'export-draft',
      file,
      '--out',
      out,
      '--no-pdf',
      '--date',
      '2026-11-22',
      '--vehicle',
      ROMA,
      '--data',
      data,
    ]);
    expect(r.stderr).toBeUndefined();
    const result = JSON.parse(r.stdout!) as { draft: string; workOrder: string; configurationCode: string };
    const text = readFileSync(result.draft, 'utf8');
    expect(verifyDraftText(text).ok).toBe(true);
    const draft = JSON.parse(text);
    expect(draft.vehicle).toEqual({
      id: ROMA,
      name: { zh: 'Roma coupe', en: 'Roma coupe' },
      modelSha256: ROMA,
      kind: 'service',
    });
    expect(draft.configuration.vehicle).toEqual({ id: ROMA, modelSha256: ROMA });
    const order = JSON.parse(readFileSync(result.workOrder, 'utf8'));
    expect(order.body.areaM2).toBe(11.0725);
    expect(order.body.films.map((f: { item: string }) => f.item)).toEqual([
      'satin-black',
      'ppf-full-body-gloss',
    ]);
    const decoded = await runCli([
      'decode-code',
      result.configurationCode,
      '--date',
      '2026-11-22',
      '--data',
      data,
    ]);
    expect(JSON.parse(decoded.stdout!).configuration).toEqual(draft.configuration);
    const elsewhere = await runCli([
      'decode-code',
      result.configurationCode,
      '--date',
      '2026-11-22',
      '--data',
      path.join(tmp, 'empty'),
    ]);
    expect(elsewhere.code).toBe(1);
    const details = JSON.parse(elsewhere.stdout!).error;
    expect(details.reason).toBe('vehicle-not-in-shop');
    expect(details.text.map((l: { en: string }) => l.en)).toContain('Full wrap: Satin Night Black');
  });
});
