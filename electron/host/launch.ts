import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap } from '../main/bootstrap';
import { appRoot, defaultUserDataDir } from '../main/paths';
import { findChromium, needsNoSandbox, OFFLINE_CHROMIUM_FLAGS } from './chromium';
import { findElectronRuntime } from './electron-runtime';
import { type LocalHost, startLocalHost } from './server';

/** `npm start`: the Electron app where its runtime exists, otherwise the local host in system Chromium. */
const here = dirname(fileURLToPath(import.meta.url));
const root = appRoot(here);
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const noOpen = args.includes('--no-open');
const portArg = args.find((a) => a.startsWith('--port='));

async function main(): Promise<void> {
  let host: LocalHost | undefined;
  let browser: ChildProcess | undefined;
  const electronBin = forceBrowser ? null : findElectronRuntime(root);
  if (electronBin) {
    const child = spawn(electronBin, [root, ...args.filter((a) => a === '--kiosk')], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  if (!forceBrowser) {
    console.log(
      'Electron runtime is not installed here (node_modules/electron has no binary); serving the app on 127.0.0.1 and opening it in the system Chromium instead.',
    );
  }
  const userDataDir = defaultUserDataDir();
  const { dispatch, services } = await bootstrap({
    userDataDir,
    appRoot: root,
    runtime: 'browser',
    forceKiosk: args.includes('--kiosk'),
    quitApp: () => {
      browser?.kill();
      void host?.close().then(() => process.exit(0));
    },
    log: (line) => console.error(`[host] ${line}`),
  });
  host = await startLocalHost({
    dispatch,
    events: services.events,
    rendererDir: join(root, 'out', 'renderer'),
    port: portArg ? Number(portArg.slice('--port='.length)) : 0,
  });
  const chromium = findChromium();
  const hasDisplay =
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (noOpen || !chromium || !hasDisplay) {
    const why = noOpen
      ? ''
      : !chromium
        ? ' (no Chromium found: install it, e.g. apt-get install chromium, or set CHROMIUM_PATH)'
        : ' (no display)';
    console.log(`Open ${host.appUrl} in Chromium${why}. Ctrl+C stops the app.`);
  } else {
    const profile = join(userDataDir, 'chromium-profile');
    mkdirSync(profile, { recursive: true });
    const flags = [
      `--app=${host.appUrl}`,
      `--user-data-dir=${profile}`,
      '--window-size=1366,768',
      ...OFFLINE_CHROMIUM_FLAGS,
      // WebGL must work on machines without a usable GPU (software fallback); a GPU is still preferred.
      '--enable-unsafe-swiftshader',
      '--disable-features=Translate',
      ...(needsNoSandbox(chromium) ? ['--no-sandbox', '--test-type'] : []),
      ...(args.includes('--kiosk') ? ['--kiosk'] : []),
    ];
    browser = spawn(chromium, flags, { stdio: 'ignore' });
    console.log(`App running at ${host.url} in ${chromium}. Closing the window stops it.`);
    browser.on('exit', () => void host.close().then(() => process.exit(0)));
  }
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Could not start the app: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
