import { parseArgs } from 'node:util';

/** One command's arguments: file names and such in order, `--name value` options, `--flag` switches. */
export interface CommandArgs {
  positional: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

/**
 * Parses a command's arguments with `node:util` parseArgs (strict): only the named options, each written
 * `--name value` or `--name=value`, and the named switches. Anything else comes back as a one-line reason
 * that names the option and the ones the command takes.
 */
export function parseCommandArgs(
  args: readonly string[],
  valued: readonly string[],
  flags: readonly string[] = [],
): CommandArgs | string {
  const options = Object.fromEntries([
    ...valued.map((name) => [name, { type: 'string' as const }]),
    ...flags.map((name) => [name, { type: 'boolean' as const }]),
  ]);
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
    const out: CommandArgs = { positional: positionals, options: new Map(), flags: new Set() };
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === 'string') out.options.set(name, value);
      else if (value === true) out.flags.add(name);
    }
    return out;
  } catch (e) {
    return reason(e, [...valued, ...flags]);
  }
}

/** parseArgs' error, said the way the rest of the CLI says things. */
function reason(e: unknown, known: readonly string[]): string {
  const { code, message } = e as { code?: string; message: string };
  const option = /'(-{1,2}[^' =]+)/.exec(message)?.[1] ?? 'option';
  const expected = known.length ? known.map((n) => `--${n}`).join(', ') : 'no options';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}; expected ${expected}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return known.includes(option.replace(/^-+/, '')) && /missing|ambiguous/.test(message)
      ? `option ${option} needs a value`
      : `option ${option} takes no value`;
  }
  return message;
}
