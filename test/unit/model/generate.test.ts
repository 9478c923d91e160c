import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateModel } from '../../../build/model/generate';
import { committed } from './glb-fixture';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('default car generator', () => {
  it('the committed GLB and manifest are what `npm run build:model` produces now', async () => {
    const fresh = await generateModel();
    const files = committed();
    expect(sha(fresh.glb), 'assets/models/compact-ev.glb is stale: run npm run build:model').toBe(
      sha(files.glb),
    );
    expect(JSON.parse(JSON.stringify(fresh.manifest))).toEqual(files.manifest);
  }, 180_000);

  it('is deterministic: two runs give the same bytes', async () => {
    const [a, b] = [await generateModel(), await generateModel()];
    expect(sha(a.glb)).toBe(sha(b.glb));
  }, 180_000);
});
