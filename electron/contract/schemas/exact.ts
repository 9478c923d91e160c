import type { z } from 'zod';

/**
 * Declares that `schema` describes the type T: the compiler checks both ways (what the schema parses to is a
 * T, and every T fits the schema's input type), so a response schema cannot drift from what its handler
 * returns. A field the type has and the schema lacks is caught at run time instead (the schemas are strict and
 * the handler tests parse every response: test/unit/services/app/response-schemas.test.ts).
 * Use as `exactly<Quote>()(z.strictObject({...}))`; the result is typed as a schema of T.
 */
export function exactly<T>() {
  return <S extends z.ZodType<T>>(
    schema: S,
    ..._proof: [T] extends [z.input<S>] ? [] : ['the schema refuses some values of the type it declares']
  ): z.ZodType<T> => schema;
}
