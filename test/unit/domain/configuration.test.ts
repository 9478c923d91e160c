import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Configuration, configurationJsonSchema } from '@domain/configuration';
import { describe, expect, it } from 'vitest';

describe('Configuration', () => {
  it('accepts a compact configuration and refuses nulls, extra fields and objects instead of ids', () => {
    const ok = { schemaVersion: 1, vehicle: 'compact-ev', trim: 'standard', battery: 'buy' };
    expect(Configuration.parse(ok)).toEqual(ok);
    expect(Configuration.safeParse({ ...ok, ppf: null }).success).toBe(false);
    expect(Configuration.safeParse({ ...ok, priceFen: 1 }).success).toBe(false);
    expect(Configuration.safeParse({ ...ok, trim: { id: 'standard' } }).success).toBe(false);
    expect(Configuration.safeParse({ ...ok, battery: 'lease' }).success).toBe(false);
  });

  it('the committed JSON schema is up to date (regenerate with `npm run cli -- schema`)', () => {
    const file = path.resolve(import.meta.dirname, '../../../docs/schema/configuration.schema.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(configurationJsonSchema());
  });
});
