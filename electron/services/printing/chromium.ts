import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where a system Chromium is looked for, in order, after `CHROMIUM_PATH`. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Finds a Chromium to open the app in (and to drive in tests); null when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Flags for an offline machine: no background traffic, no component updates, no sync. */
export const OFFLINE_CHROMIUM_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
];

/** Whether Chromium can keep its sandbox on this machine, and why (for the log). */
export interface SandboxVerdict {
  sandbox: boolean;
  reason: string;
}

/** What the sandbox check reads from the machine; replaceable in tests. */
export interface SandboxProbe {
  platform: NodeJS.Platform;
  uid: number | undefined;
  env: NodeJS.ProcessEnv;
  /** A file's text (a /proc/sys setting), or undefined when it does not exist. */
  read(path: string): string | undefined;
  /** Owner and mode of a file, or undefined when it does not exist. */
  stat(path: string): { uid: number; mode: number } | undefined;
  realpath(path: string): string;
}

const machine: SandboxProbe = {
  platform: process.platform,
  uid: typeof process.getuid === 'function' ? process.getuid() : undefined,
  env: process.env,
  read: (path) => {
    try {
      return readFileSync(path, 'utf8').trim();
    } catch {
      return undefined;
    }
  },
  stat: (path) => {
    try {
      const s = statSync(path);
      return { uid: s.uid, mode: s.mode };
    } catch {
      return undefined;
    }
  },
  realpath: (path) => {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  },
};

/**
 * Whether Chromium at `executablePath` can run with its sandbox. On Linux it needs, as a non-root user,
 * either unprivileged user namespaces (kernel.unprivileged_userns_clone not 0, user.max_user_namespaces
 * above 0; Ubuntu's kernel.apparmor_restrict_unprivileged_userns=1 blocks them unless an AppArmor profile
 * allows the browser) or the setuid helper (`chrome-sandbox` beside the binary, or CHROME_DEVEL_SANDBOX,
 * owned by root with the setuid bit). As root Chromium refuses its sandbox outright. macOS and Windows
 * always have it.
 */
export function chromiumSandbox(executablePath: string, probe: SandboxProbe = machine): SandboxVerdict {
  if (probe.platform !== 'linux') return { sandbox: true, reason: `${probe.platform} sandbox` };
  if (probe.uid === 0)
    return { sandbox: false, reason: 'running as root, where Chromium refuses its sandbox' };
  const dir = dirname(probe.realpath(executablePath));
  const helpers = [probe.env.CHROME_DEVEL_SANDBOX, join(dir, 'chrome-sandbox'), join(dir, 'chrome_sandbox')];
  for (const helper of helpers) {
    const s = helper ? probe.stat(helper) : undefined;
    if (helper && s && s.uid === 0 && (s.mode & 0o4000) !== 0)
      return { sandbox: true, reason: `setuid sandbox helper ${helper}` };
  }
  if (probe.read('/proc/sys/kernel/unprivileged_userns_clone') === '0')
    return {
      sandbox: false,
      reason: 'unprivileged user namespaces are off (kernel.unprivileged_userns_clone=0)',
    };
  if (probe.read('/proc/sys/user/max_user_namespaces') === '0')
    return { sandbox: false, reason: 'user namespaces are off (user.max_user_namespaces=0)' };
  if (probe.read('/proc/sys/kernel/apparmor_restrict_unprivileged_userns') === '1')
    return {
      sandbox: true,
      reason:
        'user namespaces, if AppArmor allows them for this browser (apparmor_restrict_unprivileged_userns=1)',
    };
  return { sandbox: true, reason: 'unprivileged user namespaces' };
}

/** Whether Chromium must run without its sandbox on this machine (see chromiumSandbox). */
export const needsNoSandbox = (executablePath = findChromium() ?? ''): boolean =>
  !chromiumSandbox(executablePath).sandbox;
