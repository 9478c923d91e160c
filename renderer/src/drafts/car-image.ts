import type { ShotView } from '../scene/camera/shot-frame';
import { sceneActions } from '../scene/SceneHooks';
import { PRINT_PICTURE } from './print-picture';

/** Longest data URL we send (the contract refuses more than 960,000 characters). */
const MAX_DATA_URL = 930_000;

/** Widths tried, largest first, until the PNG fits the channel (a render of many colours is larger). */
const WIDTHS = [1800, 1500, 1200, 960];

/** Renders `panels` of a picture `width` px wide (scaled from PRINT_PICTURE) onto a white 2D canvas. */
async function compose(width: number): Promise<HTMLCanvasElement | undefined> {
  const render = sceneActions.render;
  if (!render) return undefined;
  const k = width / PRINT_PICTURE.width;
  const out = document.createElement('canvas');
  out.width = width;
  out.height = Math.round(PRINT_PICTURE.height * k);
  const ctx = out.getContext('2d');
  if (!ctx) return undefined;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const p of PRINT_PICTURE.panels) {
    const [x, y] = [Math.round(p.x * k), Math.round(p.y * k)];
    const [w, h] = [Math.round((p.x + p.w) * k) - x, Math.round((p.y + p.h) * k) - y];
    const bitmap = await createImageBitmap(await render(p.view, w, h));
    ctx.drawImage(bitmap, x, y, w, h);
    bitmap.close();
  }
  return out;
}

/**
 * The quote's picture of the configured car (hero front ¾ plus rear ¾ and side, rendered from the stage at
 * print resolution, framed on the car, not a copy of the on-screen layout) as a PNG data URL that fits the
 * channel, or undefined without a stage (the draft is then saved without its picture).
 */
export async function captureCarImage(): Promise<string | undefined> {
  try {
    for (const width of WIDTHS) {
      const canvas = await compose(width);
      if (!canvas) return undefined;
      const url = canvas.toDataURL('image/png');
      if (url.startsWith('data:image/png') && url.length <= MAX_DATA_URL) return url;
    }
  } catch {
    // A lost context or a failed encode: the draft is saved without its picture.
  }
  return undefined;
}

/** One view of the car (front ¾ unless told) as a PNG data URL no longer than `maxChars`, or undefined. */
export async function captureCarView(
  width: number,
  height: number,
  maxChars: number,
  view: ShotView = 'front34',
): Promise<string | undefined> {
  const render = sceneActions.render;
  if (!render) return undefined;
  try {
    for (const k of [1, 0.8, 0.64, 0.5]) {
      const blob = await render(view, Math.round(width * k), Math.round(height * k));
      const url = await new Promise<string>((resolve, reject) => {
        const r = new FileReader();
        r.onload = () => resolve(String(r.result));
        r.onerror = () => reject(r.error);
        r.readAsDataURL(blob);
      });
      if (url.startsWith('data:image/png') && url.length <= maxChars) return url;
    }
  } catch {
    // As above: the sheet prints without this picture.
  }
  return undefined;
}
