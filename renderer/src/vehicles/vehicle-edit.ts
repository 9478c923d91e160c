import type { PartAssignment } from '@domain/vehicle/vehicle';
import { call } from '../api';
import { useSceneStore } from '../store/scene-slice';
import { useConfigurator } from '../store/store';
import { type Problem, problemOf, refreshVehicles } from './library';

/** What staff may change on a library vehicle from its report. */
export type VehicleChange = { lengthMm: number } | { corrections: PartAssignment[] };

/**
 * Saves a staff change (`vehicle:update`: main measures the body area again), then re-reads the vehicle: a
 * correction changes its manifest (which meshes are paint, glass, wheels), so the stage loads it again.
 */
export async function saveVehicleChange(id: string, change: VehicleChange): Promise<Problem | null> {
  const updated = await call('vehicle:update', { id, ...change });
  if (!updated.ok) return problemOf(updated.error);
  const detail = await call('vehicle:get', { id });
  if (!detail.ok) return problemOf(detail.error);
  if (useConfigurator.getState().vehicleId === id) {
    useConfigurator.getState().setVehicle(detail.value);
    if ('corrections' in change)
      useSceneStore.getState().setVehicleSource({
        id,
        url: detail.value.modelUrl,
        manifest: detail.value.manifest,
        name: detail.value.summary.name,
      });
  }
  await refreshVehicles();
  return null;
}

/** Mesh and material names of the car on stage, with those the report and corrections name. */
export async function correctionTargets(
  named: readonly string[],
): Promise<{ kind: 'mesh' | 'material'; name: string }[]> {
  const { sceneActions } = await import('../scene/SceneHooks');
  const parts = sceneActions.partNames?.() ?? { meshes: [], materials: [] };
  const meshes = new Set([...parts.meshes, ...named.filter((n) => !parts.materials.includes(n))]);
  return [
    ...parts.materials.map((name) => ({ kind: 'material' as const, name })),
    ...[...meshes].sort().map((name) => ({ kind: 'mesh' as const, name })),
  ];
}
