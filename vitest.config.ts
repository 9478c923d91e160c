import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Layer aliases (@domain/…, @services/…) come from tsconfig.json's paths.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
