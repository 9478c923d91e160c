/**
 * Renders the committed GLB from the five camera presets in headless Chromium (software WebGL)
 * and saves PNGs to test-results/model-preview/. Usage: tsx build/model/preview.ts [paint ...] [--only preset,preset]
 * (--only also takes the close-ups `back`, `tail`, `plate`, `hatch`, `nose` and `fascia`; --accessories shows every accessory;
 * --size 1600x1000 renders larger).
 */
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const outDir = resolve(root, 'test-results/model-preview');
const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.glb': 'model/gltf-binary',
};

/** Map a request path to a file we are willing to serve (page, three.js, the model). */
function fileFor(url: string): string | undefined {
  const p = decodeURIComponent(url.split('?')[0]!);
  if (p === '/' || p === '/index.html') return resolve(here, 'preview.html');
  if (p === '/model.glb') return resolve(root, 'assets/models/compact-ev.glb');
  if (p.startsWith('/three/')) {
    const f = resolve(root, 'node_modules/three', p.slice(7));
    if (f.startsWith(resolve(root, 'node_modules/three'))) return f;
  }
  return undefined;
}

const server = createServer((req, res) => {
  const f = fileFor(req.url ?? '/');
  if (!f || !existsSync(f)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(f)] ?? 'application/octet-stream' });
  createReadStream(f).pipe(res);
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const port = (server.address() as AddressInfo).port;

// `preview [paint …] [--only front,side] [--size 800x500] [--accessories]`; an unknown option stops with parseArgs' reason.
const { values: flags, positionals: paints } = parseArgs({
  options: { only: { type: 'string' }, size: { type: 'string' }, accessories: { type: 'boolean' } },
  allowPositionals: true,
});
const only = flags.only?.split(',') ?? ['front', 'side', 'rear', 'top', 'wheel'];
const size = flags.size ?? '800x500';
if (!/^\d+x\d+$/.test(size))
  throw new Error(`--size ${size}: expected width x height in pixels, e.g. 800x500`);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 500 } });
  page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  const acc = flags.accessories === true;
  const [w, h] = size.split('x').map(Number);
  const query = new URLSearchParams({ w: String(w), h: String(h), ...(acc ? { accessories: '1' } : {}) });
  await page.goto(`http://127.0.0.1:${port}/?${query}`);
  await page.waitForFunction('window.ready === true', undefined, { timeout: 120_000 });
  console.log('visible', await page.evaluate('JSON.stringify(window.stats)'));
  for (const paint of paints.length ? paints : ['white']) {
    for (const preset of only) {
      const data = (await page.evaluate(
        `window.shoot(${JSON.stringify(preset)}, ${JSON.stringify(paint)})`,
      )) as string;
      const file = resolve(
        outDir,
        `${preset}${paint === 'white' ? '' : `-${paint}`}${acc ? '-accessories' : ''}.png`,
      );
      writeFileSync(file, Buffer.from(data.split(',')[1]!, 'base64'));
      console.log(file);
    }
  }
} finally {
  await browser.close();
  server.close();
}
