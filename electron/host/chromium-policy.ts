import { chmod, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '@services/app/atomic-file';

/** File name of the kiosk policy among Chromium's managed policies. */
export const KIOSK_POLICY_FILE = 'wrap-configurator-kiosk.json';

/** Managed policy for a kiosk: dev tools never available (2), no extension may be installed. */
export const KIOSK_POLICY = {
  DeveloperToolsAvailability: 2,
  ExtensionInstallBlocklist: ['*'],
} as const;

/**
 * Where the Chromium at `chromiumPath` reads mandatory policies on this platform; null where policies live
 * in the registry (Windows) or in a profile (macOS), which the launcher does not write.
 */
export function managedPolicyDir(chromiumPath: string, platform = process.platform): string | null {
  if (platform !== 'linux') return null;
  return chromiumPath.includes('google-chrome')
    ? '/etc/opt/chrome/policies/managed'
    : '/etc/chromium/policies/managed';
}

/** Whether the kiosk policy is in force, and if not, why (said plainly in the launcher's log). */
export type PolicyOutcome =
  | { enforced: true; file: string; written: boolean }
  | { enforced: false; reason: string };

/**
 * Makes sure the kiosk policy file is in `dir` with our content: leaves a matching file alone (a later run
 * as an ordinary user needs no rights), writes it atomically otherwise, mode 0644 (needs root for /etc).
 * The policy is machine-wide: every Chromium profile on this machine loses dev tools and extensions.
 */
export async function ensureKioskPolicy(dir: string | null): Promise<PolicyOutcome> {
  if (!dir) {
    return {
      enforced: false,
      reason: `on ${process.platform} Chromium's policies are set by the system administrator (registry or profile); set DeveloperToolsAvailability=2 and ExtensionInstallBlocklist=["*"] there`,
    };
  }
  const file = join(dir, KIOSK_POLICY_FILE);
  const wanted = `${JSON.stringify(KIOSK_POLICY, null, 2)}\n`;
  if ((await readFile(file, 'utf8').catch(() => '')) === wanted)
    return { enforced: true, file, written: false };
  try {
    await mkdir(dir, { recursive: true, mode: 0o755 });
    await writeFileAtomic(file, wanted, { overwrite: true });
    // Chromium runs as the kiosk user: the policy must be readable by all (and writable by its owner only).
    await chmod(file, 0o644);
    return { enforced: true, file, written: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      enforced: false,
      reason: `could not write ${file} (${code}); as root, write ${JSON.stringify(KIOSK_POLICY)} there once (the folder may need creating)`,
    };
  }
}
