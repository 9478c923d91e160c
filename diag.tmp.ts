import { readFileSync } from 'node:fs';
import { importVehicle } from '@services/vehicles/import-vehicle';
import { denseDracoCar } from './test/bench/lib/dense-car';
const car = await denseDracoCar();
const t = Date.now();
let last = '';
const out = await importVehicle([{ name: 'dense.glb', bytes: new Uint8Array(readFileSync(car.path)) }], {
  onProgress: (p) => { const s = `${p.stage} ${p.fraction.toFixed(2)}`; if (s !== last) { last = s; console.log(((Date.now() - t) / 1000).toFixed(1), s); } },
});
console.log('done', (Date.now() - t) / 1000, 's', out.glb.byteLength, out.bodyAreaM2);
