import { chromium } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../main/csp';
import type { PdfPrinter } from '../main/drafts-service';
import { readStaticFile } from '../main/static-files';
import { fail, ok, RefusedError } from '../shared/result';
import { findChromium, OFFLINE_CHROMIUM_FLAGS } from './chromium';

/** Answers the few API calls the quote page makes (draft:get, workorder:get), without HTTP. */
export type QuotePageApi = (channel: string, payload: unknown) => Promise<unknown>;

/** Origin the quote page is loaded from inside the printing browser; every request is answered in-process. */
const ORIGIN = 'http://quote.localhost';

/** How long the quote page may take to load its data, fonts and images. */
const READY_TIMEOUT_MS = 60_000;

/**
 * Prints the quote page with the system Chromium (local host and command-line paths): the built renderer's
 * `quote.html` is served from memory, its API calls go straight to `api`, nothing touches the network.
 */
export function chromiumPrinter(options: { rendererDir: string; api: QuotePageApi }): PdfPrinter {
  return async ({ id, language, document: doc }) => {
    const executablePath = findChromium();
    if (!executablePath) {
      throw new RefusedError(
        'refused',
        'No Chromium found to print the PDF: install chromium or set CHROMIUM_PATH.',
      );
    }
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', ...OFFLINE_CHROMIUM_FLAGS],
    });
    try {
      const page = await browser.newPage();
      await page.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
        if (url.pathname.startsWith('/api/')) {
          const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
          const body = await options
            .api(channel, route.request().postDataJSON())
            .then(ok, (e: unknown) =>
              e instanceof RefusedError ? fail(e.code, e.message) : fail('internal', 'quote data failed'),
            );
          return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
        }
        const file = await readStaticFile(options.rendererDir, url.pathname);
        if (!file) return route.fulfill({ status: 404, body: 'Not found' });
        return route.fulfill({
          status: 200,
          contentType: file.contentType,
          body: file.body,
          headers: { 'content-security-policy': CONTENT_SECURITY_POLICY },
        });
      });
      const query = new URLSearchParams({ id, lang: language, doc });
      await page.goto(`${ORIGIN}/quote.html?${query}`);
      const state = await page
        .waitForFunction(() => document.documentElement.dataset.printReady ?? false, undefined, {
          timeout: READY_TIMEOUT_MS,
        })
        .catch((e: unknown) => {
          const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
          throw new RefusedError(
            'refused',
            `The quote page did not finish loading for printing (${why}); try again.`,
          );
        });
      const ready = await state.jsonValue();
      if (ready !== 'true') {
        const why = await page.evaluate(() => document.documentElement.dataset.printError ?? 'unknown');
        throw new RefusedError('refused', `The quote page could not be printed: ${why}`);
      }
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, format: 'A4' });
    } finally {
      await browser.close();
    }
  };
}
