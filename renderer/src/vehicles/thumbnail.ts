import { BUILT_IN_VEHICLE_ID } from '@domain/vehicle/vehicle';
import { call } from '../api';
import { blobToBase64 } from '../designer/files';
import { useSceneStore } from '../store/scene-slice';
import { useConfigurator } from '../store/store';
import { lacksThumbnail, type Problem, pictureVersions, problemOf, refreshVehicles } from './library';
import type { ThumbnailPainter, ThumbnailSource } from './thumbnail-render';

/** A kiosk's staff session ended (main refused the save): the pictures not yet saved need the PIN again. */
const STAFF_ENDED: Problem = { key: 'ui.staffEnded' };

/** Pictures being made, by vehicle id: asking twice for the same car waits for the one already running. */
const running = new Map<string, Promise<Problem | null>>();

/** Where a vehicle's model and manifest are: the bundled launch EV, or the library's answer to `vehicle:get`. */
async function sourceOf(id: string): Promise<ThumbnailSource | Problem> {
  if (id === BUILT_IN_VEHICLE_ID) {
    const { defaultCarSource } = await import('../scene/car/model-source');
    return defaultCarSource() ?? 'The launch car model is not in this build.';
  }
  const opened = await call('vehicle:get', { id });
  if (!opened.ok) return problemOf(opened.error);
  const { modelUrl, manifest, summary } = opened.value;
  return { url: modelUrl, manifest, name: summary.name };
}

/** A painter for a batch of pictures (three.js and the loaders come with the stage's chunk: loaded on use). */
async function openPainter(): Promise<ThumbnailPainter> {
  return (await import('./thumbnail-render')).openThumbnailPainter();
}

async function make(id: string, painter: ThumbnailPainter): Promise<Problem | null> {
  const found = await sourceOf(id);
  if (typeof found === 'string' || 'key' in found) return found;
  let png: Blob;
  try {
    png = await painter.paint(found);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  const saved = await call('vehicle:thumbnail', { id, pngBase64: await blobToBase64(png) });
  if (!saved.ok && saved.error.code === 'staff-only') return STAFF_ENDED;
  if (!saved.ok) return problemOf(saved.error);
  pictureVersions.set(id, Date.now());
  return null;
}

/**
 * Draws a library vehicle off the stage (with `painter`, or a painter of its own) and saves the PNG as its thumbnail
 * (`vehicle:thumbnail`, a staff tool: on a kiosk only in a staff session). Returns the problem, or null.
 * Does not refresh the list (callers do, once).
 */
export function makeThumbnail(id: string, painter?: ThumbnailPainter): Promise<Problem | null> {
  const now = running.get(id);
  if (now) return now;
  const job = (async () => {
    const own = painter ?? (await openPainter());
    try {
      return await make(id, own);
    } finally {
      if (!painter) own.close();
    }
  })().finally(() => running.delete(id));
  running.set(id, job);
  return job;
}

/** Progress of `makeMissingThumbnails`: how many are done of how many, and the problems so far by vehicle id. */
export interface ThumbnailProgress {
  done: number;
  total: number;
  failed: { id: string; problem: Problem }[];
}

/**
 * Staff, one action: makes the thumbnail of every sound library vehicle that has none (cars imported by the
 * CLI or on another machine, deleted pictures), or of every sound one (`which: 'all'`: pictures made before the
 * tight framing), one after another, then lists the library again.
 */
export async function makeMissingThumbnails(
  onProgress: (p: ThumbnailProgress) => void = () => {},
  which: 'missing' | 'all' = 'missing',
): Promise<ThumbnailProgress> {
  await refreshVehicles();
  const missing = (useConfigurator.getState().vehicles ?? []).filter(
    (v) => v.status === 'ok' && (which === 'all' || lacksThumbnail(v)),
  );
  const progress: ThumbnailProgress = { done: 0, total: missing.length, failed: [] };
  onProgress({ ...progress });
  // Each picture is saved as soon as it is drawn: every save keeps a kiosk's staff session alive.
  const painter = missing.length > 0 ? await openPainter() : null;
  try {
    for (const v of missing) {
      const problem = await makeThumbnail(v.id, painter ?? undefined);
      progress.done += 1;
      if (problem) progress.failed.push({ id: v.id, problem });
      onProgress({ ...progress, failed: [...progress.failed] });
      // The others would be refused too: stop, keep what was saved, and say to enter the PIN again.
      if (problem === STAFF_ENDED) break;
    }
  } finally {
    painter?.close();
  }
  if (missing.length > 0) await refreshVehicles();
  return progress;
}

/**
 * A vehicle shown on stage that the library lists without a picture gets one (drawn off the stage), once per
 * vehicle and launch. Not on a kiosk (main would refuse the customer's screen): staff make the missing ones from
 * the staff bar there. Returns the unsubscribe function.
 */
export function watchThumbnails(): () => void {
  const sent = new Set<string>();
  const check = () => {
    const s = useConfigurator.getState();
    if (s.appInfo?.kiosk !== false) return;
    const id = s.vehicleId;
    const listed = s.vehicles?.find((v) => v.id === id);
    const scene = useSceneStore.getState();
    const onStage = scene.vehicleSource?.id ?? BUILT_IN_VEHICLE_ID;
    if (scene.model.state !== 'ready' || onStage !== id) return;
    if (!listed || !lacksThumbnail(listed) || sent.has(id)) return;
    sent.add(id);
    void makeThumbnail(id).then((problem) => (problem ? undefined : refreshVehicles()));
  };
  const offModel = useSceneStore.subscribe((s) => s.model, check);
  const offList = useConfigurator.subscribe((s) => s.vehicles, check);
  return () => {
    offModel();
    offList();
  };
}
