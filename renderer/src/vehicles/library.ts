import type { ZoneView } from '@contract/contract';
import type { ApiError } from '@contract/result';
import type { VehicleDetail } from '@contract/vehicle-contract';
import { vehicleThumbnailUrl } from '@contract/vehicle-contract';
import { type Configuration, vehicleIdOf } from '@domain/configuration';
import { msg } from '@domain/messages/message';
import { defaultConfiguration, serviceConfiguration } from '@domain/rules/defaults';
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

/** Counts stage loads: a slower answer about a vehicle that is no longer wanted is dropped. */
let loads = 0;

/** The launch EV's zones from the catalog, kept while a library car's own zones are shown. */
let launchZones: ZoneView[] | null = null;

/** A library car's zones as the panels list them (its manifest: one `body` zone until zones are cut). */
const zonesOf = (detail: VehicleDetail): ZoneView[] =>
  detail.manifest.zones.map((z) => ({
    id: z.id,
    name: z.name,
    areaM2: z.areaM2,
    labourHours: z.labourHours,
    body: z.body,
  }));

/**
 * Puts a vehicle on stage (null: the bundled launch EV) with its zones (the zone picker and the designer list the
 * car's own zones, never the launch EV's on a customer car) and moves off a step that vehicle has not.
 */
function showVehicle(detail: VehicleDetail | null): void {
  const s = useConfigurator.getState();
  if (detail) {
    if (!s.vehicle) launchZones = s.zones;
    s.setSession({ zones: zonesOf(detail) });
  } else if (s.vehicle && launchZones) {
    s.setSession({ zones: launchZones });
    launchZones = null;
  }
  s.setVehicle(detail);
  useSceneStore.getState().setVehicleSource(
    detail
      ? {
          id: detail.summary.id,
          url: detail.modelUrl,
          manifest: detail.manifest,
          name: detail.summary.name,
        }
      : null,
  );
  const after = useConfigurator.getState();
  const steps = stepsFor(after.vehicle?.summary.kind ?? 'new-car');
  if (!steps.includes(after.step)) after.setStep(steps[0]!);
}

/**
 * The configuration a freshly chosen vehicle starts from, made by the domain's helpers: the launch EV's default
 * (first trim, battery bought) or a customer car's service configuration (its `{ id, modelSha256 }`, no trim,
 * battery or financing); the store is kept.
 */
function startingConfiguration(detail: VehicleDetail | null): Configuration | null {
  const { catalog, configuration } = useConfigurator.getState();
  if (!catalog) return null;
  const store = configuration?.store;
  if (!detail) return defaultConfiguration(catalog, undefined, store);
  const { id, modelSha256 } = detail.summary;
  return serviceConfiguration(catalog, { id, modelSha256 }, store);
}

/** Whether a configuration is on the launch EV (no vehicle, its catalog id, or `compact-ev`). */
function onLaunchCar(c: Configuration): boolean {
  const catalogId = useConfigurator.getState().catalog?.vehicle.id;
  const id = vehicleIdOf(c);
  return id === BUILT_IN_VEHICLE_ID || id === catalogId;
}

/**
 * Puts a vehicle in configuration and on stage: the launch EV is the bundled car (every feature as before),
 * a library car loads `vehicles/<id>/model.glb` with its manifest. Choosing another vehicle than the
 * configuration's starts that vehicle's configuration (undoable: it is one step of the history); choosing the
 * one already configured keeps what was picked. Returns the problem when main refuses (damaged, gone).
 */
export async function chooseVehicle(id: string): Promise<Problem | null> {
  const load = ++loads;
  let detail: VehicleDetail | null = null;
  if (id !== BUILT_IN_VEHICLE_ID) {
    const result = await call('vehicle:get', { id });
    if (!result.ok) return problemOf(result.error);
    if (load !== loads) return null;
    detail = result.value;
  }
  showVehicle(detail);
  const s = useConfigurator.getState();
  const c = s.configuration;
  const same = c && (detail ? vehicleIdOf(c) === id && !onLaunchCar(c) : onLaunchCar(c));
  if (!same) {
    const next = startingConfiguration(detail);
    if (next) s.commit(next);
  }
  return null;
}

/**
 * Keeps the stage on the configuration's vehicle when the configuration arrives another way than the picker (a
 * reopened draft or code, undo and redo, the other sales option, a restored session). A car main cannot give
 * (removed, damaged) leaves the stage as it is and says so. Returns the unsubscribe function.
 */
export function followConfigurationVehicle(): () => void {
  return useConfigurator.subscribe(
    (s) => s.configuration,
    (c) => {
      if (!c) return;
      const launch = onLaunchCar(c);
      const want = launch ? BUILT_IN_VEHICLE_ID : vehicleIdOf(c);
      if (want === useConfigurator.getState().vehicleId) return;
      const load = ++loads;
      if (launch) return showVehicle(null);
      void call('vehicle:get', { id: want }).then((result) => {
        if (load !== loads || useConfigurator.getState().configuration !== c) return;
        if (result.ok) return showVehicle(result.value);
        useConfigurator
          .getState()
          .setNotice({ kind: 'reasons', reasons: [msg('vehicle.notInShop', { vehicle: want.slice(0, 8) })] });
      });
    },
  );
}
