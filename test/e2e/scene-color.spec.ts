import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FilmMaterial } from '@domain/catalog/film-material';
import { expect, openApp, ROOT, test } from './fixtures';
import { deltaE2000, differingRegion, hexToRgb, medianColor, srgbToLab } from './scene-color';
import { canvasPixels, catalogFilms, fullWrap, goTo, setLook } from './scene-helpers';

/** A film is solid when it has no flake, pearl, colour shift or pattern: its swatch is one colour. */
const isSolid = (m: FilmMaterial) => !m.flake && !m.pearl && !m.shiftColor && !m.pattern && m.metalness === 0;

const MASK: FilmMaterial = {
  color: '#ff00ff',
  metalness: 0,
  roughness: 1,
  clearcoat: 0,
  clearcoatRoughness: 0.03,
};
const ZONE = 'door-front-left';

test('under the studio light every solid gloss film shows its catalog colour (ΔE2000 ≤ 2)', async ({
  page,
  host,
}) => {
  test.setTimeout(400_000);
  const films = catalogFilms().filter((f) => f.finish === 'gloss' && isSolid(f.material));
  expect(films.length).toBeGreaterThan(3);
  await openApp(page, host);
  await goTo(page, 'side');
  // Find the door facing the camera: the pixels that change when only that zone changes film.
  await setLook(page, fullWrap(films[0]!.material));
  const plain = await canvasPixels(page);
  const masked = fullWrap(films[0]!.material);
  masked.zones[ZONE] = MASK;
  await setLook(page, masked);
  const region = differingRegion(await canvasPixels(page), plain, 6);
  expect(region.length).toBeGreaterThan(2000);
  const rows: string[] = [];
  const results: { id: string; deltaE: number }[] = [];
  for (const film of films) {
    await setLook(page, fullWrap(film.material));
    const shown = medianColor(await canvasPixels(page), region);
    const want = hexToRgb(film.material.color);
    const deltaE = deltaE2000(srgbToLab(...shown), srgbToLab(...want));
    results.push({ id: film.id, deltaE });
    rows.push(`${film.id}\t${film.material.color}\trgb(${shown.join(',')})\tΔE2000=${deltaE.toFixed(2)}`);
  }
  mkdirSync(join(ROOT, 'test-results', 'scene'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results', 'scene', 'color-fidelity.tsv'), `${rows.join('\n')}\n`);
  console.log(rows.join('\n'));
  for (const r of results) expect(r.deltaE, r.id).toBeLessThanOrEqual(2);
});
