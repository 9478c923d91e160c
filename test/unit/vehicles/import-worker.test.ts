import { readFileSync } from 'node:fs';
import { getBounds, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { VehicleImportError } from '@services/vehicles/import/errors';
import { normaliseInWorker } from '@services/vehicles/import/normalise-in-worker';
import type { ImportProgress } from '@services/vehicles/import/types';
import { describe, expect, it } from 'vitest';
import { encodedVariant, ROMA_GLB } from '../../support/vehicle-fixtures/encoded';

const STAGES = ['read', 'decode', 'repair', 'scenery', 'orient', 'measure', 'bake', 'write'];

describe('normaliseInWorker', () => {
  it('reports progress in stage order with rising fractions and returns the normalised glb', async () => {
    const progress: ImportProgress[] = [];
    const { glb, report } = await normaliseInWorker(await encodedVariant('draco'), {
      onProgress: (p) => progress.push(p),
    });
    expect(progress.map((p) => p.stage).filter((s, i, all) => s !== all[i - 1])).toEqual(STAGES);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!.fraction).toBeGreaterThanOrEqual(progress[i - 1]!.fraction);
    expect(progress.at(-1)).toEqual({ stage: 'write', fraction: 1 });
    const document = await new NodeIO().registerExtensions(ALL_EXTENSIONS).readBinary(glb);
    const { min, max } = getBounds(document.getRoot().getDefaultScene()!);
    expect(min[1]).toBeCloseTo(0, 4);
    expect(max[2] - min[2]).toBeCloseTo(report.lengthMm.value / 1000, 2);
    expect(
      document
        .getRoot()
        .listExtensionsUsed()
        .map((e) => e.extensionName),
    ).not.toContain('KHR_draco_mesh_compression');
  }, 60_000);

  it('passes a refusal back with its reason', async () => {
    const bytes = new Uint8Array(readFileSync(ROMA_GLB)).subarray(0, 5000);
    const error = await normaliseInWorker([{ name: 'roma.glb', bytes }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VehicleImportError);
    expect((error as VehicleImportError).reason.key).toBe('import.truncated');
  }, 60_000);

  it('cancel terminates the worker promptly: an AbortError, and no progress after it', async () => {
    const controller = new AbortController();
    let abortedAt = 0;
    let afterAbort = 0;
    const started = normaliseInWorker(await encodedVariant('draco'), {
      signal: controller.signal,
      onProgress: (p) => {
        if (abortedAt) afterAbort++;
        else if (p.stage === 'decode') {
          abortedAt = performance.now();
          controller.abort();
        }
      },
    });
    const error = await started.catch((e: unknown) => e);
    const took = performance.now() - abortedAt;
    console.log(`cancel → rejected in ${took.toFixed(0)} ms (worker terminated; noisy machine)`);
    expect((error as Error).name).toBe('AbortError');
    expect(took).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 300));
    expect(afterAbort).toBe(0);
  }, 60_000);

  it('an already aborted signal starts no worker', async () => {
    const error = await normaliseInWorker([], { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
  });
});
