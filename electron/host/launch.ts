import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap } from '@services/app/bootstrap';
import { appRoot, defaultUserDataDir } from '@services/app/paths';
import { findChromium, needsNoSandbox } from '@services/printing/chromium';
import { appWindowFlags, removeLaunchPage, writeLaunchPage } from './app-window';
import { ensureKioskPolicy, managedPolicyDir } from './chromium-policy';
import { findElectronRuntime } from './electron-runtime';
import { type LocalHost, startLocalHost } from './server';
import { LAUNCH_CODE_TTL_MS } from './sessions';

/** `npm start`: the Electron app where its runtime exists, otherwise the local host in system Chromium. */
const here = dirname(fileURLToPath(import.meta.url));
const root = appRoot(here);
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const noOpen = args.includes('--no-open');
const portArg = args.find((a) => a.startsWith('--port='));
/** A launch page printed for someone to open by hand stays valid this long (one use). */
const PRINTED_CODE_TTL_MS = 10 * 60_000;

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
  const stop = () =>
    void Promise.all([host?.close(), removeLaunchPage(userDataDir)]).then(() => process.exit(0));
  const { dispatch, services } = await bootstrap({
    userDataDir,
    appRoot: root,
    runtime: 'browser',
    forceKiosk: args.includes('--kiosk'),
    quitApp: () => {
      browser?.kill();
      stop();
    },
    log: (line) => console.error(`[host] ${line}`),
  });
  host = await startLocalHost({
    dispatch,
    events: services.events,
    vehicles: services.vehicles,
    rendererDir: join(root, 'out', 'renderer'),
    onSessionOpened: () => void removeLaunchPage(userDataDir),
    port: portArg ? Number(portArg.slice('--port='.length)) : 0,
  });
  const chromium = findChromium();
  const hasDisplay =
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const opening = !noOpen && chromium && hasDisplay;
  const ttl = opening ? LAUNCH_CODE_TTL_MS : PRINTED_CODE_TTL_MS;
  // The one-time code goes in a 0600 file, never on a command line or in printed text.
  const launchPage = await writeLaunchPage(userDataDir, host.url, host.issueCode(ttl));
  setTimeout(() => void removeLaunchPage(userDataDir), ttl).unref();
  if (!opening) {
    const why = noOpen
      ? ''
      : !chromium
        ? ' (no Chromium found: install it, e.g. apt-get install chromium, or set CHROMIUM_PATH)'
        : ' (no display)';
    console.log(
      `Open ${launchPage} in Chromium within ${ttl / 60_000} minutes (it works once)${why}. Ctrl+C stops the app.`,
    );
  } else {
    const kiosk = services.settings.kiosk;
    if (kiosk) await enforceKioskPolicy(chromium);
    const profile = join(userDataDir, 'chromium-profile');
    mkdirSync(profile, { recursive: true });
    const flags = appWindowFlags({ launchPage, profile, kiosk, noSandbox: needsNoSandbox(chromium) });
    browser = spawn(chromium, flags, { stdio: 'ignore' });
    console.log(`App running at ${host.url} in ${chromium}. Closing the window stops it.`);
    browser.on('exit', () => stop());
  }
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Turns dev tools and extensions off in the kiosk's Chromium by managed policy; says so when it cannot. */
async function enforceKioskPolicy(chromium: string): Promise<void> {
  const outcome = await ensureKioskPolicy(managedPolicyDir(chromium));
  if (outcome.enforced) {
    console.log(`Kiosk: Chromium dev tools and extensions are off by policy (${outcome.file}).`);
  } else {
    console.warn(
      `Kiosk: NOT ENFORCED: Chromium's dev tools stay available to whoever has a keyboard: ${outcome.reason}. Extensions are off by --disable-extensions.`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`Could not start the app: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
