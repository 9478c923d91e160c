/**
 * Every response has a real schema, and every handler answers inside it:
 * - statically, no response schema in the contract is (or contains) z.custom, z.any or z.unknown;
 * - at run time, one realistic session drives every channel through the dispatcher (Electron runtime, so the
 *   dialog channels answer) and each successful answer is parsed against its channel's response schema, as
 *   the page does (renderer/src/api.ts). `bootMain` checks the same in every other handler test.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contract } from '@contract/contract';
import type { ApiResult } from '@contract/result';
import type { Configuration } from '@domain/configuration';
import type { Dispatcher } from '@services/app/dispatch';
import type { PdfPrinter } from '@services/drafts/drafts-service';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bootMain } from '../../../support/main';
import { passThroughImport } from '../../../support/pass-through-import';
import { CHECKED_CHANNELS } from '../../../support/responses';
import { carGlb } from '../../../support/vehicle-library';
import { pngBytes } from '../../artwork/samples';
import { SHOP_CONFIGURATION } from '../../drafts/fixtures';

/** Zod types that check nothing: a response built from one is not a schema. */
const UNCHECKED = new Set(['custom', 'any', 'unknown']);

/** Paths (channel.field…) inside a schema where an unchecked type sits. */
function uncheckedParts(schema: z.core.$ZodType, path: string, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  if (UNCHECKED.has(def.type)) return [`${path} (z.${def.type})`];
  const child = (s: unknown, p: string) => (s ? uncheckedParts(s as z.core.$ZodType, p, seen) : []);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, s]) =>
        child(s, `${path}.${k}`),
      );
    case 'array':
      return child(def.element, `${path}[]`);
    case 'union':
      return (def.options as unknown[]).flatMap((s, i) => child(s, `${path}|${i}`));
    case 'intersection':
      return [...child(def.left, path), ...child(def.right, path)];
    case 'record':
      return [...child(def.keyType, `${path}{key}`), ...child(def.valueType, `${path}{}`)];
    case 'tuple':
      return [
        ...(def.items as unknown[]).flatMap((s, i) => child(s, `${path}[${i}]`)),
        ...child(def.rest, `${path}[...]`),
      ];
    case 'pipe':
      return [...child(def.in, path), ...child(def.out, path)];
    case 'lazy':
      return child((def.getter as () => unknown)(), path);
    default:
      // optional, nullable, default, readonly, catch, nonoptional wrap one inner type; leaves have none.
      return child(def.innerType, path);
  }
}

describe('the contract', () => {
  it('gives every channel a real response schema: no z.custom, z.any or z.unknown anywhere in one', () => {
    const unchecked = Object.entries(contract).flatMap(([channel, { response }]) =>
      uncheckedParts(response, channel),
    );
    expect(unchecked, 'declare these answers with real schemas (electron/contract/schemas/)').toEqual([]);
  });

  it('finds an unchecked part wherever it hides (the check itself can fail)', () => {
    const hidden = z.object({
      ok: z.literal(true),
      rows: z.array(z.union([z.string(), z.custom<number>()])),
    });
    expect(uncheckedParts(hidden, 'x')).toEqual(['x.rows[]|1 (z.custom)']);
    expect(uncheckedParts(z.object({ a: z.any().optional() }), 'y')).toEqual(['y.a (z.any)']);
  });
});

describe('every channel answers inside its response schema in a realistic session', () => {
  let dispatch: Dispatcher;
  let dataDir: string;
  const ctx = { transport: 'ipc', caller: 'ipc:1' } as const;

  async function value<T>(channel: string, payload: unknown): Promise<T> {
    const r = (await dispatch(channel, payload, ctx)) as ApiResult<T>;
    if (!r.ok) throw new Error(`${channel}: ${r.error.code}: ${r.error.message}`);
    return r.value;
  }

  beforeAll(async () => {
    // The Electron runtime's native dialogs and hidden-window printer, standing in for the person and the
    // window: the dialogs choose real files; the printer asks for what the print page asks for (through the
    // dispatcher, as the page does over IPC) and hands back a one-page PDF.
    const printer: PdfPrinter = async ({ id, document }) => {
      const channel =
        document === 'comparison'
          ? 'compare:sheet'
          : document === 'workorder'
            ? 'workorder:get'
            : 'draft:get';
      await value(channel, { id });
      return Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    };
    const boot = await bootMain('response-schemas', {
      runtime: 'electron',
      dialogs: {
        openImage: async () => join(dataDir, 'picked.png'),
        saveFile: async (name) => join(dataDir, name),
      },
      printer: async () => printer,
      // The answers' shapes are under test, not the import pipeline (test/unit/vehicles): store the glb as given.
      importVehicle: passThroughImport,
    });
    dispatch = boot.dispatch;
    dataDir = boot.services.dataDir;
    writeFileSync(join(dataDir, 'picked.png'), pngBytes(8, 6));
    CHECKED_CHANNELS.clear();
  });

  it('drives all channels; each answer parses', async () => {
    const configuration = SHOP_CONFIGURATION;
    const other: Configuration = { ...configuration, wrap: { film: 'satin-black' } };
    await value('app:info', {});
    await value('catalog:get', {});
    await value('rules:evaluate', { configuration });
    await value('rules:apply', { configuration, choice: { kind: 'film', id: 'satin-black' } });
    await value('quote:price', { configuration });
    await value('quote:compare', { a: configuration, b: other });
    await value('kiosk:exit', { pin: '1234' });
    await value('kiosk:staff', { pin: '1234' });
    await value('kiosk:reset', {});
    await value('log:report', { level: 'warn', message: 'a page warning', source: 'test' });
    const saved = await value<{ id: string; configurationCode: string }>('draft:save', {
      configuration,
      customer: { name: '韩梅梅', mobile: '15012345678' },
      pickup: { store: 'sz-nanshan-wrap', date: '2026-12-20' },
      carImagePng: `data:image/png;base64,${pngBytes(4, 3).toString('base64')}`,
    });
    await value('draft:list', {});
    await value('draft:get', { id: saved.id });
    await value('draft:open', { id: saved.id });
    const copy = await value<{ id: string }>('draft:duplicate', { id: saved.id });
    await value('workorder:get', { id: saved.id });
    await value('draft:pdf', { id: saved.id, language: 'zh' });
    await value('draft:pdf', { id: saved.id, language: 'en', document: 'workorder' });
    await value('compare:pdf', { a: configuration, b: other, language: 'en' });
    await value('code:encode', { configuration });
    await value('code:decode', { code: saved.configurationCode });
    await value('draft:delete', { id: copy.id });
    // The artwork folder with one usable file and one that is refused (with its reason).
    const folder = join(dataDir, 'artwork');
    const imported = await value<{ name: string }>('artwork:import', {
      name: 'livery.png',
      dataBase64: pngBytes(16, 8).toString('base64'),
    });
    writeFileSync(join(folder, 'notes.png'), 'not an image');
    const listed = await value<{ refused?: unknown[] }>('artwork:list', {});
    expect(listed.refused?.length).toBe(1);
    await value('artwork:read', { name: imported.name });
    await value('artwork:pick', {});
    await value('artwork:template', { zone: 'hood', format: 'svg' });
    await value('file:save', { fileName: 'hood.svg', mime: 'image/svg+xml', dataBase64: 'PHN2Zy8+' });
    // The vehicle library: a car imported, read, renamed, given a picture and removed.
    const glb = Buffer.from(await carGlb({ seed: 3 })).toString('base64');
    const car = await value<{ summary: { id: string } }>('vehicle:import', {
      importId: 'schemas-1',
      files: [{ name: 'car.glb', dataBase64: glb }],
    });
    await value('vehicle:list', {});
    await value('vehicle:get', { id: car.summary.id });
    await value('vehicle:update', { id: car.summary.id, name: 'Customer car' });
    await value('vehicle:thumbnail', { id: car.summary.id, pngBase64: pngBytes(8, 6).toString('base64') });
    await value('vehicle:import-cancel', { importId: 'none-running' });
    await value('vehicle:remove', { id: car.summary.id });

    expect([...CHECKED_CHANNELS].sort()).toEqual(Object.keys(contract).sort());
  }, 120_000);
});
