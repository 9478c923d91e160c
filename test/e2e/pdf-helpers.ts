import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';

/** Reads a PDF's text as laid out on the page (pdftotext -layout). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/**
 * Clicks a button that has main print a PDF and offer it as a download, saves the download to `out` and
 * returns its text and the file name the app suggested.
 */
export async function downloadPdf(
  page: Page,
  button: Locator,
  out: string,
): Promise<{ text: string; suggested: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
  await download.saveAs(out);
  return { text: pdfText(out), suggested: download.suggestedFilename() };
}

/** The first line of a PDF's text that starts with `label` (a table row), or '' when there is none. */
export function rowOf(text: string, label: string): string {
  return text.split('\n').find((l) => l.trimStart().startsWith(label)) ?? '';
}
