import { readFile, writeFile } from 'node:fs/promises';
import { messagesText } from '@contract/i18n';
import { isCalendarDate } from '@domain/catalog/common';
import { jsonPath } from '@domain/catalog/validate';
import { Configuration, configurationJsonSchema } from '@domain/configuration';
import { priceQuote } from '@domain/pricing/quote';
import { DEFAULT_CATALOG_DIR, loadCatalog, loadZoneTable } from '@services/catalog/load';
import { problemLine, problemsAsText } from '@services/catalog/problems';
import type { z } from 'zod';
import { parseCommandArgs } from './args';
import { COMPARE_USAGE, compareCommand } from './compare';
import { DRAFT_COMMANDS, DRAFT_USAGE } from './drafts';
import { cliJson } from './json';
import { loadPricingData } from './pricing-data';
import type { CliResult } from './result';
import { onLibraryCar, VEHICLE_OPTIONS } from './vehicle-option';
import { importVehicleCommand, VEHICLE_USAGE, vehiclesCommand } from './vehicles';

export type { CliResult } from './result';

/** Usage text. */
export const USAGE = [
  'usage:',
  '  cli validate-catalog [dir]',
  `  cli quote <configuration.json> [--catalog dir] [--store id] [--date YYYY-MM-DD] ${VEHICLE_OPTIONS}`,
  COMPARE_USAGE,
  '  cli schema [--out docs/schema/configuration.schema.json]',
  ...DRAFT_USAGE,
  ...VEHICLE_USAGE,
].join('\n');

const fail = (message: string, code = 1): CliResult => ({ code, stderr: `error: ${message}` });

/** Runs one command. */
export async function runCli(argv: readonly string[]): Promise<CliResult> {
  const [command, ...rest] = argv;
  if (command === 'validate-catalog') return validateCommand(rest);
  if (command === 'quote') return quoteCommand(rest);
  if (command === 'compare') return compareCommand(rest);
  if (command === 'schema') return schemaCommand(rest);
  if (command === 'import-vehicle') return importVehicleCommand(rest);
  if (command === 'vehicles') return vehiclesCommand(rest);
  if (command !== undefined && Object.hasOwn(DRAFT_COMMANDS, command)) return DRAFT_COMMANDS[command]!(rest);
  if (command === undefined || command === '--help' || command === '-h')
    return { code: command ? 0 : 2, stderr: USAGE };
  return fail(
    `unknown command "${command}"; use validate-catalog, quote, compare, schema, import-vehicle or vehicles`,
    2,
  );
}

async function validateCommand(args: readonly string[]): Promise<CliResult> {
  if (args.length > 1)
    return fail(`validate-catalog takes at most one directory, got ${args.length} arguments`, 2);
  const dir = args[0] ?? DEFAULT_CATALOG_DIR;
  const result = await loadCatalog(dir);
  if (!result.ok) {
    return {
      code: 1,
      stdout: JSON.stringify({ ok: false, dir, errors: problemsAsText(result.errors) }, null, 2),
      stderr: `error: catalog ${dir} has ${result.errors.length} problem(s); first: ${problemLine(result.errors[0]!)}`,
    };
  }
  const zones = await loadZoneTable(dir);
  if (!zones.ok) {
    return {
      code: 1,
      stdout: JSON.stringify({ ok: false, dir, errors: problemsAsText(zones.errors) }, null, 2),
      stderr: `error: zone table: ${problemLine(zones.errors[0]!)}`,
    };
  }
  const c = result.catalog;
  return {
    code: 0,
    stdout: JSON.stringify(
      { ok: true, dir, priceList: c.priceList, items: c.index.size, rules: c.rules.length },
      null,
      2,
    ),
  };
}

async function quoteCommand(args: readonly string[]): Promise<CliResult> {
  const parsed = parseCommandArgs(args, ['catalog', 'store', 'date', 'vehicle', 'data']);
  if (typeof parsed === 'string') return fail(parsed, 2);
  const [file, ...extra] = parsed.positional;
  if (file === undefined) return fail('quote needs a configuration file: cli quote <configuration.json>', 2);
  if (extra.length > 0) return fail(`unexpected argument "${extra[0]}"`, 2);
  const date = parsed.options.get('date') ?? new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(date)) return fail(`bad --date "${date}": expected a real date written YYYY-MM-DD`, 2);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(
      code === 'ENOENT'
        ? `configuration file not found: ${file}`
        : `cannot read ${file}: ${code ?? String(e)}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail(`bad JSON in ${file}: ${(e as Error).message}`);
  }
  const config = Configuration.safeParse(json);
  if (!config.success) return fail(`invalid configuration ${file}: ${describeIssue(config.error)}`);
  const dir = parsed.options.get('catalog') ?? DEFAULT_CATALOG_DIR;
  const data = await loadPricingData(dir);
  if (typeof data === 'string') return fail(data);
  const { catalog } = data;
  const on = await onLibraryCar(catalog, config.data, {
    vehicle: parsed.options.get('vehicle'),
    data: parsed.options.get('data'),
  });
  if (typeof on === 'string') return fail(on);
  const store = parsed.options.get('store');
  const result = priceQuote(catalog, on.configuration, {
    date,
    zones: on.car?.zones ?? data.zones,
    ...(on.car ? { vehicle: on.car.vehicle } : {}),
    ...(store ? { store } : {}),
  });
  if (!result.ok) {
    const reasons = messagesText(result.reasons);
    return { code: 1, stdout: cliJson(result), stderr: `error: quote refused: ${reasons}` };
  }
  return { code: 0, stdout: cliJson(result.quote) };
}

/** Prints (or writes) the configuration JSON schema; docs/schema/ holds the committed copy. */
async function schemaCommand(args: readonly string[]): Promise<CliResult> {
  const parsed = parseCommandArgs(args, ['out']);
  if (typeof parsed === 'string') return fail(parsed, 2);
  if (parsed.positional.length > 0) return fail(`unexpected argument "${parsed.positional[0]}"`, 2);
  const text = `${JSON.stringify(configurationJsonSchema(), null, 2)}\n`;
  const out = parsed.options.get('out');
  if (out === undefined) return { code: 0, stdout: text.trimEnd() };
  try {
    await writeFile(out, text, 'utf8');
  } catch (e) {
    return fail(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return { code: 0, stderr: `wrote ${out}` };
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const more = error.issues.length > 1 ? ` (+${error.issues.length - 1} more)` : '';
  return `${jsonPath('$', issue.path)}: ${issue.message}${more}`;
}
