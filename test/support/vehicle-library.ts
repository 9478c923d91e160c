/**
 * Small real glb cars for the vehicle library tests, made with @gltf-transform: a cloud of triangles filling a car's
 * box (length × 1.8 m × 1.4 m), so bounds, hashes and file sizes are real. `seed` varies the bytes; `triangles`
 * sets the size (12 bytes a vertex).
 */
import { Document, NodeIO } from '@gltf-transform/core';
import type { ImportVehicle } from '@services/vehicles/library/importer';
import { passThroughImport } from '@services/vehicles/library/pass-through';

/** A glb of a car-sized box of triangles. */
export async function carGlb(
  options: { lengthM?: number; seed?: number; triangles?: number } = {},
): Promise<Uint8Array> {
  const { lengthM = 4.5, seed = 1, triangles = 200 } = options;
  const doc = new Document();
  const buffer = doc.createBuffer();
  const n = triangles * 3;
  const positions = new Float32Array(n * 3);
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  for (let i = 0; i < n; i++) {
    positions[i * 3] = (random() - 0.5) * 1.8;
    positions[i * 3 + 1] = random() * 1.4;
    positions[i * 3 + 2] = (random() - 0.5) * lengthM;
  }
  // Pin the extremes so the bounds are exactly the car's box whatever the seed.
  positions.set([-0.9, 0, -lengthM / 2, 0.9, 1.4, lengthM / 2], 0);
  const accessor = doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer);
  const material = doc.createMaterial(`paint-${seed}`).setBaseColorFactor([0.8, 0.1, 0.1, 1]);
  const primitive = doc.createPrimitive().setAttribute('POSITION', accessor).setMaterial(material);
  const mesh = doc.createMesh('body').addPrimitive(primitive);
  const node = doc.createNode('car').setMesh(mesh);
  doc.createScene('scene').addChild(node);
  return new NodeIO().writeBinary(doc);
}

/** The pass-through importer with a measured-looking body: one `body` zone of `areaM2` (for re-measure tests). */
export function importerWithArea(areaM2: number): ImportVehicle {
  return async (files, options) => {
    const imported = await passThroughImport(files, options);
    const zone = {
      id: 'body',
      name: { zh: '车身', en: 'Body' },
      meshes: ['body'],
      areaM2,
      labourHours: 8,
      body: true,
    };
    return { ...imported, bodyAreaM2: areaM2, manifest: { ...imported.manifest, zones: [zone] } };
  };
}
