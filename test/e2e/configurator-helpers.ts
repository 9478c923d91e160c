import type { LocalHost } from '@host/server';
import type { Page } from '@playwright/test';
import { expect, openApp } from './fixtures';

/** Waits until the quote on screen answers the newest configuration (never on sleeps). */
export async function quoteSettled(page: Page): Promise<void> {
  await expect(page.locator('.price-bar[data-quote-state="ready"]')).toBeVisible();
  await expect(page.getByTestId('order-total')).toHaveAttribute('data-fen', /^\d+$/);
}

/** Taps an option by its exact accessible name and waits until it is chosen and re-quoted. */
export async function pick(page: Page, name: string): Promise<void> {
  const option = page.getByRole('button', { name, exact: true });
  await option.click();
  await expect(option).toHaveAttribute('aria-pressed', 'true');
  await quoteSettled(page);
}

/** Opens a step of the configurator by its tab name. */
export async function openStep(page: Page, name: string | RegExp): Promise<void> {
  const tab = page.getByRole('tab', { name });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** The store's configuration and the quote on screen, read through the test hook. */
export async function snapshot(page: Page) {
  return page.evaluate(() => window.__configuratorState!());
}

/** Shows one finish in the film browser. */
export async function showFinish(page: Page, finish: string): Promise<void> {
  const chip = page
    .getByRole('group', { name: /Finishes|膜面效果/ })
    .getByRole('button', { name: finish, exact: true });
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
}

/** Opens the app on a laptop screen (1366×768) with satin black chosen: how the staff tests start. */
export async function openWithSatinBlack(page: Page, host: LocalHost): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, host);
  await quoteSettled(page);
  await openStep(page, '改色');
  await showFinish(page, '缎光');
  await pick(page, '缎光暗夜黑');
}
