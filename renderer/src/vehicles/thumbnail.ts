import { BUILT_IN_VEHICLE_ID } from '@domain/vehicle/vehicle';
import { blobToBase64 } from '../designer/files';
import { useSceneStore } from '../store/scene-slice';
import { useConfigurator } from '../store/store';
import { lacksThumbnail, refreshVehicles } from './library';

/** Thumbnail size, pixels (tiles show it at most ~320 px wide, twice that on a dense screen). */
const THUMB_W = 640;
const THUMB_H = 400;
/** Longest wait for the camera to stand still before the picture is taken anyway, ms. */
const SETTLE_MS = 4000;

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Renders the vehicle on stage into a PNG once the camera stands still and sends it as its thumbnail. */
async function sendThumbnail(id: string): Promise<void> {
  const { sceneActions } = await import('../scene/SceneHooks');
  await nextFrame();
  await nextFrame();
  const until = performance.now() + SETTLE_MS;
  while (!sceneActions.settled() && performance.now() < until) await nextFrame();
  if (!sceneActions.capture || useConfigurator.getState().vehicleId !== id) return;
  const png = await sceneActions.capture(THUMB_W, THUMB_H);
  const { call } = await import('../api');
  const saved = await call('vehicle:thumbnail', { id, pngBase64: await blobToBase64(png) });
  if (saved.ok) await refreshVehicles();
}

/**
 * After the first frame of a vehicle the library lists without a picture, renders one from the stage and sends
 * it (`vehicle:thumbnail`), once per vehicle and launch. Returns the unsubscribe function.
 */
export function watchThumbnails(): () => void {
  const sent = new Set<string>();
  const check = () => {
    const s = useConfigurator.getState();
    const id = s.vehicleId;
    const listed = s.vehicles?.find((v) => v.id === id);
    const scene = useSceneStore.getState();
    const onStage = scene.vehicleSource?.id ?? BUILT_IN_VEHICLE_ID;
    if (scene.model.state !== 'ready' || onStage !== id) return;
    if (!listed || !lacksThumbnail(listed) || sent.has(id)) return;
    sent.add(id);
    void sendThumbnail(id);
  };
  const offModel = useSceneStore.subscribe((s) => s.model, check);
  const offList = useConfigurator.subscribe((s) => s.vehicles, check);
  return () => {
    offModel();
    offList();
  };
}
