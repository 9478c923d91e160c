import { join } from 'node:path';
import { RefusedError } from '@contract/result';
import { printCallers } from '@services/app/print-callers';
import type { PdfPrinter } from '@services/drafts/drafts-service';
import { app } from 'electron';
import { lockDownContents } from './hardening';
import { APP_ORIGIN } from './ipc';
import { secureWindow } from './secure-window';

/** How long the quote page may take to load its data, fonts and images. */
const READY_TIMEOUT_MS = 60_000;

/**
 * Prints the quote page in a hidden window of ours (`secureWindow`: the app window's preferences and
 * preload bridge, dev tools off) with `printToPDF`; the page reads the draft through the bridge like any other page.
 */
export function electronPrinter(log: (line: string) => void = () => {}): PdfPrinter {
  return async ({ id, language, document: doc }) => {
    const win = secureWindow(
      { show: false, width: 794, height: 1123 },
      { preload: join(app.getAppPath(), 'out', 'preload', 'index.cjs'), devTools: false },
    );
    const caller = `ipc:${win.webContents.id}`;
    try {
      // This window may read this one draft on a kiosk (the draft:pdf that asked for it was checked).
      printCallers.set(caller, id);
      lockDownContents(win.webContents, log);
      const query = new URLSearchParams({ id, lang: language, doc });
      await win.loadURL(`${APP_ORIGIN}/quote.html?${query}`);
      const ready = await waitForReady(() =>
        win.webContents.executeJavaScript('document.documentElement.dataset.printReady ?? ""'),
      );
      if (ready !== 'true') {
        const why = await win.webContents.executeJavaScript(
          'document.documentElement.dataset.printError ?? "timed out"',
        );
        throw new RefusedError('refused', `The quote page could not be printed: ${String(why)}`);
      }
      const pdf = await win.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
      return Buffer.from(pdf);
    } finally {
      printCallers.delete(caller);
      win.destroy();
    }
  };
}

/** Polls the page's ready flag ("true" or "error") until it is set or the time runs out. */
export async function waitForReady(
  read: () => Promise<unknown>,
  timeoutMs = READY_TIMEOUT_MS,
  stepMs = 50,
): Promise<string> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const v = String(await read());
    if (v === 'true' || v === 'error') return v;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  return 'timeout';
}
