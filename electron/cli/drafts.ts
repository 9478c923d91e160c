import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { RefusedError } from '@contract/result';
import type { Catalog } from '@domain/catalog/catalog';
import { isCalendarDate } from '@domain/catalog/common';
import { CATALOG_FILES } from '@domain/catalog/schema';
import { tableOf } from '@domain/code/decode';
import { Configuration } from '@domain/configuration';
import { shopDate } from '@domain/drafts/dates';
import { orderDraftJsonSchema } from '@domain/drafts/schema';
import { loadCatalogState } from '@services/catalog/catalog-service';
import { DEFAULT_CATALOG_DIR } from '@services/catalog/load';
import { problemsSummary } from '@services/catalog/problems';
import { DraftService, type PdfPrinter } from '@services/drafts/drafts-service';
import { chromiumPrinter } from '@services/printing/pdf-chromium';
import { type CommandArgs, parseCommandArgs } from './args';
import { cliJson } from './json';
import type { CliResult } from './result';
import { dataFolder, libraryOf, onLibraryCar, VEHICLE_OPTIONS } from './vehicle-option';

/** Usage lines of the draft commands. */
export const DRAFT_USAGE = [
  `  cli export-draft <configuration.json> --out <dir> [--language zh|en] [--no-pdf] [--catalog dir] [--date YYYY-MM-DD] ${VEHICLE_OPTIONS}`,
  '  cli decode-code <code> [--catalog dir] [--date YYYY-MM-DD] [--data <data folder>]',
  '  cli archive-catalog [--catalog dir]',
  '  cli draft-schema [--out docs/schema/order-draft.schema.json]',
];

const fail = (message: string, code = 1): CliResult => ({ code, stderr: `error: ${message}` });

async function serviceFor(
  p: CommandArgs,
  dataDir: string,
): Promise<{ service: DraftService; catalog: Catalog; close: () => Promise<void> } | string> {
  const dir = p.options.get('catalog') ?? DEFAULT_CATALOG_DIR;
  const date = p.options.get('date') ?? shopDate();
  if (!isCalendarDate(date)) return `bad --date "${date}": expected a real date written YYYY-MM-DD`;
  const state = await loadCatalogState(dir);
  if (!state.ok) {
    return `catalog ${dir} is invalid (${problemsSummary(state.errors)}); run validate-catalog`;
  }
  const pkg = JSON.parse(await readFile('package.json', 'utf8').catch(() => '{"version":"0.0.0"}')) as {
    version: string;
  };
  let printer: PdfPrinter | undefined;
  const service: DraftService = new DraftService({
    dataDir,
    appVersion: pkg.version,
    storeId: '',
    today: () => date,
    catalog: () => state,
    archiveDir: join(dir, 'archive'),
    vehicles: () => libraryOf(dataFolder(p.options.get('data')), state.catalog),
    printer: async () => {
      printer ??= chromiumPrinter({
        rendererDir: resolve('out', 'renderer'),
        api: async (channel, payload) => {
          const id = (payload as { id: string }).id;
          return channel === 'workorder:get' ? service.workOrder(id) : service.get(id);
        },
      });
      return printer;
    },
  });
  return { service, catalog: state.catalog, close: async () => printer?.close?.() };
}

/** `export-draft`: prices a configuration file and writes the draft, its work order and PDF quote under --out. */
export async function exportDraftCommand(args: readonly string[]): Promise<CliResult> {
  const p = parseCommandArgs(args, ['out', 'language', 'catalog', 'date', 'vehicle', 'data'], ['no-pdf']);
  if (typeof p === 'string') return fail(p, 2);
  const [file, ...extra] = p.positional;
  const out = p.options.get('out');
  if (file === undefined || out === undefined)
    return fail('usage: cli export-draft <configuration.json> --out <dir>', 2);
  if (extra.length > 0) return fail(`unexpected argument "${extra[0]}"`, 2);
  const language = p.options.get('language') ?? 'zh';
  if (language !== 'zh' && language !== 'en') return fail(`bad --language "${language}": use zh or en`, 2);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(
      code === 'ENOENT'
        ? `configuration file not found: ${file}`
        : `cannot read ${file}: ${(e as Error).message}`,
    );
  }
  const config = Configuration.safeParse(json);
  if (!config.success) {
    const i = config.error.issues[0]!;
    return fail(`invalid configuration ${file}: $.${i.path.join('.')}: ${i.message}`);
  }
  if (!config.data.store) return fail(`configuration ${file} names no store; add "store": "<store id>"`);
  const pdf = !p.flags.has('no-pdf');
  if (pdf && !existsSync(resolve('out', 'renderer', 'quote.html'))) {
    return fail('the quote page is not built: run `npx electron-vite build` first, or pass --no-pdf');
  }
  const made = await serviceFor(p, out);
  if (typeof made === 'string') return fail(made);
  const { service } = made;
  try {
    const on = await onLibraryCar(made.catalog, config.data, {
      vehicle: p.options.get('vehicle'),
      data: p.options.get('data'),
    });
    if (typeof on === 'string') return fail(on);
    const saved = await service.save({ configuration: on.configuration });
    const workOrderFile = join(service.store.dir, `${saved.id}.workorder.json`);
    await writeFile(workOrderFile, `${JSON.stringify(await service.workOrder(saved.id), null, 2)}\n`);
    const result: Record<string, unknown> = {
      ok: true,
      draft: saved.file,
      workOrder: workOrderFile,
      id: saved.id,
      configurationCode: saved.configurationCode,
      totalFen: saved.totalFen,
    };
    if (pdf) result.pdf = (await service.pdf(saved.id, language)).file;
    return { code: 0, stdout: cliJson(result) };
  } catch (e) {
    if (e instanceof RefusedError) return fail(e.message);
    throw e;
  } finally {
    await made.close();
  }
}

/** `decode-code`: prints the configuration a code restores (and what changed), or why it is refused. */
export async function decodeCodeCommand(args: readonly string[]): Promise<CliResult> {
  const p = parseCommandArgs(args, ['catalog', 'date', 'data']);
  if (typeof p === 'string') return fail(p, 2);
  if (p.positional.length !== 1) return fail('usage: cli decode-code <code>', 2);
  const made = await serviceFor(p, '.');
  if (typeof made === 'string') return fail(made);
  try {
    return { code: 0, stdout: cliJson(await made.service.decode(p.positional[0]!)) };
  } catch (e) {
    if (e instanceof RefusedError)
      return {
        code: 1,
        stdout: cliJson({ ok: false, error: e.details }),
        stderr: `error: ${e.message}`,
      };
    throw e;
  }
}

/** `archive-catalog`: keeps a copy of the current catalog so codes made with it still decode after it changes. */
export async function archiveCatalogCommand(args: readonly string[]): Promise<CliResult> {
  const p = parseCommandArgs(args, ['catalog']);
  if (typeof p === 'string') return fail(p, 2);
  const dir = p.options.get('catalog') ?? DEFAULT_CATALOG_DIR;
  const state = await loadCatalogState(dir);
  if (!state.ok) return fail(`catalog ${dir} is invalid; run validate-catalog`);
  const table = tableOf(state.catalog);
  const name = `${state.catalog.priceList.version}-${table.fingerprint.toString(16).padStart(5, '0')}.json`;
  const target = join(dir, 'archive', name);
  if (existsSync(target))
    return { code: 0, stdout: JSON.stringify({ ok: true, archived: target, existed: true }) };
  const raw: Record<string, unknown> = {};
  for (const f of CATALOG_FILES) raw[f] = JSON.parse(await readFile(join(dir, f), 'utf8'));
  await mkdir(join(dir, 'archive'), { recursive: true });
  await writeFile(target, `${JSON.stringify(raw)}\n`, { flag: 'wx' });
  return { code: 0, stdout: JSON.stringify({ ok: true, archived: target, existed: false }) };
}

/** `draft-schema`: prints or writes the order draft JSON Schema. */
export async function draftSchemaCommand(args: readonly string[]): Promise<CliResult> {
  const p = parseCommandArgs(args, ['out']);
  if (typeof p === 'string') return fail(p, 2);
  const text = `${JSON.stringify(orderDraftJsonSchema(), null, 2)}\n`;
  const out = p.options.get('out');
  if (!out) return { code: 0, stdout: text.trimEnd() };
  await writeFile(out, text);
  return { code: 0, stdout: JSON.stringify({ ok: true, written: out }) };
}

/** The draft commands by name, for the CLI's dispatcher. */
export const DRAFT_COMMANDS: Record<string, (args: readonly string[]) => Promise<CliResult>> = {
  'export-draft': exportDraftCommand,
  'decode-code': decodeCodeCommand,
  'archive-catalog': archiveCatalogCommand,
  'draft-schema': draftSchemaCommand,
};
