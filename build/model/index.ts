/** `npm run build:model`: regenerate assets/models/compact-ev.glb and its manifest. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateModel } from './generate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = resolve(root, 'assets/models');
mkdirSync(out, { recursive: true });
const { glb, manifest } = await generateModel();
writeFileSync(resolve(out, 'compact-ev.glb'), glb);
writeFileSync(resolve(out, 'compact-ev.manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`compact-ev.glb ${glb.byteLength} bytes`);
