/**
 * True in test builds only (`npm run build:test`, i.e. `electron-vite build --mode test`, and under vitest): the
 * `window.__configurator*` hooks that end-to-end tests and the benchmark drive. A shipped build (`npm start`,
 * `npm run dist`) compiles them out, so a kiosk page offers no back door.
 */
export const TEST_HOOKS: boolean = import.meta.env.MODE === 'test';
