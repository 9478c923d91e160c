import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyLook } from '@renderer/scene/car/apply-look';
import { buildRig } from '@renderer/scene/car/rig';
import { FACTORY_LOOK } from '@renderer/scene/scene-config';
import { importVehicle } from '@services/vehicles/import-vehicle';
import { describe, expect, it } from 'vitest';
import { encodedVariant } from '../../support/vehicle-fixtures/encoded';

const RED = { color: '#c0161c', metalness: 0, roughness: 0.12, clearcoat: 1, clearcoatRoughness: 0.03 };

import { loadCar } from '@renderer/scene/import/load';
import { checkGltfBytes, ModelFileError } from '@renderer/scene/import/validate';
import { createFilmTextures } from '@renderer/scene/materials/textures';

const FIXTURE = join(__dirname, '../../../../shared/fixtures/models/lowpoly-roma.glb');
const DEFAULT_CAR = join(__dirname, '../../../assets/models/compact-ev.glb');

const bufferOf = (b: Uint8Array): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** A minimal GLB whose JSON chunk is `json`. */
function glb(json: unknown, version = 2): ArrayBuffer {
  let text = JSON.stringify(json);
  while (text.length % 4) text += ' ';
  const body = Buffer.from(text);
  const out = Buffer.alloc(20 + body.length);
  out.writeUInt32LE(0x46546c67, 0);
  out.writeUInt32LE(version, 4);
  out.writeUInt32LE(out.length, 8);
  out.writeUInt32LE(body.length, 12);
  out.writeUInt32LE(0x4e4f534a, 16);
  body.copy(out, 20);
  return bufferOf(out);
}

const expectRefused = (bytes: ArrayBuffer, message: RegExp) => {
  expect(() => checkGltfBytes(bytes)).toThrow(ModelFileError);
  expect(() => checkGltfBytes(bytes)).toThrow(message);
};

describe('model file checks', () => {
  const ok = { asset: { version: '2.0' }, meshes: [{ primitives: [{ attributes: {} }] }] };

  it('accepts the fixture and the default car', () => {
    expect(checkGltfBytes(bufferOf(readFileSync(FIXTURE))).kind).toBe('glb');
    expect(checkGltfBytes(glb(ok)).json.asset?.version).toBe('2.0');
  });

  it('refuses empty, truncated, foreign and damaged files with a clear reason', () => {
    expectRefused(new ArrayBuffer(3), /empty or too short/);
    const full = readFileSync(FIXTURE);
    expectRefused(bufferOf(full.subarray(0, Math.floor(full.length / 2))), /truncated/);
    expectRefused(
      bufferOf(Buffer.from('PK\u0003\u0004 this is a zip file, not a model at all')),
      /not a glTF 2\.0 model/,
    );
    expectRefused(glb(ok, 1), /version 1/);
    expectRefused(bufferOf(Buffer.from('{"asset": {"version": "2.0"}, "meshes": [')), /damaged/);
    expectRefused(glb({ asset: { version: '1.0' }, meshes: [{}] }), /only glTF 2\.0/);
    expectRefused(glb({ asset: { version: '2.0' } }), /no meshes/);
  });

  it('lets compressed models through (the app ships Draco, meshopt and KTX2 decoders) but not unknown ones', () => {
    for (const extension of ['KHR_draco_mesh_compression', 'EXT_meshopt_compression', 'KHR_texture_basisu'])
      expect(checkGltfBytes(glb({ ...ok, extensionsRequired: [extension] })).kind).toBe('glb');
    expectRefused(glb({ ...ok, extensionsRequired: ['ACME_super_paint'] }), /extension ACME_super_paint/);
  });

  it('passes the Draco and meshopt variants of the real car (meshopt fallback buffer, packed views)', async () => {
    for (const how of ['draco', 'meshopt'] as const) {
      const bytes = (await encodedVariant(how))[0]!.bytes;
      const checked = checkGltfBytes(bufferOf(bytes));
      expect(checked.json.extensionsRequired).toEqual([
        how === 'draco' ? 'KHR_draco_mesh_compression' : 'EXT_meshopt_compression',
      ]);
    }
  });

  it('refuses a .gltf that needs side files', () => {
    const text = JSON.stringify({ ...ok, buffers: [{ uri: 'car.bin', byteLength: 10 }] });
    expectRefused(bufferOf(Buffer.from(text)), /separate file \(car\.bin\)/);
  });
});

const DEFAULT_MANIFEST = join(__dirname, '../../../assets/models/compact-ev.manifest.json');

describe('loading the cars the stage shows (each with its manifest)', () => {
  it('puts the third-party car on the rig from the library import: its paint follows the film, four wheels', async () => {
    // The one import pipeline (normalise + find parts in the worker) makes the glb and manifest the page loads.
    const imported = await importVehicle([{ name: 'lowpoly-roma.glb', bytes: readFileSync(FIXTURE) }], {});
    const glb = imported.glb;
    const car = await loadCar(
      glb.buffer.slice(glb.byteOffset, glb.byteOffset + glb.byteLength) as ArrayBuffer,
      'lowpoly-roma.glb',
      imported.manifest,
    );
    expect(car.manifest.paintMaterials).toContain('CarPaint');
    const textures = createFilmTextures();
    const rig = buildRig(car.root, car.manifest, textures);
    // Its one zone `body` is its paint (until zones are cut, issue #17).
    expect(rig.zones.get('body')?.length).toBeGreaterThan(0);
    expect(rig.wheels).toHaveLength(4);
    applyLook(rig, { ...FACTORY_LOOK, zones: { body: RED } }, textures);
    const paint = rig.zoneMaterials.get('body')!;
    expect(`#${paint.color.getHexString()}`).toBe('#c0161c');
    const size = rig.bounds.getSize(rig.bounds.min.clone());
    expect(size.z).toBeGreaterThan(4.4);
    expect(size.z).toBeLessThan(4.8);
    expect(rig.bounds.min.y).toBeCloseTo(0, 2);
  }, 60_000);

  it('loads the default car with its bundled manifest', async () => {
    const manifest = JSON.parse(readFileSync(DEFAULT_MANIFEST, 'utf8'));
    const car = await loadCar(bufferOf(readFileSync(DEFAULT_CAR)), 'compact-ev.glb', manifest);
    expect(car.manifest.zones.map((z) => z.id)).toContain('hood');
    expect(car.manifest.wheels.nodes).toHaveLength(4);
    expect(Object.keys(car.manifest.glass.windowSets).sort()).toEqual([
      'front-sides',
      'rear',
      'rear-sides',
      'windscreen',
    ]);
  });

  it('refuses a car whose manifest is not a manifest, naming what is wrong', async () => {
    const bytes = bufferOf(readFileSync(DEFAULT_CAR));
    const refusal = await loadCar(bytes, 'compact-ev.glb', { schemaVersion: 1 }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ModelFileError);
    expect((refusal as ModelFileError).key).toBe('manifestInvalid');
    expect((refusal as ModelFileError).message).toMatch(/^The model manifest is invalid: .+/);
  });
});
