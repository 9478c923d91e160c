import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PartsResult } from '../parts/types';
import { VehicleImportError } from './errors';
import type { ImportReport, NormaliseOptions, VehicleFile } from './types';
import type { WorkerJob, WorkerReply } from './worker-messages';

/** The built worker's file name (an entry in electron.vite.config.ts). */
const BUILT_WORKER = 'vehicle-import-worker.js';

/**
 * Where the worker script is, and how to start it: in a build, the bundled entry beside (or one folder above)
 * this chunk; from source (tsx, vitest), `worker.ts` run through tsx's loader.
 */
function workerScript(): URL {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    // The ESM build of tsx's API (require.resolve finds its CommonJS twin beside it).
    const tsx = pathToFileURL(
      createRequire(import.meta.url)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs'),
    ).href;
    const source = pathToFileURL(join(dirname(here), 'worker.ts')).href;
    const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(source)});`;
    return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
  }
  const found = [join(dirname(here), BUILT_WORKER), join(dirname(here), '..', BUILT_WORKER)].find(existsSync);
  if (!found)
    throw new Error(`vehicle import worker ${BUILT_WORKER} is missing next to ${here}: rebuild the app`);
  return pathToFileURL(found);
}

/** An AbortError, as fetch and the Web APIs throw it. */
const aborted = () => new DOMException('The vehicle import was cancelled', 'AbortError');

/**
 * Runs `normaliseVehicle` in a worker thread: progress comes back through `onProgress`, abort terminates the
 * worker at once (rejecting with an AbortError after it has stopped). Resolves to the normalised model as a glb
 * and its report; rejects with a VehicleImportError (the reason, e.g. `import.lengthNeeded`) when refused.
 */
export function normaliseInWorker(
  files: VehicleFile[],
  options: NormaliseOptions & { findParts?: boolean } = {},
): Promise<{ glb: Uint8Array; report: ImportReport; parts?: PartsResult }> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(aborted());
  const worker = new Worker(workerScript());
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      void worker.terminate().then(() => reject(aborted()));
    };
    const finish = () => {
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerReply) => {
      if (message.type === 'progress') onProgress?.({ stage: message.stage, fraction: message.fraction });
      else {
        finish();
        if (message.type === 'done')
          resolve({ glb: message.glb, report: message.report, parts: message.parts });
        else if (message.type === 'refused')
          reject(new VehicleImportError(message.reason.key, message.reason.values ?? {}));
        else reject(new Error(`vehicle import failed: ${message.message}`));
      }
    });
    worker.on('error', (e) => {
      finish();
      reject(e);
    });
    worker.on('exit', (code) => {
      signal?.removeEventListener('abort', onAbort);
      if (!signal?.aborted) reject(new Error(`vehicle import worker stopped (exit code ${code})`));
    });
    const job: WorkerJob = { files, lengthMm: options.lengthMm, findParts: options.findParts };
    worker.postMessage(job);
  });
}
