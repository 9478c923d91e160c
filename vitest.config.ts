import { defineConfig } from 'vitest/config';

/**
 * Pure-domain tests: no mocks, no environment changes, no module-level state they rely on being fresh. They share
 * one module graph (`isolate: false`): importing the domain again for each file cost more than the tests
 * themselves (27 files: 90 s shared against 178–366 s isolated, load 24–32, 2026-12-03; docs/TESTING.md).
 */
const SHARED_GRAPH = ['test/unit/domain', 'test/unit/code', 'test/unit/i18n', 'test/unit/model'].flatMap(
  (d) => [`${d}/**/*.test.ts`, `${d}/**/*.test.tsx`],
);

export default defineConfig({
  // Layer aliases (@domain/…, @services/…) come from tsconfig.json's paths.
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'domain', include: SHARED_GRAPH, isolate: false } },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          exclude: SHARED_GRAPH,
        },
      },
    ],
  },
});
