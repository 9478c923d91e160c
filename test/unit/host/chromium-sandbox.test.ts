import { chromiumSandbox, type SandboxProbe } from '@services/printing/chromium';
import { describe, expect, it } from 'vitest';

/** A Linux machine as the check sees it: a non-root user, user namespaces on, no setuid helper. */
function linux(overrides: Partial<SandboxProbe> & { sysctl?: Record<string, string> } = {}): SandboxProbe {
  const { sysctl = {}, ...rest } = overrides;
  return {
    platform: 'linux',
    uid: 1000,
    env: {},
    read: (path) => sysctl[path.replace('/proc/sys/', '')],
    stat: () => undefined,
    realpath: (path) => (path === '/usr/bin/chromium' ? '/usr/lib/chromium/chromium' : path),
    ...rest,
  };
}

describe('whether the printing Chromium can keep its sandbox', () => {
  it('never as root, which Chromium refuses', () => {
    expect(chromiumSandbox('/usr/bin/chromium', linux({ uid: 0 }))).toEqual({
      sandbox: false,
      reason: 'running as root, where Chromium refuses its sandbox',
    });
  });

  it('as a user: with user namespaces, or a root-owned setuid helper beside the real binary', () => {
    expect(chromiumSandbox('/usr/bin/chromium', linux()).sandbox).toBe(true);
    const off = linux({ sysctl: { 'kernel/unprivileged_userns_clone': '0' } });
    expect(chromiumSandbox('/usr/bin/chromium', off)).toMatchObject({
      sandbox: false,
      reason: expect.stringMatching(/unprivileged_userns_clone=0/),
    });
    expect(
      chromiumSandbox('/usr/bin/chromium', linux({ sysctl: { 'user/max_user_namespaces': '0' } })).sandbox,
    ).toBe(false);
    const helper = (uid: number, mode: number) =>
      linux({
        sysctl: { 'user/max_user_namespaces': '0' },
        stat: (path) => (path === '/usr/lib/chromium/chrome-sandbox' ? { uid, mode } : undefined),
      });
    expect(chromiumSandbox('/usr/bin/chromium', helper(0, 0o104755))).toEqual({
      sandbox: true,
      reason: 'setuid sandbox helper /usr/lib/chromium/chrome-sandbox',
    });
    expect(chromiumSandbox('/usr/bin/chromium', helper(0, 0o100755)).sandbox).toBe(false);
    expect(chromiumSandbox('/usr/bin/chromium', helper(1000, 0o104755)).sandbox).toBe(false);
  });

  it('always on macOS and Windows', () => {
    expect(chromiumSandbox('C:\\chrome.exe', linux({ platform: 'win32', uid: undefined })).sandbox).toBe(
      true,
    );
  });

  it.runIf(process.platform === 'linux' && process.getuid?.() === 0)(
    'off on this machine, run as root',
    () => {
      expect(chromiumSandbox('/usr/bin/chromium').sandbox).toBe(false);
    },
  );
});
