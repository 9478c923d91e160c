import type { ImportReport, VehicleSummary } from '@domain/vehicle/vehicle';
import { create } from 'zustand';
import { call, onEvent } from '../api';
import { useConfigurator } from '../store/store';
import { type ImportFile, importLabel, newImportId } from './import-files';
import { chooseVehicle, lacksThumbnail, type Problem, problemOf, refreshVehicles } from './library';
import { makeThumbnail } from './thumbnail';

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
 * the new car goes on stage, its report is shown and its thumbnail is drawn and saved. `lengthMm` answers a "what is its real length" refusal.
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
  const { id } = result.value.summary;
  await chooseVehicle(id);
  const listed = useConfigurator.getState().vehicles?.find((v) => v.id === id);
  if (listed && lacksThumbnail(listed) && (await makeThumbnail(id)) === null) await refreshVehicles();
}

/** Stops the running import (main aborts its worker; the import then answers "cancelled"). */
export function cancelImport(): void {
  const now = useVehicleImport.getState();
  if (now.phase === 'running') void call('vehicle:import-cancel', { importId: now.importId });
}

/** Closes the finished import's report or the refusal. */
export const closeImport = (): void => set({ phase: 'idle' });
