import { fail, ok, RefusedError } from '@contract/result';
import { type Browser, type BrowserContext, chromium, type Page, type Route } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../app/csp';
import { readStaticFile } from '../app/static-files';
import type { PdfPrinter } from '../drafts/drafts-service';
import { chromiumSandbox, findChromium, OFFLINE_CHROMIUM_FLAGS, type SandboxVerdict } from './chromium';

/** Answers the few API calls the quote page makes (draft:get, workorder:get), without HTTP. */
export type QuotePageApi = (channel: string, payload: unknown) => Promise<unknown>;

/**
 * Origin the quote page is loaded from inside the printing browser. Not a remote address: `*.localhost`
 * never leaves the machine, and every request to it is intercepted by `page.route` and answered in-process
 * from the built renderer (see `answer` below); any other origin is aborted.
 */
const ORIGIN = 'http://quote.localhost';

/** How long the quote page may take to load its data, fonts and images. */
const READY_TIMEOUT_MS = 60_000;

/** The browser stays up this long after a print, so the next quote prints without a cold start. */
const IDLE_CLOSE_MS = 120_000;

/**
 * Prints the quote page with the system Chromium (local host and command-line paths): the built renderer's
 * `quote.html` is served from memory, its API calls go straight to `api`, nothing touches the network.
 */
export function chromiumPrinter(options: {
  rendererDir: string;
  api: QuotePageApi;
  /** Where the printer says whether its browser runs sandboxed (once per launch). */
  log?: (level: 'info' | 'warn', line: string) => void;
  /** Overrides the machine check (tests). */
  sandbox?: SandboxVerdict;
}): PdfPrinter {
  let browser: Promise<BrowserContext> | undefined;
  let idle: NodeJS.Timeout | undefined;
  let warm: Page | undefined;
  const open = (): Promise<BrowserContext> => {
    if (browser) return browser;
    const executablePath = findChromium();
    if (!executablePath) {
      return Promise.reject(
        new RefusedError(
          'refused',
          'No Chromium found to print the PDF: install chromium or set CHROMIUM_PATH.',
        ),
      );
    }
    const launched = launchBrowser(
      executablePath,
      options.sandbox ?? chromiumSandbox(executablePath),
      options.log,
    ).then(async (b) => {
      b.on('disconnected', () => {
        if (browser === launched) browser = undefined;
      });
      // One context for all prints: the quote page's script and fonts stay in its cache.
      const context = await b.newContext();
      await context.route('**/*', (route) => answer(route, options));
      return context;
    });
    browser = launched;
    launched.catch(() => {
      if (browser === launched) browser = undefined;
    });
    return launched;
  };
  const close = async (): Promise<void> => {
    clearTimeout(idle);
    warm = undefined;
    const b = browser;
    browser = undefined;
    await (await b?.catch(() => undefined))?.browser()?.close();
  };
  let queue: Promise<unknown> = Promise.resolve();
  const printOne = async ({ id, language, document: doc }: Parameters<PdfPrinter>[0]): Promise<Buffer> => {
    clearTimeout(idle);
    const query = new URLSearchParams({ id, lang: language, doc }).toString();
    let page = warm;
    try {
      if (page && !page.isClosed()) {
        // The page is loaded already (script, fonts): render the next draft in place.
        await page.evaluate(
          (q) => (window as unknown as { quotePrint: (q: string) => Promise<void> }).quotePrint(q),
          query,
        );
      } else {
        page = await (await open()).newPage();
        warm = page;
        await page.goto(`${ORIGIN}/quote.html?${query}`);
      }
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
      if ((await state.jsonValue()) !== 'true') {
        const why = await page.evaluate(() => document.documentElement.dataset.printError ?? 'unknown');
        throw new RefusedError('refused', `The quote page could not be printed: ${why}`);
      }
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, format: 'A4' });
    } catch (error) {
      // Start from a fresh page next time rather than trust one that failed.
      if (warm === page) warm = undefined;
      await page?.close().catch(() => {});
      throw error;
    } finally {
      idle = setTimeout(() => void close(), IDLE_CLOSE_MS);
      idle.unref();
    }
  };
  /** One print at a time: they share the warm page. */
  const print = (request: Parameters<PdfPrinter>[0]): Promise<Buffer> => {
    const run = queue.then(() => printOne(request));
    queue = run.catch(() => {});
    return run;
  };
  return Object.assign(print, { close });
}

/** Flags every printing browser gets (no crash uploads, nothing online). */
const PRINT_FLAGS = ['--disable-breakpad', '--disable-crash-reporter', ...OFFLINE_CHROMIUM_FLAGS];

/**
 * Starts the printing browser with Chromium's sandbox wherever the machine allows it (see chromiumSandbox);
 * where it does not, or the sandboxed start fails, it starts without and the log says why. The quote page
 * is our own build and its only picture, the car image, is re-encoded from pixels in main either way.
 */
async function launchBrowser(
  executablePath: string,
  verdict: SandboxVerdict,
  log: (level: 'info' | 'warn', line: string) => void = () => {},
): Promise<Browser> {
  const unsandboxed = (why: string) => {
    log(
      'warn',
      `PDF printer: Chromium runs WITHOUT its sandbox (${why}); car images are re-encoded in main.`,
    );
    return chromium.launch({ executablePath, chromiumSandbox: false, args: PRINT_FLAGS });
  };
  if (!verdict.sandbox) return unsandboxed(verdict.reason);
  try {
    const browser = await chromium.launch({ executablePath, chromiumSandbox: true, args: PRINT_FLAGS });
    log('info', `PDF printer: Chromium sandbox on (${verdict.reason}).`);
    return browser;
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return unsandboxed(`the sandboxed start failed: ${why}`);
  }
}

/** Serves the quote page's files from the build and its API calls from `api`; blocks everything else. */
async function answer(route: Route, options: { rendererDir: string; api: QuotePageApi }): Promise<void> {
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
    headers: { 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'max-age=3600' },
  });
}
