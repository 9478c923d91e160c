import type { LocalHost } from '@host/server';
import type { Page } from '@playwright/test';
import { encodePng } from '@services/artwork/png';
import { canvasReader } from './canvas-reader';
import { openApp } from './fixtures';

/** An sRGB colour, 0..255 per channel. */
export type Rgb = [number, number, number];

/** A PNG whose four quadrants are solid colours (top left, top right, bottom left, bottom right). */
export function quadrantPng(width: number, height: number, colours: [Rgb, Rgb, Rgb, Rgb]): Buffer {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const c = colours[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)]!;
      data.set([c[0], c[1], c[2], 255], (y * width + x) * 4);
    }
  return Buffer.from(encodePng({ width, height, data }));
}

/** A solid-colour PNG. */
export function solidPng(width: number, height: number, c: Rgb): Buffer {
  return quadrantPng(width, height, [c, c, c, c]);
}

/** Opens the app in the designer workspace and waits for the artwork folder listing. */
export async function openDesigner(page: Page, host: LocalHost): Promise<string> {
  await openApp(page, host);
  await page.locator('[data-workspace="design"]').click();
  const folder = page.getByTestId('artwork-folder');
  await folder.waitFor();
  return (await folder.getAttribute('title')) ?? '';
}

/**
 * Share of canvas pixels close in hue to each colour (saturated only, so grey paint and reflections do not
 * count), measured inside the page so only the numbers cross over (whole-canvas transfers are slow).
 */
export async function hueShares(
  page: Page,
  targets: Rgb[],
  region?: { x: number; y: number; radius: number },
  tolerance = 18,
): Promise<number[]> {
  await canvasReader(page);
  return page.evaluate(
    ({ targets, tolerance, region }) => {
      const box = region
        ? ([region.x - region.radius, region.y - region.radius, region.radius * 2, region.radius * 2] as [
            number,
            number,
            number,
            number,
          ])
        : undefined;
      const { data } = window.__readCanvas!(box);
      const hue = (r: number, g: number, b: number): number => {
        const max = Math.max(r, g, b);
        const d = max - Math.min(r, g, b);
        if (max < 60 || d / max < 0.45) return -1;
        const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
        return (h * 60 + 360) % 360;
      };
      const wanted = targets.map(([r, g, b]) => hue(r, g, b));
      const counts = wanted.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        const h = hue(data[i]!, data[i + 1]!, data[i + 2]!);
        if (h < 0) continue;
        wanted.forEach((w, k) => {
          const dh = Math.abs(h - w);
          if (Math.min(dh, 360 - dh) <= tolerance) counts[k]! += 1;
        });
      }
      return counts.map((c) => c / (data.length / 4));
    },
    { targets, tolerance, region },
  );
}

/** Where a zone shows on the page (CSS px), from the stage's probe. */
export async function zoneOnPage(
  page: Page,
  zone: string,
): Promise<{ x: number; y: number; inCanvas: [number, number] }> {
  const at = await page.evaluate((z) => window.__zoneOnScreen?.(z) ?? null, zone);
  if (!at) throw new Error(`zone ${zone} is not on stage`);
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  return { x: box.x + at[0], y: box.y + at[1], inCanvas: at };
}
