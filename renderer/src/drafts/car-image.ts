/** Widest car picture sent with a draft (px); the channel takes at most ~700 KB of PNG. */
export const CAR_IMAGE_MAX_WIDTH = 1200;

/** Longest data URL we send (the contract refuses more than 960,000 characters). */
const MAX_DATA_URL = 930_000;

/** Draws the canvas scaled to `width` into an offscreen 2D canvas and returns it as a PNG data URL. */
function scaled(source: HTMLCanvasElement, width: number): string {
  const w = Math.min(width, source.width);
  const h = Math.max(1, Math.round((source.height * w) / Math.max(1, source.width)));
  const out = document.createElement('canvas');
  out.width = w;
  out.height = h;
  const ctx = out.getContext('2d');
  if (!ctx) return '';
  ctx.drawImage(source, 0, 0, w, h);
  return out.toDataURL('image/png');
}

/** The car as the 3D view shows it now, as a PNG data URL ≤ 1200 px wide, or undefined without a canvas. */
export function captureCarImage(): string | undefined {
  const canvas = document.querySelector<HTMLCanvasElement>('.stage canvas, canvas');
  if (!canvas || canvas.width === 0 || canvas.height === 0) return undefined;
  try {
    for (const width of [CAR_IMAGE_MAX_WIDTH, 900, 640, 480]) {
      const url = scaled(canvas, width);
      if (url.startsWith('data:image/png') && url.length <= MAX_DATA_URL) return url;
    }
  } catch {
    // A tainted or lost canvas: the draft is saved without its picture.
  }
  return undefined;
}
