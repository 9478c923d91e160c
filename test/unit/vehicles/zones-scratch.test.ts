import { it } from 'vitest';
import { unwrapZone } from '@services/vehicles/zones/unwrap/unwrap-zone';
import { templateEdges } from '@domain/artwork/orientation';
import { generatedCarZones } from '../../support/unwrap/zones-of-car';
it('scratch', async () => {
  for (const z of await generatedCarZones()) {
    const r = unwrapZone(z);
    const g = templateEdges([{ uv: z.generatedUvs, indices: z.indices, positions: z.positions }]);
    const m = templateEdges([{ uv: r.uvs, indices: r.indices, positions: r.positions }]);
    console.log(z.type.padEnd(18), JSON.stringify(g), JSON.stringify(m), JSON.stringify(g) === JSON.stringify(m) ? 'SAME' : 'DIFF');
  }
}, 300000);
