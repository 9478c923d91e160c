/**
 * Catalog problems as domain messages (`domain.catalog.…`), so the CLI, the logs and the page's catalog error
 * show them through the one translation mechanism. The schemas' own words come from the same sentences.
 */
import type { z } from 'zod';
import { type Message, type MessageKey, msg } from '../messages/message';
import { wording } from '../messages/wording';

const SAID = new Map<string, Message>();

type SchemaKey = Extract<MessageKey, `catalog.schema.${string}`>;

/**
 * A schema's words for a problem (`{ error: says('catalog.schema.id') }`): the English sentence of `domain.json`,
 * which zod reports to every other reader, remembered so `issueMessage` gives the catalog's reader the key.
 */
export function says(key: SchemaKey, values: Record<string, string | number> = {}): string {
  const text = wording(key, values).en;
  SAID.set(text, msg(key, values));
  return text;
}

const list = (items: readonly unknown[]) => items.map(String).join(', ');

/** What a JSON value is, in zod's words (the input is on the issue when parsed with `reportInput`). */
const kindOf = (v: unknown): string =>
  v === undefined ? 'nothing' : v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;

/**
 * One zod issue as a message: the schema's own words by key, else zod's issue code with its figures (parse with
 * `reportInput: true` so a wrong type can say what it found).
 */
export function issueMessage(issue: z.core.$ZodIssue): Message {
  const said = SAID.get(issue.message);
  if (said) return said;
  switch (issue.code) {
    case 'invalid_type':
      return msg('catalog.schema.invalidType', { expected: issue.expected, received: kindOf(issue.input) });
    case 'unrecognized_keys':
      return msg('catalog.schema.unrecognizedKeys', { keys: list(issue.keys) });
    case 'too_small':
      return msg('catalog.schema.tooSmall', { minimum: String(issue.minimum) });
    case 'too_big':
      return msg('catalog.schema.tooBig', { maximum: String(issue.maximum) });
    case 'invalid_value':
      return msg('catalog.schema.invalidValue', { values: list(issue.values) });
    case 'invalid_union':
      return msg('catalog.schema.invalidUnion');
    default:
      return msg('catalog.other', { detail: issue.message });
  }
}
