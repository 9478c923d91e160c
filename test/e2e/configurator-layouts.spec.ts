import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openStep, quoteSettled } from './configurator-helpers';
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

const LAYOUTS = [
  { name: 'landscape-1920x1080', width: 1920, height: 1080, step: /Wrap|改色/ },
  { name: 'portrait-1080x1920', width: 1080, height: 1920, step: /Summary|汇总/ },
  { name: 'laptop-1366x768', width: 1366, height: 768, step: /Trim|车型/ },
];

for (const layout of LAYOUTS) {
  test(`layout ${layout.name}: panels fit, targets are touch-sized, screenshot`, async ({ page, host }) => {
    await page.setViewportSize({ width: layout.width, height: layout.height });
    await openApp(page, host);
    await quoteSettled(page);
    await page.getByRole('tab', { name: layout.step }).click();
    await quoteSettled(page);
    await assertTidy(page);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `configurator-${layout.name}.png`) });
  });
}
