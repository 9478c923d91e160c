import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sentences from '@domain/vehicle/vehicles.json';
import { describe, expect, it } from 'vitest';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
const SOURCE = join(__dirname, '../../../electron/services/vehicles/import');

describe('vehicle import sentences in both languages', () => {
  it('Chinese and English have the same keys, none empty, with the same placeholders', () => {
    const en = sentences.en.import as Record<string, string>;
    const zh = sentences['zh-CN'].import as Record<string, string>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(text.trim(), key).not.toBe('');
      expect(zh[key], key).toMatch(/[\u4e00-\u9fff]/);
      expect(placeholders(zh[key]!), key).toEqual(placeholders(text));
    }
  });

  it('every sentence key the import code names exists', () => {
    const en = sentences.en.import as Record<string, string>;
    const code = readdirSync(SOURCE)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(SOURCE, f), 'utf8'))
      .join('\n');
    const literal = [...code.matchAll(/'import\.(\w+)'/g)].map((m) => m[1]!);
    const built = [...code.matchAll(/`import\.(\w+)\$\{kind\}`/g)].flatMap((m) => [
      `${m[1]}Nodes`,
      `${m[1]}Meshes`,
    ]);
    expect(literal.length).toBeGreaterThan(40);
    for (const key of [...literal, ...built]) expect(en, key).toHaveProperty(key);
  });
});
