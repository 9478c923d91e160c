import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FilmMaterial } from '@domain/catalog/film-material';
import { WRAP_ZONE_IDS } from '@domain/vocabulary';
import type { Page } from '@playwright/test';
import type { CameraPresetId, LightingId, SceneLook } from '@renderer/scene/scene-config';
import { canvasReader } from './canvas-reader';
import { ROOT } from './fixtures';

/** A catalog film as the scene tests need it. */
export interface CatalogFilm {
  id: string;
  finish: string;
  material: FilmMaterial;
}

/** Every film of the shipped catalog. */
export function catalogFilms(): CatalogFilm[] {
  return (
    JSON.parse(readFileSync(join(ROOT, 'assets/catalog/films.json'), 'utf8')) as { films: CatalogFilm[] }
  ).films;
}

/** The body zones of the default car (full wrap). */
export const BODY_ZONES: readonly string[] = WRAP_ZONE_IDS;

/** A look with one film on the whole body. */
export function fullWrap(film: FilmMaterial, extra: Partial<SceneLook> = {}): SceneLook {
  return {
    zones: Object.fromEntries(BODY_ZONES.map((z) => [z, film])),
    ppf: {},
    tintVlt: {},
    rim: { design: 'y-spoke', sizeInch: 19 },
    caliperColor: '#b3121b',
    chromeDelete: false,
    accessories: [],
    ...extra,
  };
}

/** Waits until the scene has drawn a frame after `change` and the camera stands still. */
export async function afterFrame(page: Page, change: () => Promise<unknown> = async () => {}): Promise<void> {
  const before = await page.evaluate(() => window.__configuratorScene?.().frames ?? 0);
  await change();
  await page.waitForFunction((n) => (window.__configuratorScene?.().frames ?? 0) > n, before, {
    timeout: 60_000,
  });
  await page.waitForFunction(() => !window.__configuratorSceneControl?.moving(), undefined, {
    timeout: 60_000,
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Applies a look and waits for it to be drawn. */
export function setLook(page: Page, look: SceneLook): Promise<void> {
  return afterFrame(page, () => page.evaluate((l) => window.__setSceneLook?.(l), look));
}

/** Moves to a camera preset and waits until the move has settled. */
export function goTo(page: Page, preset: CameraPresetId): Promise<void> {
  return afterFrame(page, () =>
    page.evaluate((p) => window.__configuratorSceneControl?.store().goToPreset(p, true), preset),
  );
}

/** Switches the lighting and waits for the frame. */
export function light(page: Page, lighting: LightingId): Promise<void> {
  return afterFrame(page, () =>
    page.evaluate((l) => window.__configuratorSceneControl?.store().setLighting(l), lighting),
  );
}

/** RGBA pixels read from the stage canvas (top row first). */
export interface CanvasPixels {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * The canvas as RGBA bytes with its size (the stage keeps its drawing buffer). The bytes cross over as one
 * base64 string: returned as `Array.from(data)` a 640×400 canvas is a million JSON numbers, which took 40–65 s
 * per read at load 17–25 on the 2-core machine against 0.2–0.3 s this way (docs/TESTING.md "Where the time goes").
 */
export async function canvasPixels(page: Page): Promise<CanvasPixels> {
  await canvasReader(page);
  const { width, height, base64 } = await page.evaluate(() => {
    const { width, height, data } = window.__readCanvas!();
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000)
      binary += String.fromCharCode.apply(null, data.subarray(i, i + 0x8000) as unknown as number[]);
    return { width, height, base64: btoa(binary) };
  });
  const data = new Uint8Array(Buffer.from(base64, 'base64'));
  if (data.length !== width * height * 4)
    throw new Error(
      `canvas read ${data.length} bytes for ${width}×${height} px (want ${width * height * 4})`,
    );
  return { width, height, data };
}

/** Share of pixels that differ by more than `threshold` (sum of channel differences). */
export function changedShare(
  a: { data: ArrayLike<number> },
  b: { data: ArrayLike<number> },
  threshold = 30,
): number {
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d =
      Math.abs(a.data[i]! - b.data[i]!) +
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
      Math.abs(a.data[i + 2]! - b.data[i + 2]!);
    if (d > threshold) changed += 1;
  }
  return changed / (a.data.length / 4);
}

/** Share of pixels that are clearly red (the gloss red film). */
export function redShare(img: { data: ArrayLike<number> }): number {
  let red = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    if (img.data[i]! > 110 && img.data[i]! > 2.2 * img.data[i + 1]! && img.data[i]! > 2.2 * img.data[i + 2]!)
      red += 1;
  }
  return red / (img.data.length / 4);
}

/** Where the car is on the stage and where the stage controls start, CSS px from the canvas' top left. */
export interface StageFraming {
  width: number;
  height: number;
  car: { left: number; right: number; top: number; bottom: number };
  /** Top of the highest bar of stage controls (the car must stay above it). */
  hudTop: number;
}

/**
 * Finds the car on the canvas, measured inside the page (whole-canvas transfers are slow): `red` counts the
 * gloss red film's pixels; `any` counts every pixel clearly unlike the backdrop (read at the top centre,
 * one flat colour per lighting), so a white car in factory paint counts by its glass, tyres and shading.
 */
export async function stageFraming(page: Page, car: 'red' | 'any'): Promise<StageFraming> {
  await canvasReader(page);
  return page.evaluate((mode) => {
    const { data, width, height, rect, scale } = window.__readCanvas!();
    const b = ((width >> 1) + width * 2) * 4;
    const backdrop = [data[b]!, data[b + 1]!, data[b + 2]!];
    const isCar = (i: number) => {
      const r = data[i]!;
      const g = data[i + 1]!;
      const bl = data[i + 2]!;
      if (mode === 'red') return r > 90 && r > 2 * g && r > 2 * bl;
      return Math.abs(r - backdrop[0]!) + Math.abs(g - backdrop[1]!) + Math.abs(bl - backdrop[2]!) > 45;
    };
    let x0 = width;
    let x1 = -1;
    let y0 = height;
    let y1 = -1;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (!isCar((y * width + x) * 4)) continue;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
    }
    const k = 1 / scale;
    const covered = [...document.querySelectorAll('.scene-hud-views, .scene-hud-tools')]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.height > 0)
      .map((r) => r.top - rect.top);
    return {
      width: rect.width,
      height: rect.height,
      car: { left: x0 * k, right: (x1 + 1) * k, top: y0 * k, bottom: (y1 + 1) * k },
      hudTop: Math.min(rect.height, ...covered),
    };
  }, car);
}
