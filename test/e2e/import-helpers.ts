/**
 * The stage's import shortcut (HUD "导入车辆模型… / Import car model…"): it opens the Vehicles tab and runs the
 * library import (`vehicle:import`), as the tab's own file input does.
 */
import type { Page } from '@playwright/test';

/** A file for `setInputFiles`: a path on disk (read by the browser) or bytes with a name. */
export type PickedFile = string | { name: string; mimeType: string; buffer: Buffer };

/** What the import ended in: the library's answer, or the refusal's text as the Vehicles tab shows it. */
export type ImportEnd = { done: string } | { refused: string };

const ANSWER = '[data-testid="vehicles-panel"] :is(.vehicle-done, .vehicle-refused)';

/**
 * Picks files through the HUD's import button and waits until the Vehicles tab shows this import's answer
 * (`.vehicle-done`) or refusal (`.vehicle-refused`), not one left from an earlier import.
 */
export async function importFromHud(page: Page, files: PickedFile | PickedFile[]): Promise<ImportEnd> {
  // A refusal on screen is closed (the panel renders no answer until the next one); a success is marked stale.
  const close = page.locator('[data-testid="vehicles-panel"] .vehicle-refused > button');
  if (await close.isVisible()) await close.click();
  await page.evaluate((sel) => {
    for (const el of document.querySelectorAll<HTMLElement>(sel)) el.dataset.stale = 'true';
  }, ANSWER);
  await page.getByTestId('model-file').setInputFiles(files as Parameters<Page['setInputFiles']>[1]);
  await page.waitForSelector(`${ANSWER}:not([data-stale])`, { timeout: 240_000 });
  const panel = page.getByTestId('vehicles-panel');
  const refused = panel.locator('.vehicle-refused');
  if (await refused.isVisible()) return { refused: (await refused.locator('p').first().textContent()) ?? '' };
  return { done: (await panel.locator('.vehicle-done').textContent()) ?? '' };
}

/** Waits until the library vehicle the last import answered is on stage and drawn (its id, from the store). */
export async function importedOnStage(page: Page): Promise<string> {
  await page.waitForFunction(
    () => {
      const s = window.__configuratorSceneControl?.store();
      return s?.model.state === 'ready' && s.vehicleSource !== null;
    },
    undefined,
    { timeout: 240_000 },
  );
  return page.evaluate(() => window.__configuratorSceneControl!.store().vehicleSource!.id);
}
