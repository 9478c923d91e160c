import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { CameraPresetId } from '@renderer/scene/scene-config';
import { expect, openApp, ROOT, test } from './fixtures';
import { catalogFilms, fullWrap, goTo, setLook, stageFraming } from './scene-helpers';

const OUT = join(ROOT, 'test-results', 'scene');

/** Window sizes the stage must work in: desktop, laptop, portrait kiosk, a narrow side-by-side window. */
const WINDOWS = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1080x1920', width: 1080, height: 1920 },
  { name: '420x800', width: 420, height: 800 },
];

const FRAMED: CameraPresetId[] = ['front34', 'side', 'rear34', 'top'];

/** Every visible HUD control: touch-sized, inside the stage, text not clipped, no two overlapping. */
async function hudProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const stage = document.querySelector('.scene-stage')!.getBoundingClientRect();
    if (stage.left < -0.5 || stage.right > window.innerWidth + 0.5)
      out.push(`stage ${Math.round(stage.left)}–${Math.round(stage.right)} outside the window`);
    const buttons = [...document.querySelectorAll<HTMLElement>('.scene-hud button')].filter(
      (b) => b.getBoundingClientRect().width > 0,
    );
    const rects = buttons.map((b) => b.getBoundingClientRect());
    buttons.forEach((b, i) => {
      const r = rects[i]!;
      const name = b.textContent ?? '';
      if (r.width < 44 || r.height < 44)
        out.push(`small ${Math.round(r.width)}×${Math.round(r.height)}: ${name}`);
      if (b.scrollWidth > b.clientWidth + 1) out.push(`clipped: ${name}`);
      if (r.left < stage.left - 0.5 || r.right > stage.right + 0.5 || r.bottom > stage.bottom + 0.5)
        out.push(`outside the stage: ${name}`);
      for (let j = i + 1; j < rects.length; j++) {
        const o = rects[j]!;
        const overlap = Math.min(r.right, o.right) - Math.max(r.left, o.left);
        const overlapY = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
        if (overlap > 0.5 && overlapY > 0.5) out.push(`overlap: ${name} / ${buttons[j]!.textContent}`);
      }
    });
    return out;
  });
}

for (const win of WINDOWS) {
  test(`stage ${win.name}: every preset frames the whole car above the controls, in zh and en`, async ({
    page,
    host,
  }) => {
    test.setTimeout(300_000);
    mkdirSync(OUT, { recursive: true });
    await page.setViewportSize({ width: win.width, height: win.height });
    await openApp(page, host);
    const red = catalogFilms().find((f) => f.id === 'gloss-red')!.material;
    await setLook(page, fullWrap(red));
    for (const preset of FRAMED) {
      await goTo(page, preset);
      const f = await stageFraming(page, 'red');
      const where = `${preset} on a ${Math.round(f.width)}×${Math.round(f.height)} stage`;
      expect(f.car.right, where).toBeGreaterThan(f.car.left);
      expect(f.car.left, `${where}: left edge`).toBeGreaterThanOrEqual(f.width * 0.015);
      expect(f.car.right, `${where}: right edge`).toBeLessThanOrEqual(f.width * 0.985);
      expect(f.car.top, `${where}: top edge`).toBeGreaterThanOrEqual(f.height * 0.015);
      expect(f.car.bottom, `${where}: behind the controls`).toBeLessThanOrEqual(f.hudTop);
      // Fills the frame: neither tiny on a wide stage nor lost on a narrow one.
      const fill = Math.max((f.car.right - f.car.left) / f.width, (f.car.bottom - f.car.top) / f.hudTop);
      expect(fill, `${where}: fills the free view`).toBeGreaterThan(0.6);
      if (preset === 'front34' || preset === 'side')
        await page.screenshot({ path: join(OUT, `stage-${win.name}-${preset}.png`) });
    }
    expect(await hudProblems(page)).toEqual([]);
    const more = page.locator('.scene-hud-more-toggle');
    if (win.width < 700) {
      await expect(more).toBeVisible();
      await more.click();
      await expect(page.locator('#scene-hud-more')).toBeVisible();
      expect(await hudProblems(page)).toEqual([]);
      await page.screenshot({ path: join(OUT, `stage-${win.name}-more-zh.png`) });
      await more.click();
    }
    // A DOM click: on a 420 px window the header's language switch lies past the edge (the header's own
    // layout), and Playwright's scroll-into-view would shift the whole app sideways.
    await page.getByRole('button', { name: 'English', exact: true }).evaluate((b: HTMLElement) => b.click());
    await expect(page.locator('.scene-hud-views button').first()).toHaveText('Front ¾');
    expect(await hudProblems(page)).toEqual([]);
    if (win.width < 700) {
      await more.click();
      expect(await hudProblems(page)).toEqual([]);
    }
    await page.screenshot({ path: join(OUT, `stage-${win.name}-en.png`) });
  });
}
