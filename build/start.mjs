#!/usr/bin/env node
// `npm start`: builds the app quietly (the full build log goes to out/build.log; its tail is shown when the build
// fails), then hands over to the launcher (out/main/launch.js), which opens Electron or the local host.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = join(root, 'out', 'build.log');
const started = Date.now();
process.stdout.write('Building the app… ');
const build = spawnSync('npx', ['electron-vite', 'build'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
mkdirSync(dirname(log), { recursive: true });
writeFileSync(
  log,
  `${build.stdout ?? ''}${build.stderr ?? ''}${build.error ? `\n${build.error.message}\n` : ''}`,
);
if (build.status !== 0) {
  console.log('failed.');
  const lines = `${build.stdout ?? ''}${build.stderr ?? ''}`.trimEnd().split('\n');
  console.error(lines.slice(-30).join('\n'));
  console.error(
    `The build failed: the last ${Math.min(30, lines.length)} lines are above; the whole log is ${relative(root, log)}.`,
  );
  process.exit(1);
}
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${relative(root, log)}).`);
const app = spawn(process.execPath, [join(root, 'out', 'main', 'launch.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
