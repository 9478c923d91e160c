import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openStep, pick, quoteSettled, showFinish } from './configurator-helpers';
import { expect, openApp, ROOT, test } from './fixtures';

const SHOTS = join(ROOT, 'test-results');

/** Asserts no two visible controls of the panel overlap and no control text is clipped. */
async function assertTidy(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const els = [
      ...document.querySelectorAll<HTMLElement>('.configurator button, .app-header button, .price-bar *'),
    ];
    for (const el of els) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        out.push(`clipped: ${el.textContent}`);
      if (el.matches('button') && (r.height < 44 || r.width < 44))
        out.push(`small target ${Math.round(r.width)}×${Math.round(r.height)}: ${el.textContent}`);
      if (r.right > window.innerWidth + 1 || r.bottom > window.innerHeight + 1) {
        if (!el.closest('.panel-scroll') && !el.closest('.step-rail'))
          out.push(`off screen: ${el.textContent}`);
      }
    }
    return out;
  });
  expect(problems).toEqual([]);
}

const LAYOUTS: { name: string; width: number; height: number; setup: (page: Page) => Promise<void> }[] = [
  {
    name: 'landscape-1920x1080-zh',
    width: 1920,
    height: 1080,
    setup: async (page) => {
      await openStep(page, '改色');
      await showFinish(page, '金属');
      await pick(page, '金属午夜蓝');
      await pick(page, '黑色车顶 + 后视镜');
    },
  },
  {
    name: 'portrait-1080x1920-zh',
    width: 1080,
    height: 1920,
    setup: async (page) => {
      await pick(page, '性能版');
      await openStep(page, '汇总');
    },
  },
  {
    name: 'laptop-1366x768-en',
    width: 1366,
    height: 768,
    setup: async (page) => {
      await page.getByRole('button', { name: 'English' }).click();
      await openStep(page, 'Wrap');
      await page.getByRole('button', { name: 'By zone' }).click();
      await page.getByRole('button', { name: 'Hood', exact: true }).click();
      await showFinish(page, 'Carbon fibre');
      await pick(page, 'Carbon Fibre Black');
      await page.locator('.panel-scroll').evaluate((e) => e.scrollTo(0, 0));
    },
  },
];

for (const layout of LAYOUTS) {
  test(`layout ${layout.name}: panels fit, targets are touch-sized, screenshot`, async ({ page, host }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: layout.width, height: layout.height });
    await openApp(page, host);
    await quoteSettled(page);
    await layout.setup(page);
    await quoteSettled(page);
    await assertTidy(page);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `configurator-${layout.name}.png`) });
  });
}
