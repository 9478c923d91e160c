import { beforeEach, describe, expect, it, vi } from 'vitest';

/** What the printer did to the fake Electron window. */
const windows: FakeWindow[] = [];
let pageState: { ready: string; error?: string } = { ready: 'true' };

class FakeContents {
  handlers = new Map<string, unknown>();
  printOptions?: unknown;
  on(name: string, fn: unknown) {
    this.handlers.set(name, fn);
  }
  setWindowOpenHandler(fn: unknown) {
    this.handlers.set('open', fn);
  }
  async executeJavaScript(code: string) {
    return code.includes('printError') ? (pageState.error ?? '') : pageState.ready;
  }
  async printToPDF(options: unknown) {
    this.printOptions = options;
    return Buffer.from('%PDF-1.4 fake');
  }
}

class FakeWindow {
  webContents = new FakeContents();
  url?: string;
  destroyed = false;
  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    windows.push(this);
  }
  async loadURL(url: string) {
    this.url = url;
  }
  destroy() {
    this.destroyed = true;
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow, app: { getAppPath: () => '/opt/app' } }));

const { electronPrinter, waitForReady } = await import('@shell/pdf-electron');

beforeEach(() => {
  windows.length = 0;
  pageState = { ready: 'true' };
});

describe('Electron PDF printer', () => {
  it('prints the quote page in a hidden, locked-down window of ours and closes it', async () => {
    const pdf = await electronPrinter()({
      id: '01M80SRJEYJTXXP2HYCBJ4MF1J',
      language: 'en',
      document: 'quote',
    });
    expect(pdf.toString()).toBe('%PDF-1.4 fake');
    const [win] = windows;
    expect(win?.options.show).toBe(false);
    expect(win?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/opt/app/out/preload/index.cjs',
    });
    expect(win?.url).toBe('app://bundle/quote.html?id=01M80SRJEYJTXXP2HYCBJ4MF1J&lang=en&doc=quote');
    expect(win?.webContents.printOptions).toMatchObject({ pageSize: 'A4', printBackground: true });
    expect(win?.webContents.handlers.has('will-navigate')).toBe(true);
    expect(win?.destroyed).toBe(true);
  });

  it("refuses with the page's own reason when it cannot load the draft, and still closes the window", async () => {
    pageState = { ready: 'error', error: 'no saved draft 01M80SRJEYJTXXP2HYCBJ4MF1J' };
    await expect(
      electronPrinter()({ id: '01M80SRJEYJTXXP2HYCBJ4MF1J', language: 'zh', document: 'workorder' }),
    ).rejects.toThrow(/could not be printed: no saved draft/);
    expect(windows[0]?.webContents.printOptions).toBeUndefined();
    expect(windows[0]?.destroyed).toBe(true);
  });

  it('prints a comparison sheet through the same page (doc=comparison), A4, and closes the window', async () => {
    const pdf = await electronPrinter()({
      id: '01M81E1KWN1NE2JC6XK8EMCCK5',
      language: 'zh',
      document: 'comparison',
    });
    expect(pdf.toString()).toBe('%PDF-1.4 fake');
    expect(windows[0]?.url).toBe(
      'app://bundle/quote.html?id=01M81E1KWN1NE2JC6XK8EMCCK5&lang=zh&doc=comparison',
    );
    expect(windows[0]?.webContents.printOptions).toMatchObject({ pageSize: 'A4' });
    expect(windows[0]?.destroyed).toBe(true);
  });

  it('gives up waiting for a page that never gets ready', async () => {
    expect(await waitForReady(async () => '', 60, 10)).toBe('timeout');
  });
});
