import { readFile } from 'node:fs/promises';
import { messagesText } from '@contract/i18n';
import { isCalendarDate } from '@domain/catalog/common';
import { jsonPath } from '@domain/catalog/validate';
import { Configuration } from '@domain/configuration';
import { shopDate } from '@domain/drafts/dates';
import { compareResults } from '@domain/pricing/compare';
import { priceQuote } from '@domain/pricing/quote';
import { DEFAULT_CATALOG_DIR } from '@services/catalog/load';
import { parseCommandArgs } from './args';
import { cliJson } from './json';
import { loadPricingData } from './pricing-data';
import type { CliResult } from './result';

/** Usage line of the compare command. */
export const COMPARE_USAGE =
  '  cli compare <a.json> <b.json> [--catalog dir] [--store id] [--date YYYY-MM-DD]';

const OPTIONS = ['catalog', 'store', 'date'] as const;

const fail = (message: string, code = 1): CliResult => ({ code, stderr: `error: ${message}` });

/** Reads and validates one configuration file; a string is the one-line reason it was refused. */
async function readConfiguration(file: string, slot: 'A' | 'B'): Promise<Configuration | string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? `configuration ${slot} not found: ${file}`
      : `cannot read configuration ${slot} ${file}: ${code ?? String(e)}`;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return `bad JSON in configuration ${slot} ${file}: ${(e as Error).message}`;
  }
  const parsed = Configuration.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const more = parsed.error.issues.length > 1 ? ` (+${parsed.error.issues.length - 1} more)` : '';
  return `invalid configuration ${slot} ${file}: ${jsonPath('$', issue.path)}: ${issue.message}${more}`;
}

/**
 * `compare <a.json> <b.json>`: prices both configurations with the same date (and store, when given) and
 * prints the comparison table as JSON: per row each side's choices and amount and B − A, totals, figures.
 */
export async function compareCommand(args: readonly string[]): Promise<CliResult> {
  const parsed = parseCommandArgs(args, OPTIONS);
  if (typeof parsed === 'string') return fail(parsed, 2);
  const { positional, options } = parsed;
  const [fileA, fileB, ...extra] = positional;
  if (fileA === undefined || fileB === undefined)
    return fail('compare needs two configuration files: cli compare <a.json> <b.json>', 2);
  if (extra.length > 0) return fail(`unexpected argument "${extra[0]}"`, 2);
  const date = options.get('date') ?? shopDate();
  if (!isCalendarDate(date)) return fail(`bad --date "${date}": expected a real date written YYYY-MM-DD`, 2);
  const a = await readConfiguration(fileA, 'A');
  if (typeof a === 'string') return fail(a);
  const b = await readConfiguration(fileB, 'B');
  if (typeof b === 'string') return fail(b);
  const dir = options.get('catalog') ?? DEFAULT_CATALOG_DIR;
  const data = await loadPricingData(dir);
  if (typeof data === 'string') return fail(data);
  const { catalog, zones } = data;
  const store = options.get('store');
  const price = (configuration: Configuration) =>
    priceQuote(catalog, configuration, { date, zones, ...(store ? { store } : {}) });
  const result = compareResults(
    catalog,
    { configuration: a, result: price(a) },
    { configuration: b, result: price(b) },
  );
  if (!result.ok) {
    const why = (['a', 'b'] as const)
      .filter((s) => result.refused[s])
      .map((s) => `${s.toUpperCase()}: ${messagesText(result.refused[s]!)}`)
      .join(' | ');
    return { code: 1, stdout: cliJson(result), stderr: `error: quote refused: ${why}` };
  }
  return { code: 0, stdout: cliJson(result.comparison) };
}
