import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/** Builds main (Electron entry + local host launcher + vehicle import worker), one sandbox-safe preload bundle, and the renderer. */
export default defineConfig({
  main: {
    resolve: { tsconfigPaths: true },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          main: resolve(__dirname, 'electron/shell/main.ts'),
          launch: resolve(__dirname, 'electron/host/launch.ts'),
          // The vehicle import runs in a worker thread (services/vehicles/import/normalise-in-worker.ts finds it).
          'vehicle-import-worker': resolve(__dirname, 'electron/services/vehicles/import/worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { tsconfigPaths: true },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    resolve: { tsconfigPaths: true },
    assetsInclude: ['**/*.glb', '**/*.hdr'],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'renderer/index.html'),
          quote: resolve(__dirname, 'renderer/quote.html'),
        },
      },
    },
  },
});
