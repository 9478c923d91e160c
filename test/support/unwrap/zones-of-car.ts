/** Zone meshes of the generated launch EV (`zone:<id>` in assets/models/compact-ev.glb), as unwrapZone takes them. */

import type { ZoneType } from '@services/vehicles/zones/types';
import type { ZoneMesh } from '@services/vehicles/zones/unwrap/unwrap-zone';
import { committed, readGlb } from '../../unit/model/glb-fixture';

/** A zone of the generated car with the UVs its generator gave it (the convention to match). */
export interface CarZone extends ZoneMesh {
  /** TEXCOORD_0 of the committed model (metres × manifest uvUnitM), per input vertex. */
  generatedUvs: Float32Array;
}

/** Every `zone:<id>` mesh of the generated car, in manifest order (metres, car frame). */
export async function generatedCarZones(): Promise<CarZone[]> {
  const files = committed();
  const doc = await readGlb(files.glb);
  const manifest = files.manifest as { zones: { id: string; meshes: string[] }[] };
  return manifest.zones.map((z) => {
    const node = doc
      .getRoot()
      .listNodes()
      .find((n) => n.getName() === z.meshes[0]);
    const prim = node?.getMesh()?.listPrimitives()[0];
    if (!prim) throw new Error(`the generated car has no mesh ${z.meshes[0]}`);
    const pos = prim.getAttribute('POSITION')!.getArray()!;
    const uv = prim.getAttribute('TEXCOORD_0')!.getArray()!;
    const idx = prim.getIndices()!.getArray()!;
    return {
      type: z.id as ZoneType,
      positions: Float32Array.from(pos),
      indices: Uint32Array.from(idx),
      generatedUvs: Float32Array.from(uv),
    };
  });
}
