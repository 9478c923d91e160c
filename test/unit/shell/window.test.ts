import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Records what the code under test does to Electron's objects. */
const created: { options: Electron.BrowserWindowConstructorOptions; win: FakeWindow }[] = [];

class FakeEmitter {
  listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  on(name: string, fn: (...args: unknown[]) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
    return this;
  }
  once(name: string, fn: (...args: unknown[]) => void) {
    return this.on(name, fn);
  }
  emit(name: string, ...args: unknown[]) {
    for (const fn of this.listeners.get(name) ?? []) fn(...args);
  }
}

class FakeSession {
  request?: (c: unknown, p: string, cb: (ok: boolean) => void) => void;
  check?: () => boolean;
  setPermissionRequestHandler(fn: FakeSession['request']) {
    this.request = fn;
  }
  setPermissionCheckHandler(fn: () => boolean) {
    this.check = fn;
  }
  setDevicePermissionHandler() {}
}

class FakeContents extends FakeEmitter {
  session = new FakeSession();
  openHandler?: (d: { url: string }) => { action: string };
  setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
    this.openHandler = fn;
  }
}

class FakeWindow extends FakeEmitter {
  webContents = new FakeContents();
  loaded: string[] = [];
  menu: unknown = 'default';
  constructor(options: Electron.BrowserWindowConstructorOptions) {
    super();
    created.push({ options, win: this });
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  setMenu(menu: unknown) {
    this.menu = menu;
  }
  isDestroyed() {
    return false;
  }
  show() {}
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { createMainWindow } = await import('@shell/window');
const { Settings } = await import('@services/app/settings');

describe('main window', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('is isolated, sandboxed, Node-free and loads only our packaged page', () => {
    createMainWindow(Settings.parse({}), '/app/out', () => {});
    const [{ options, win }] = created as [(typeof created)[number]];
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(win.loaded).toEqual(['app://bundle/index.html']);
  });

  it('blocks navigation, new windows and permissions', () => {
    const log = vi.fn();
    createMainWindow(Settings.parse({}), '/app/out', log);
    const { win } = created[0]!;
    const navigation = { preventDefault: vi.fn() };
    win.webContents.emit('will-navigate', navigation, 'https://example.com/');
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(win.webContents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const answer = vi.fn();
    win.webContents.session.request?.(null, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(win.webContents.session.check?.()).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('blocked navigation'));
  });

  it('goes full screen with no menu and no dev tools in kiosk mode', () => {
    createMainWindow(Settings.parse({ kiosk: true }), '/app/out', () => {});
    const { options, win } = created[0]!;
    expect(options).toMatchObject({ kiosk: true, fullscreen: true });
    expect(options.webPreferences?.devTools).toBe(false);
    expect(win.menu).toBeNull();
  });

  it('reloads the page and logs when the renderer crashes', () => {
    const log = vi.fn();
    createMainWindow(Settings.parse({}), '/app/out', log);
    const { win } = created[0]!;
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(win.loaded).toEqual(['app://bundle/index.html', 'app://bundle/index.html']);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('crashed'));
  });

  it('reloads without the stored configuration when the renderer keeps crashing', () => {
    const log = vi.fn();
    createMainWindow(Settings.parse({}), '/app/out', log);
    const { win } = created[0]!;
    for (let i = 0; i < 4; i++)
      win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 9 });
    expect(win.loaded).toEqual([
      'app://bundle/index.html',
      'app://bundle/index.html',
      'app://bundle/index.html',
      'app://bundle/index.html?fresh=1',
      'app://bundle/index.html',
    ]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('without the stored configuration (3 crashes'));
  });
});
