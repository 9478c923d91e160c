import { defineConfig } from '@playwright/test';
import { findChromium, OFFLINE_CHROMIUM_FLAGS } from '@services/printing/chromium';

/** End-to-end tests drive the real app in Debian Chromium (WebGL through SwiftShader, in software). */
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/playwright',
  // A test's own limit (test.setTimeout) wins; this one covers the short tests, whose first frame alone can take
  // minutes when other processes load the machine (fixtures.ts FIRST_FRAME_MS).
  timeout: 300_000,
  expect: { timeout: 30_000 },
  // One browser at a time: two would share the same two cores for SwiftShader, and the long-task and
  // camera-settle checks measure wall-clock time (not measured with two yet: E2E_WORKERS=2 to try).
  workers: Number(process.env.E2E_WORKERS ?? 1),
  retries: 0,
  reporter: [['list']],
  use: {
    viewport: { width: 800, height: 500 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        ...OFFLINE_CHROMIUM_FLAGS,
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--ignore-gpu-blocklist',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /electron\.spec\.ts$/ },
    { name: 'electron', testMatch: /electron\.spec\.ts$/ },
  ],
});
