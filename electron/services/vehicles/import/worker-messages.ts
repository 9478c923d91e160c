import type { PartsResult } from '../parts/types';
import type { ImportProgress, ImportReport, Message, VehicleFile } from './types';

/** What the import worker is asked to do. */
export interface WorkerJob {
  files: VehicleFile[];
  lengthMm?: number;
  /** Also find the parts (paint, glass, wheels, mounts, body area) on the normalised model. */
  findParts?: boolean;
}

/** What the import worker says: progress, the normalised glb with its report, or why it refused. */
export type WorkerReply =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'done'; glb: Uint8Array; report: ImportReport; parts?: PartsResult }
  | { type: 'refused'; reason: Message }
  | { type: 'failed'; message: string };
