import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CAMERA_PRESETS } from '@renderer/scene/scene-config';
import { expect, openApp, ROOT, test } from './fixtures';
import { catalogFilms, fullWrap, goTo, light, setLook } from './scene-helpers';

const OUT = join(ROOT, 'test-results', 'scene');

test.use({ viewport: { width: 1280, height: 720 } });

test('the default car from every camera preset, in three films, accessories on and off', async ({
  page,
  host,
}) => {
  test.setTimeout(600_000);
  mkdirSync(OUT, { recursive: true });
  await openApp(page, host);
  const catalog = catalogFilms();
  const pick = (id: string) => catalog.find((f) => f.id === id)!.material;
  const accessories = [
    'roof-rails',
    'crossbars',
    'roof-box',
    'rear-spoiler',
    'front-lip',
    'side-steps',
    'mud-flaps',
  ];
  const films = [
    { name: 'gloss-red', film: pick('gloss-red'), extra: {} },
    { name: 'satin-khaki', film: pick('satin-khaki'), extra: {} },
    {
      name: 'metallic-midnight-blue',
      film: pick('metallic-midnight-blue'),
      extra: { rim: { design: 'turbine', sizeInch: 17 } },
    },
  ];
  const looks = films.flatMap(({ name, film, extra }) => [
    { name, look: fullWrap(film, extra) },
    { name: `${name}-accessories`, look: fullWrap(film, { ...extra, accessories }) },
  ]);
  for (const { name, look } of looks) {
    await setLook(page, look);
    for (const preset of CAMERA_PRESETS) {
      await goTo(page, preset);
      await page.locator('canvas').screenshot({ path: join(OUT, `${name}-${preset}.png`) });
    }
  }
  for (const lighting of ['daylight', 'night'] as const) {
    await light(page, lighting);
    await goTo(page, 'front34');
    await page.locator('canvas').screenshot({ path: join(OUT, `lighting-${lighting}.png`) });
  }
  const stats = await page.evaluate(() => window.__configuratorScene?.());
  expect(stats?.triangles).toBeGreaterThan(10_000);
});

test('screenshots export at twice the canvas size and at 3840×2160', async ({ page, host }) => {
  test.setTimeout(300_000);
  await openApp(page, host);
  const sizes = await page.evaluate(async () => {
    const canvas = document.querySelector('canvas')!;
    const rect = canvas.getBoundingClientRect();
    const out: number[][] = [[rect.width, rect.height]];
    for (const kind of ['2x', '4k'] as const) {
      const blob = await window.__configuratorSceneControl!.screenshot(kind);
      const image = await createImageBitmap(blob);
      out.push([image.width, image.height, blob.type === 'image/png' ? 1 : 0]);
    }
    return out;
  });
  const [css, twice, uhd] = sizes as [number[], number[], number[]];
  expect(twice).toEqual([Math.round(css[0]! * 2), Math.round(css[1]! * 2), 1]);
  expect(uhd).toEqual([3840, 2160, 1]);
  await page.close();
});
