import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { refusalText } from '@renderer/scene/import/errors';
import { loadCar } from '@renderer/scene/import/load';
import { checkGltfBytes, ModelFileError } from '@renderer/scene/import/validate';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenModels, DEFAULT_CAR_GLB, makeGlb, texturedModel } from '../../support/broken-gltf';
import { CorpusTally } from '../../support/corpus';

const corpus = new CorpusTally('glTF', import.meta.url);
afterAll(() => corpus.write());

const own = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

const CASES = brokenModels();
/** The launch EV's manifest: the page loads every car with its manifest (a broken file fails before it is read). */
const DEFAULT_MANIFEST: unknown = JSON.parse(
  readFileSync(join(dirname(DEFAULT_CAR_GLB), 'compact-ev.manifest.json'), 'utf8'),
);

describe('the broken-model corpus, through the app loader (checks + GLTFLoader) in Node', () => {
  it('builds on files the app accepts (so every refusal below is the damage, not the base)', async () => {
    const car = new Uint8Array(readFileSync(DEFAULT_CAR_GLB));
    expect(checkGltfBytes(own(car)).kind).toBe('glb');
    expect(
      (await loadCar(own(car), 'compact-ev.glb', DEFAULT_MANIFEST)).manifest.zones.length,
    ).toBeGreaterThan(5);
    const tex = texturedModel();
    expect(checkGltfBytes(own(makeGlb(tex.json, tex.bin))).json.materials?.[0]?.name).toBe('CarPaint');
  });

  it('checks a deep but valid node tree (50,000 levels) in under a second', () => {
    const tex = texturedModel();
    const depth = 50_000;
    const nodes = Array.from({ length: depth }, (_, i) =>
      i + 1 < depth ? { children: [i + 1] } : { mesh: 0 },
    );
    const started = performance.now();
    checkGltfBytes(own(makeGlb({ ...tex.json, nodes }, tex.bin)));
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it(`has at least 120 cases across at least 15 kinds (${CASES.length} cases)`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(120);
    expect(new Set(CASES.map((c) => c.kind)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.kind, c.name, c] as const))(
    '%s: %s is refused with its reason',
    async (_k, _n, c) => {
      const started = performance.now();
      let error: unknown;
      try {
        await loadCar(own(c.bytes), c.name, DEFAULT_MANIFEST);
      } catch (e) {
        error = e;
      }
      const ms = performance.now() - started;
      if (!(error instanceof ModelFileError)) corpus.crash(c.kind);
      expect(error, `accepted or crashed on ${c.name}: ${String(error)}`).toBeInstanceOf(ModelFileError);
      const refusal = error as ModelFileError;
      const message = refusal.message;
      expect(message).toMatch(c.expect);
      expect(message.length).toBeGreaterThan(25);
      // The same refusal in Chinese: every placeholder filled, every figure and name it quotes kept.
      const zh = refusalText('zh-CN', refusal.key, refusal.values);
      expect(zh).not.toMatch(/\{\{|\}\}/);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      for (const value of Object.values(refusal.values)) expect(zh, refusal.key).toContain(value);
      expect(ms, `${c.name} took ${ms.toFixed(0)} ms`).toBeLessThan(1000);
      corpus.add(c.kind);
    },
  );
});
