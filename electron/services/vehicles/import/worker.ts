/**
 * The import worker thread (built as its own main entry, `out/main/vehicle-import-worker.js`): normalises one car
 * off the main thread and answers with the normalised model as a glb (plain glTF, float geometry, KTX2 kept).
 */
import { parentPort } from 'node:worker_threads';
import { findParts } from '../parts/find-parts';
import { VehicleImportError } from './errors';
import { vehicleIO } from './io';
import { normaliseVehicle } from './normalise';
import type { WorkerJob, WorkerReply } from './worker-messages';

const port = parentPort;
if (!port) throw new Error('vehicle-import worker: start it with new Worker(), not directly');

const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.once('message', async (job: WorkerJob) => {
  try {
    const { document, report } = await normaliseVehicle(job.files, {
      lengthMm: job.lengthMm,
      onProgress: (p) => reply({ type: 'progress', ...p }),
    });
    const parts = job.findParts ? findParts(document, { lengthM: report.lengthMm.value / 1000 }) : undefined;
    reply({ type: 'progress', stage: 'write', fraction: 0.96 });
    const glb = await (await vehicleIO()).writeBinary(document);
    reply({ type: 'progress', stage: 'write', fraction: 1 });
    reply({ type: 'done', glb, report, ...(parts ? { parts } : {}) }, [glb.buffer as ArrayBuffer]);
  } catch (e) {
    if (e instanceof VehicleImportError) reply({ type: 'refused', reason: e.reason });
    else reply({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
});
