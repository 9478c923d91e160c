import type { ImportReport, VehicleSummary } from '@domain/vehicle/vehicle';
import { create } from 'zustand';
import { call, onEvent } from '../api';
import { type ImportFile, importLabel, newImportId } from './import-files';
import { chooseVehicle, type Problem, problemOf, refreshVehicles } from './library';

/** Where the staff import stands: idle, running (with progress), refused (with the reason), or done. */
export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; importId: string; label: string; stage: string; fraction: number }
  | { phase: 'refused'; label: string; problem: Problem; files: ImportFile[]; needsLength: boolean }
  | { phase: 'done'; summary: VehicleSummary; report: ImportReport; duplicate: boolean };

/** The import in progress or just finished (one at a time per window). */
export const useVehicleImport = create<ImportState>(() => ({ phase: 'idle' }));

const set = (s: ImportState) => useVehicleImport.setState(s, true);

/**
 * Imports the picked files through main (`vehicle:import`), following `vehicle:import-progress`; on success
 * the new car goes on stage and its report is shown. `lengthMm` answers a "what is its real length" refusal.
 */
export async function importVehicle(files: ImportFile[], lengthMm?: number): Promise<void> {
  const importId = newImportId();
  const label = importLabel(files);
  set({ phase: 'running', importId, label, stage: 'read', fraction: 0 });
  const off = onEvent((name, data) => {
    const p = data as { importId?: string; stage?: string; fraction?: number };
    const now = useVehicleImport.getState();
    if (name !== 'vehicle:import-progress' || p.importId !== importId || now.phase !== 'running') return;
    set({ ...now, stage: p.stage ?? now.stage, fraction: p.fraction ?? now.fraction });
  });
  const result = await call('vehicle:import', {
    importId,
    files,
    ...(lengthMm === undefined ? {} : { lengthMm }),
  });
  off();
  if (!result.ok) {
    const problem = problemOf(result.error);
    const needsLength = typeof problem !== 'string' && problem.key === 'library.lengthUnknown';
    set({ phase: 'refused', label, problem, files, needsLength });
    return;
  }
  set({ phase: 'done', ...result.value });
  await refreshVehicles();
  await chooseVehicle(result.value.summary.id);
}

/** Stops the running import (main aborts its worker; the import then answers "cancelled"). */
export function cancelImport(): void {
  const now = useVehicleImport.getState();
  if (now.phase === 'running') void call('vehicle:import-cancel', { importId: now.importId });
}

/** Closes the finished import's report or the refusal. */
export const closeImport = (): void => set({ phase: 'idle' });
