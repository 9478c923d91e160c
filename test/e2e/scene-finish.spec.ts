import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FilmMaterial } from '@domain/catalog/film-material';
import type { Page } from '@playwright/test';
import type { LightingId, SceneLook } from '@renderer/scene/scene-config';
import { expect, openApp, ROOT, test } from './fixtures';
import { deltaE2000, differingRegion, hexToRgb, medianColor, srgbToLab } from './scene-color';
import { clippedBlocks, directionalContrast, fineTexture, patternRepeat } from './scene-finish';
import {
  afterFrame,
  BODY_ZONES,
  type CatalogFilm,
  canvasPixels,
  catalogFilms,
  fullWrap,
  goTo,
} from './scene-helpers';

const OUT = join(ROOT, 'test-results', 'scene');
/**
 * Lightings measured: the studio light in `npm test` (the suite's time budget); all three with
 * FINISH_LIGHTINGS=studio,daylight,night (run before changing a film material or the lights).
 */
const LIGHTINGS = (process.env.FINISH_LIGHTINGS?.split(',') ?? ['studio']) as LightingId[];

/** Unlit-looking magenta: the pixels that turn magenta are the zone's. */
const MASK: FilmMaterial = {
  color: '#ff00ff',
  metalness: 0,
  roughness: 1,
  clearcoat: 0,
  clearcoatRoughness: 0.03,
};

/** The same base colour as a solid film: no flake, pearl, shift or pattern (the reference for texture). */
const solidOf = (m: FilmMaterial): FilmMaterial => ({
  color: m.color,
  metalness: 0,
  roughness: m.roughness,
  clearcoat: m.clearcoat,
  clearcoatRoughness: m.clearcoatRoughness,
});

const dE = (shown: [number, number, number], hex: string) =>
  deltaE2000(srgbToLab(...shown), srgbToLab(...hexToRgb(hex)));

/** White and very light films (L* ≥ 80), mirrors aside: they must not clip. */
const isLight = (f: CatalogFilm) =>
  f.material.metalness < 1 && srgbToLab(...hexToRgb(f.material.color))[0] >= 80;

/**
 * Thresholds (docs/SCENE.md "What the finish test measures"): a texture counts as visible when its fine texture
 * (median |luma − mean of the 8 neighbours|) is at least twice the solid film's of the same colour on the same
 * patch AND at least one full 8-bit level above it: a smooth film scores ~0.4 (dither, shading), and a typical
 * pixel a whole level off its neighbours on a mid tone is a step the eye sees.
 */
const TEXTURE_RATIO = 2;
const TEXTURE_LEVELS = 1;

/** Makes a change and waits for the frame that shows it, drawing one even when the change changes nothing. */
function redraw(page: Page, change: () => Promise<unknown>): Promise<void> {
  return afterFrame(page, async () => {
    await change();
    await page.evaluate(() => {
      const c = window.__configuratorSceneControl!;
      c.setView(c.view());
    });
  });
}

/** Shows a look (a frame is drawn even if it is the look on show). */
const show = (page: Page, look: SceneLook) =>
  redraw(page, () => page.evaluate((l) => window.__setSceneLook?.(l), look));

/** Switches the lighting (a frame is drawn even if it is the lighting on show). */
const lightUp = (page: Page, l: LightingId) =>
  redraw(page, () => page.evaluate((id) => window.__configuratorSceneControl?.store().setLighting(id), l));

async function zoneRegion(page: Page, base: SceneLook, zones: readonly string[]): Promise<number[]> {
  await show(page, base);
  const plain = await canvasPixels(page);
  const masked: SceneLook = { ...base, zones: { ...base.zones } };
  for (const z of zones) masked.zones[z] = MASK;
  await show(page, masked);
  return differingRegion(await canvasPixels(page), plain, 4);
}

/** Copies the canvas, at its own size, into a labelled tile of the contact sheet kept in the page. */
function addTile(page: Page, index: number, film: string, finish: string): Promise<void> {
  return page.evaluate(
    ([i, id, kind]) => {
      const src = document.querySelector('canvas')!;
      const { width: w, height: h } = src;
      const label = 36;
      const cols = 7;
      const w2 = window as unknown as { __finishSheet?: HTMLCanvasElement };
      if (!w2.__finishSheet) {
        const c = document.createElement('canvas');
        c.width = w * cols;
        c.height = (h + label) * 4;
        const ctx = c.getContext('2d')!;
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, c.width, c.height);
        w2.__finishSheet = c;
      }
      const ctx = w2.__finishSheet.getContext('2d')!;
      const x = (i % cols) * w;
      const y = Math.floor(i / cols) * (h + label);
      ctx.drawImage(src, x, y, w, h);
      ctx.fillStyle = '#111111';
      ctx.font = 'bold 12px sans-serif';
      ctx.fillText(id, x + 4, y + h + 14, w - 8);
      ctx.font = '12px sans-serif';
      ctx.fillText(kind, x + 4, y + h + 29, w - 8);
    },
    [index, film, finish] as const,
  );
}

/** The screen scale at the middle of the front-left door (CSS px per metre along the car's length and height). */
async function doorScale(
  page: Page,
): Promise<{ at: [number, number]; rear: [number, number]; up: [number, number] }> {
  return page.evaluate(() => {
    const grid: [number, number][] = [];
    // Image fractions are texture coordinates of the zone's colour map: tiles for carbon (tens per door), UV
    // metres for a film without one (brushed binds the 1×1 white), so sample both ranges.
    for (let u = 0; u <= 100; u += 2.5) for (let v = 0; v <= 100; v += 2.5) grid.push([u, v]);
    for (let u = 0; u <= 2; u += 0.1) for (let v = 0; v <= 2; v += 0.1) grid.push([u, v]);
    const canvas = document.querySelector('canvas')!.getBoundingClientRect();
    const hits = (window.__imageOnScreen?.({ zone: 'door-front-left' }, grid) ?? []).filter((h) => h?.seen);
    const centre = [canvas.width / 2, canvas.height / 2];
    hits.sort(
      (a, b) =>
        Math.hypot(a!.x - centre[0]!, a!.y - centre[1]!) - Math.hypot(b!.x - centre[0]!, b!.y - centre[1]!),
    );
    const h = hits[0];
    if (!h) throw new Error('the front-left door is not on screen for the close-up');
    return { at: [h.x, h.y], rear: h.rear, up: h.up };
  });
}

test.use({ viewport: { width: 640, height: 400 } });

test('every film shows its finish: colour, shift, sparkle, weave and grain, whites unclipped', async ({
  page,
  host,
}) => {
  test.setTimeout(1_500_000);
  mkdirSync(OUT, { recursive: true });
  // FINISH_FILMS=id,id… narrows the run while tuning a finish; the spec proper covers every film.
  const only = process.env.FINISH_FILMS?.split(',');
  const films = catalogFilms().filter((f) => !only || only.includes(f.id));
  await openApp(page, host);
  const grey = catalogFilms().find((f) => f.id === 'gloss-nardo-grey')!.material;

  // Regions: at the front ¾ the door (facing sideways) and the hood (facing up); at the side the door and the body.
  await goTo(page, 'front34');
  const door34 = await zoneRegion(page, fullWrap(grey), ['door-front-left']);
  const hood34 = await zoneRegion(page, fullWrap(grey), ['hood']);
  await goTo(page, 'side');
  const doorSide = await zoneRegion(page, fullWrap(grey), ['door-front-left']);
  const bodySide = await zoneRegion(page, fullWrap(grey), BODY_ZONES);
  console.log(
    `regions px: door ¾ ${door34.length}, hood ¾ ${hood34.length}, door side ${doorSide.length}, body side ${bodySide.length}`,
  );
  for (const r of [door34, hood34, doorSide, bodySide]) expect(r.length).toBeGreaterThan(300);

  const rows: string[] = ['film\tfinish\tlighting\tmeasure\tvalue\tlimit'];
  const failures: string[] = [];
  const check = (
    film: string,
    finish: string,
    lighting: string,
    measure: string,
    value: number,
    limit: string,
    ok: boolean,
  ) => {
    rows.push(`${film}\t${finish}\t${lighting}\t${measure}\t${value.toFixed(2)}\t${limit}`);
    if (!ok) failures.push(`${film} ${lighting} ${measure} = ${value.toFixed(2)} (want ${limit})`);
    // Written as it goes, so a run that stops half-way still leaves its figures.
    writeFileSync(join(OUT, 'finish-figures.tsv'), `${rows.join('\n')}\n`);
  };
  const shot = async (film: FilmMaterial) => {
    await show(page, fullWrap(film));
    return canvasPixels(page);
  };

  // Side view, studio: colour against the catalog and clipping.
  for (const f of films) {
    const img = await shot(f.material);
    const shown = medianColor(img, doorSide);
    const d = dE(shown, f.material.color);
    rows.push(`${f.id}\t${f.finish}\tstudio\tside door median rgb\t${shown.join(',')}\t${f.material.color}`);
    const finish = f.material.flake ? 'metallic' : f.finish;
    if (isLight(f)) {
      const clipped = clippedBlocks(img, bodySide);
      check(f.id, f.finish, 'studio', 'clipped 8×8 body blocks, side', clipped, '= 0', clipped === 0);
    }
    if (f.finish === 'gloss' || isLight(f))
      check(
        f.id,
        f.finish,
        'studio',
        'ΔE2000 side door',
        d,
        '≤ 2',
        d <= 2 || (f.finish === 'pearl' && d <= 5),
      );
    else if (f.finish === 'satin' || f.finish === 'matte')
      check(f.id, f.finish, 'studio', 'ΔE2000 side door', d, '≤ 3', d <= 3);
    else if (finish === 'metallic' || f.finish === 'pearl')
      check(f.id, f.finish, 'studio', 'ΔE2000 side door', d, '≤ 5', d <= 5);
    else rows.push(`${f.id}\t${f.finish}\tstudio\tΔE2000 side door (shown)\t${d.toFixed(2)}\t-`);
  }

  // Front ¾ under each lighting: shift, sparkle, texture; the contact sheet under the studio light.
  await goTo(page, 'front34');
  for (const lighting of LIGHTINGS) {
    await lightUp(page, lighting);
    for (const [i, f] of films.entries()) {
      const m = f.material;
      const img = await shot(m);
      if (lighting === 'studio') await addTile(page, i, f.id, f.finish);
      if (m.shiftColor) {
        const side = medianColor(img, door34);
        const top = medianColor(img, hood34);
        rows.push(
          `${f.id}\t${f.finish}\t${lighting}\tdoor / hood median rgb\t${side.join(',')} / ${top.join(',')}\t-`,
        );
        // Each region nearer its own catalog colour than the other one (every lighting) …
        const travel = dE(side, m.color) < dE(side, m.shiftColor) && dE(top, m.shiftColor) < dE(top, m.color);
        check(f.id, f.finish, lighting, 'door→colour, hood→shift colour', travel ? 1 : 0, '= 1', travel);
        // … and, under the calibrated studio light, within ΔE2000 10 of it.
        if (lighting === 'studio') {
          check(
            f.id,
            f.finish,
            lighting,
            `ΔE2000 door vs ${m.color}`,
            dE(side, m.color),
            '≤ 10',
            dE(side, m.color) <= 10,
          );
          check(
            f.id,
            f.finish,
            lighting,
            `ΔE2000 hood vs ${m.shiftColor}`,
            dE(top, m.shiftColor),
            '≤ 10',
            dE(top, m.shiftColor) <= 10,
          );
        }
      }
      if (m.flake || m.pearl || m.pattern) {
        if (m.shiftColor) continue;
        const texture = fineTexture(img, door34);
        const solid = fineTexture(await shot(solidOf(m)), door34);
        const ok = texture >= solid * TEXTURE_RATIO && texture - solid >= TEXTURE_LEVELS;
        // KNOWN GAP: at this viewport the stage canvas is ~220 px wide, ~20 mm of car per pixel at the front ¾, and
        // carbon and brushed grain do not yet reach the limit there (printed, not asserted; docs/SCENE.md). Their
        // real scale is asserted in the close-up below.
        if (m.pattern) {
          rows.push(
            `${f.id}\t${f.finish}\t${lighting}\tfine texture door (solid ${solid.toFixed(2)}), not asserted\t${texture.toFixed(2)}\t${ok ? 'meets' : 'BELOW'} ≥ ${TEXTURE_RATIO}× and +${TEXTURE_LEVELS}`,
          );
          continue;
        }
        check(
          f.id,
          f.finish,
          lighting,
          `fine texture door (solid ${solid.toFixed(2)})`,
          texture,
          `≥ ${TEXTURE_RATIO}× and +${TEXTURE_LEVELS}`,
          ok,
        );
      }
    }
  }
  const sheet = await page.evaluate(() =>
    (window as unknown as { __finishSheet: HTMLCanvasElement }).__finishSheet.toDataURL('image/png'),
  );
  writeFileSync(join(OUT, 'finish-contact-sheet.png'), Buffer.from(sheet.split(',')[1]!, 'base64'));

  // Close-up of the front-left door under the studio light, on a larger canvas: the wheel preset allows the camera
  // within 0.9 m of its target, so aim at the door skin (~0.85 m off the centre line) from the side.
  await lightUp(page, 'studio');
  await page.setViewportSize({ width: 1280, height: 800 });
  await goTo(page, 'side');
  const side = await page.evaluate(() => window.__configuratorSceneControl!.view());
  await goTo(page, 'wheel');
  const across = side.position.map((p, k) => p - side.target[k]!);
  const unit = across.map((v) => v / Math.hypot(...across));
  const skin = side.target.map((t, k) => t + unit[k]! * 0.85);
  const closeTarget: [number, number, number] = [skin[0]!, skin[1]! + 0.05, skin[2]! + 0.4];
  const near = closeTarget.map((t, i) => t + unit[i]! * 0.95) as [number, number, number];
  for (const f of films.filter((x) => x.material.pattern)) {
    const pattern = f.material.pattern!;
    await show(page, fullWrap(f.material));
    await afterFrame(page, () =>
      page.evaluate(([p, t]) => window.__configuratorSceneControl!.setView({ position: p, target: t }), [
        near,
        closeTarget,
      ] as const),
    );
    const img = await canvasPixels(page);
    await page.locator('canvas').screenshot({ path: join(OUT, `finish-closeup-${f.id}.png`) });
    const scale = await doorScale(page);
    const pxPerM = Math.hypot(...scale.rear);
    rows.push(`${f.id}\t${f.finish}\tstudio\tclose-up scale px/m\t${pxPerM.toFixed(0)}\t-`);
    if (pattern.kind === 'carbon-weave') {
      const want = (pattern.scaleMm / 1000) * pxPerM;
      const got = patternRepeat(
        img,
        scale.at,
        scale.rear,
        scale.up,
        Math.round(want * 6),
        Math.round(want / 3),
      );
      const ratio = got.lag / want;
      check(
        f.id,
        f.finish,
        'studio',
        `weave repeat close-up px (want ${want.toFixed(1)})`,
        got.lag,
        '±15 %',
        Math.abs(ratio - 1) <= 0.15,
      );
    } else {
      // Grain runs along the car: going across it (up) the image changes far more than going along it (rear).
      const across = directionalContrast(img, scale.at, scale.up, scale.rear, 120, 3);
      const along = directionalContrast(img, scale.at, scale.rear, scale.up, 120, 3);
      check(
        f.id,
        f.finish,
        'studio',
        `grain: 3 px contrast across / along (${across.toFixed(2)} / ${along.toFixed(2)})`,
        across / along,
        '≥ 2',
        across >= 2 * along,
      );
    }
  }

  writeFileSync(join(OUT, 'finish-figures.tsv'), `${rows.join('\n')}\n`);
  console.log(rows.join('\n'));
  expect(failures, failures.join('\n')).toEqual([]);
});
