import { join } from 'node:path';
import { type Compression, compressedCar } from '../support/compressed-car';
import { expect, openApp, ROOT, test } from './fixtures';
import { importedOnStage, importFromHud } from './import-helpers';
import {
  afterFrame,
  canvasPixels,
  catalogFilms,
  changedShare,
  fullWrap,
  goTo,
  redShare,
  setLook,
} from './scene-helpers';

for (const how of ['draco', 'meshopt'] as const satisfies Compression[]) {
  // One import pipeline: the stage's import shortcut hands the file to the library import, which decodes it in
  // main's worker (draco3d / meshoptimizer) and stores it uncompressed; the page draws the stored car.
  test(`a ${how}-compressed real car imported from the stage is decoded, stored and drawn, CSP active`, async ({
    page,
    host,
  }) => {
    test.setTimeout(300_000);
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    const outside: string[] = [];
    page.on('request', (r) => {
      if (
        !r.url().startsWith(new URL(host.appUrl).origin) &&
        !r.url().startsWith('blob:') &&
        !r.url().startsWith('data:')
      )
        outside.push(r.url());
    });
    const bytes = await compressedCar(how);
    await openApp(page, host);
    // The policy the page runs under names WebAssembly and nothing more permissive.
    const response = await page.request.get(host.appUrl);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain("'unsafe-eval'");
    const defaultCar = await canvasPixels(page);
    const name = `lowpoly-roma-${how}.glb`;
    const end = await importFromHud(page, { name, mimeType: 'model/gltf-binary', buffer: bytes });
    expect(end).toEqual({ done: `已将 lowpoly-roma-${how} 加入车辆库。` });
    await importedOnStage(page);
    const model = await page.evaluate(() => window.__configuratorSceneControl!.store().model);
    expect(model.error, JSON.stringify(model.error)).toBeNull();
    // Back on the configurator, so the stage has the size the launch EV's picture was taken at.
    await afterFrame(page, () => page.getByRole('tab', { name: '配置' }).click());
    await goTo(page, 'front34');
    const films = catalogFilms();
    await setLook(page, fullWrap(films.find((f) => f.id === 'gloss-white')!.material));
    const white = await canvasPixels(page);
    await setLook(page, fullWrap(films.find((f) => f.id === 'gloss-red')!.material));
    const red = await canvasPixels(page);
    // The compressed car replaced the default one and its paint takes the film: it was decoded, not skipped.
    expect(changedShare(defaultCar, white)).toBeGreaterThan(0.05);
    expect(redShare(red)).toBeGreaterThan(0.05);
    expect(redShare(white)).toBeLessThan(0.01);
    await page
      .locator('canvas')
      .screenshot({ path: join(ROOT, 'test-results', 'scene', `decoders-${how}-red.png`) });
    expect(console.filter((t) => /Content Security Policy|Refused to/i.test(t))).toEqual([]);
    expect(outside).toEqual([]);
  });
}
