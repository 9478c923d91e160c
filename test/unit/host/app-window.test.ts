import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appWindowFlags, LAUNCH_PAGE, removeLaunchPage, writeLaunchPage } from '@host/app-window';
import { ensureKioskPolicy, KIOSK_POLICY, KIOSK_POLICY_FILE, managedPolicyDir } from '@host/chromium-policy';
import { createSessionKeeper } from '@host/sessions';
import { describe, expect, it } from 'vitest';

describe('the app window launch', () => {
  it('puts the one-time code in a 0600 launch page and nothing secret in Chromium’s arguments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'launch-'));
    const keeper = createSessionKeeper(41234);
    const code = keeper.issueCode();
    const page = await writeLaunchPage(dir, 'http://127.0.0.1:41234', code);
    const file = fileURLToPath(page);
    expect(file).toBe(join(dir, LAUNCH_PAGE));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain(`http://127.0.0.1:41234/#code=${code}`);
    for (const kiosk of [false, true]) {
      const flags = appWindowFlags({
        launchPage: page,
        profile: join(dir, 'profile'),
        kiosk,
        noSandbox: true,
      });
      expect(flags.join(' ')).not.toContain(code);
      expect(flags.join(' ')).not.toMatch(/token|code=/);
      expect(flags).toContain(`--app=${page}`);
      expect(flags).toContain('--disable-extensions');
      expect(flags.includes('--kiosk')).toBe(kiosk);
    }
    await removeLaunchPage(dir);
    await removeLaunchPage(dir);
    expect(() => statSync(file)).toThrow();
  });
});

describe('the kiosk browser policy', () => {
  it('knows where each Chromium on Linux reads managed policies, and that others set them elsewhere', () => {
    expect(managedPolicyDir('/usr/bin/chromium', 'linux')).toBe('/etc/chromium/policies/managed');
    expect(managedPolicyDir('/usr/bin/google-chrome-stable', 'linux')).toBe(
      '/etc/opt/chrome/policies/managed',
    );
    expect(managedPolicyDir('C:\\chrome.exe', 'win32')).toBeNull();
  });

  it('writes dev tools off and every extension blocked, readable by all, once', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'policy-')), 'policies', 'managed');
    const first = await ensureKioskPolicy(dir);
    expect(first).toEqual({ enforced: true, file: join(dir, KIOSK_POLICY_FILE), written: true });
    const file = join(dir, KIOSK_POLICY_FILE);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      DeveloperToolsAvailability: 2,
      ExtensionInstallBlocklist: ['*'],
    });
    expect(statSync(file).mode & 0o777).toBe(0o644);
    expect(await ensureKioskPolicy(dir)).toMatchObject({ enforced: true, written: false });
    writeFileSync(file, '{"DeveloperToolsAvailability": 0}');
    expect(await ensureKioskPolicy(dir)).toMatchObject({ enforced: true, written: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(KIOSK_POLICY);
  });

  it('says plainly why the policy is not in force when the folder cannot be written', async () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'policy-')), 'not-a-folder');
    writeFileSync(blocker, '');
    const outcome = await ensureKioskPolicy(join(blocker, 'managed'));
    expect(outcome.enforced).toBe(false);
    expect(outcome.enforced === false && outcome.reason).toMatch(/could not write .*not-a-folder.*ENOTDIR/);
    const none = await ensureKioskPolicy(null);
    expect(none.enforced === false && none.reason).toContain('DeveloperToolsAvailability=2');
  });
});
