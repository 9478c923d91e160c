import type { ApiError } from '@contract/result';
import { vehicleThumbnailUrl } from '@contract/vehicle-contract';
import { BUILT_IN_VEHICLE_ID, type Message, type VehicleSummary } from '@domain/vehicle/vehicle';
import { call } from '../api';
import { useSceneStore } from '../store/scene-slice';
import { useConfigurator } from '../store/store';
import { stepsFor } from './steps';

/** A refusal from main as a sentence: the library's own `Message` when it sent one, else its English text. */
export type Problem = Message | string;

/** The sentence a failed vehicle call carries (`details.problem`), else its message. */
export function problemOf(error: ApiError): Problem {
  const details = error.details as { problem?: Message } | undefined;
  return details?.problem?.key ? details.problem : error.message;
}

/** Whether the library lists this vehicle without a picture yet. */
export const lacksThumbnail = (v: VehicleSummary): boolean => v.problem?.key === 'library.thumbnailMissing';

/** When this window last saved a vehicle's picture (ms): its URL changes so the new picture is shown, not a cached one. */
export const pictureVersions = new Map<string, number>();

/** The picture of a listed vehicle, or null when it has none (yet) or is damaged. */
export function thumbnailOf(v: VehicleSummary, version = pictureVersions.get(v.id) ?? 0): string | null {
  if (v.status !== 'ok' || lacksThumbnail(v)) return null;
  return version ? `${vehicleThumbnailUrl(v.id)}?v=${version}` : vehicleThumbnailUrl(v.id);
}

/** Asks main for the library again and keeps the answer in the store. */
export async function refreshVehicles(): Promise<void> {
  const result = await call('vehicle:list', {});
  const s = useConfigurator.getState();
  if (result.ok) s.setVehicles(result.value.vehicles);
  else s.setVehicles(s.vehicles, result.error.message);
}

/**
 * Puts a vehicle in configuration and on stage: the launch EV is the bundled car (every feature as before),
 * a library car loads `vehicles/<id>/model.glb` with its manifest. A step the vehicle has not (a service car
 * has no trim) moves to its first step. Returns the problem when main refuses (damaged, gone).
 */
export async function chooseVehicle(id: string): Promise<Problem | null> {
  const s = useConfigurator.getState();
  if (id === BUILT_IN_VEHICLE_ID) {
    s.setVehicle(null);
    useSceneStore.getState().setVehicleSource(null);
  } else {
    const result = await call('vehicle:get', { id });
    if (!result.ok) return problemOf(result.error);
    const detail = result.value;
    useConfigurator.getState().setVehicle(detail);
    useSceneStore.getState().setVehicleSource({
      id,
      url: detail.modelUrl,
      manifest: detail.manifest,
      name: detail.summary.name,
    });
  }
  const after = useConfigurator.getState();
  const steps = stepsFor(after.vehicle?.summary.kind ?? 'new-car');
  if (!steps.includes(after.step)) after.setStep(steps[0]!);
  return null;
}
