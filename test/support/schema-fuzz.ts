/**
 * Payload generators for fuzzing the contract: valid-shaped values built from a channel's JSON Schema
 * (`z.toJSONSchema` of its zod request schema), and mutations of them (a field dropped, retyped, replaced
 * by something hostile, an unknown key added). Valid-shaped payloads get past the schema into the
 * handlers; mutated ones probe the edges the schema and the handlers share.
 */
import fc from 'fast-check';

/** The subset of JSON Schema (draft 2020-12) zod 4 writes for the contract's request schemas. */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: boolean | JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
}

/** What the generator draws on besides the schema: real values that reach deep into the handlers. */
export interface SchemaHints {
  /** Strings worth trying wherever they fit the pattern and length: catalog ids, draft ids, file names, codes. */
  words: readonly string[];
  /** A generator to offer as well for a schema position (e.g. real configurations for the configuration object). */
  special?: (schema: JsonSchema) => fc.Arbitrary<unknown> | undefined;
}

/** Longest string or array the generator makes (schemas allow 64 MiB of base64; nothing is gained by it). */
const MAX_LENGTH = 60;
const MAX_ITEMS = 4;

/** A valid-shaped value for `schema`: it passes the schema's types, patterns, bounds and required keys. */
export function fromSchema(schema: JsonSchema, hints: SchemaHints): fc.Arbitrary<unknown> {
  const own = plain(schema, hints);
  const special = hints.special?.(schema);
  return special ? fc.oneof({ arbitrary: special, weight: 2 }, { arbitrary: own, weight: 1 }) : own;
}

function plain(schema: JsonSchema, hints: SchemaHints): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.oneOf ?? schema.anyOf;
  if (options) return fc.oneof(...options.map((s) => fromSchema(s, hints)));
  switch (schema.type) {
    case 'string':
      return stringFor(schema, hints.words);
    case 'number':
    case 'integer':
      return numberFor(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return arrayFor(schema, hints);
    case 'object':
      return objectFor(schema, hints);
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

function stringFor(schema: JsonSchema, words: readonly string[]): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? MAX_LENGTH, Math.max(min, MAX_LENGTH));
  const pattern = schema.pattern ? new RegExp(schema.pattern) : undefined;
  const fits = (s: string) =>
    s.length >= min && s.length <= (schema.maxLength ?? Infinity) && (!pattern || pattern.test(s));
  const known = words.filter(fits);
  const made = pattern
    ? fc.stringMatching(pattern).filter(fits)
    : fc.string({ minLength: min, maxLength: max, unit: 'grapheme' });
  return known.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, made) : made;
}

function numberFor(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.minimum ?? -1e9;
  const max = schema.maximum ?? 1e9;
  const edges = [min, max, 0, 1, -1].filter((n) => n >= min && n <= max);
  if (schema.type === 'integer')
    return fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.constantFrom(...edges));
  return fc.oneof(
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
    fc.constantFrom(...edges),
  );
}

function arrayFor(schema: JsonSchema, hints: SchemaHints): fc.Arbitrary<unknown[]> {
  if (schema.prefixItems) return fc.tuple(...schema.prefixItems.map((s) => fromSchema(s, hints)));
  const item =
    typeof schema.items === 'object' ? fromSchema(schema.items, hints) : fc.anything({ maxDepth: 1 });
  const minLength = schema.minItems ?? 0;
  return fc.array(item, {
    minLength,
    maxLength: Math.max(minLength, Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS)),
  });
}

function objectFor(schema: JsonSchema, hints: SchemaHints): fc.Arbitrary<Record<string, unknown>> {
  if (schema.properties) {
    const record = Object.fromEntries(
      Object.entries(schema.properties).map(([key, s]) => [key, fromSchema(s, hints)]),
    );
    return fc.record(record, { requiredKeys: schema.required ?? [] });
  }
  if (typeof schema.additionalProperties === 'object') {
    const key = schema.propertyNames
      ? (stringFor(schema.propertyNames, hints.words) as fc.Arbitrary<string>)
      : fc.string({ maxLength: 20 });
    return fc.dictionary(key, fromSchema(schema.additionalProperties, hints), { maxKeys: 3 });
  }
  return fc.constant({});
}

/** Values that break assumptions: wrong types, edge numbers, huge or odd strings, prototype keys, deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1e308,
    -1,
    2 ** 53 + 1,
    0.1,
    '',
    ' ',
    'x'.repeat(5000),
    '../../settings.json',
    'C:\\Windows\\win.ini',
    '\u0000',
    '\ud800',
    '%00',
    'constructor',
    '__proto__',
    true,
    [],
    {},
    [[[[[]]]]],
  ),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
  fc.constant(Object.assign(Object.create(null) as object, { constructor: 1, toString: 2 })),
  fc.integer({ min: 50, max: 300 }).map((depth) => {
    let v: unknown = 'leaf';
    for (let i = 0; i < depth; i++) v = i % 2 ? { v } : [v];
    return v;
  }),
  fc.string({ maxLength: 30, unit: 'binary' }),
  fc.anything({ maxDepth: 2, withNullPrototype: true }),
);

/** One change to make somewhere in a value. */
interface Mutation {
  /** Which place (an index into the value's places, modulo their count). */
  at: number;
  op: 'replace' | 'drop' | 'add-key' | 'wrap-in-array' | 'stringify' | 'duplicate-into';
  value: unknown;
  key: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom(
    'replace',
    'replace',
    'drop',
    'add-key',
    'wrap-in-array',
    'stringify',
    'duplicate-into',
  ),
  value: hostileValue,
  key: fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'extra'),
    fc.string({ maxLength: 8 }),
  ),
});

/** Every place in a value: the value itself (parent undefined) and each object key and array index below it. */
function places(value: unknown): { parent?: Record<string, unknown> | unknown[]; key?: string | number }[] {
  const out: { parent?: Record<string, unknown> | unknown[]; key?: string | number }[] = [{}];
  const walk = (v: unknown, depth: number) => {
    if (depth > 12 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v))
      v.forEach((item, i) => {
        out.push({ parent: v, key: i });
        walk(item, depth + 1);
      });
    else
      for (const [k, item] of Object.entries(v)) {
        out.push({ parent: v as Record<string, unknown>, key: k });
        walk(item, depth + 1);
      }
  };
  walk(value, 0);
  return out;
}

function applyMutation(value: unknown, m: Mutation): unknown {
  const all = places(value);
  const place = all[m.at % all.length]!;
  const current = place.parent ? (place.parent as Record<string | number, unknown>)[place.key!] : value;
  const other = all[(m.at * 7 + 3) % all.length]!;
  const elsewhere = other.parent ? (other.parent as Record<string | number, unknown>)[other.key!] : value;
  let next: unknown;
  switch (m.op) {
    case 'replace':
      next = structuredCloneSafe(m.value);
      break;
    case 'drop':
      if (place.parent && !Array.isArray(place.parent)) {
        delete place.parent[place.key as string];
        return value;
      }
      next = undefined;
      break;
    case 'add-key':
      if (current && typeof current === 'object' && !Array.isArray(current)) {
        Object.defineProperty(current, m.key, {
          value: structuredCloneSafe(m.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        return value;
      }
      next = { [m.key]: current };
      break;
    case 'wrap-in-array':
      next = [current];
      break;
    case 'stringify':
      next = typeof current === 'string' ? Number(current) : (JSON.stringify(current) ?? String(current));
      break;
    case 'duplicate-into':
      next = structuredCloneSafe(elsewhere);
      break;
  }
  if (!place.parent) return next;
  (place.parent as Record<string | number, unknown>)[place.key!] = next;
  return value;
}

/** A deep copy that survives values structuredClone refuses (it keeps the original then: mutation is in place anyway). */
function structuredCloneSafe(v: unknown): unknown {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
}

/** Values from `base` with one to three mutations applied (on a copy: `base` values stay as generated). */
export function mutated(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(base, fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([value, changes]) => changes.reduce((v, m) => applyMutation(v, m), structuredCloneSafe(value)));
}
