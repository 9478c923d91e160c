/** Default-car budgets read from the committed glb and its manifest (part of `npm run bench`). */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModelManifest } from '@domain/model/manifest';
import type { BenchRow } from './row';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAX_BYTES = 3 * 1024 * 1024;
const MAX_TRIANGLES = 150_000;

/** File size of the default car and its triangle count with every part (hidden ones included). */
export async function benchModel(): Promise<BenchRow[]> {
  const manifestPath = join(root, 'assets', 'models', 'compact-ev.manifest.json');
  const manifest = ModelManifest.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const bytes = statSync(join(dirname(manifestPath), manifest.file)).size;
  const rows: BenchRow[] = [
    {
      name: 'default car glb size',
      value: Math.round((bytes / 1024 / 1024) * 100) / 100,
      unit: 'MB',
      budget: 3,
      pass: bytes <= MAX_BYTES,
    },
  ];
  const all = (manifest.stats as { trianglesAllParts?: number } | undefined)?.trianglesAllParts;
  if (all !== undefined) {
    rows.push({
      name: 'default car triangles, all parts incl. hidden',
      value: all,
      unit: 'triangles',
      budget: MAX_TRIANGLES,
      pass: all <= MAX_TRIANGLES,
    });
  }
  return rows;
}
