import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Document, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS, EXTMeshoptCompression, KHRDracoMeshCompression } from '@gltf-transform/extensions';
import draco3d from 'draco3d';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';

/** The real third-party car (never copied into the repository: read from the shared fixtures). */
export const REAL_CAR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'shared',
  'fixtures',
  'models',
  'lowpoly-roma.glb',
);

/** How a variant of the real car is compressed. */
export type Compression = 'draco' | 'meshopt';

async function io(): Promise<NodeIO> {
  await MeshoptEncoder.ready;
  await MeshoptDecoder.ready;
  return new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
    'draco3d.encoder': await draco3d.createEncoderModule(),
    'draco3d.decoder': await draco3d.createDecoderModule(),
    'meshopt.encoder': MeshoptEncoder,
    'meshopt.decoder': MeshoptDecoder,
  });
}

function compress(document: Document, how: Compression): void {
  if (how === 'draco') document.createExtension(KHRDracoMeshCompression).setRequired(true);
  else
    document
      .createExtension(EXTMeshoptCompression)
      .setRequired(true)
      .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER });
}

/** The real car re-written with Draco or meshopt geometry compression, as a glb (made fresh, never stored). */
export async function compressedCar(how: Compression): Promise<Buffer> {
  const nodeIo = await io();
  const document = await nodeIo.readBinary(new Uint8Array(readFileSync(REAL_CAR)));
  compress(document, how);
  return Buffer.from(await nodeIo.writeBinary(document));
}

/** The real car, uncompressed, with its paint material renamed `black paint` (a name that once vetoed paint). */
export async function blackPaintCar(): Promise<Buffer> {
  const nodeIo = await io();
  const document = await nodeIo.readBinary(new Uint8Array(readFileSync(REAL_CAR)));
  for (const m of document.getRoot().listMaterials())
    if (m.getName() === 'CarPaint') m.setName('black paint');
  return Buffer.from(await nodeIo.writeBinary(document));
}
