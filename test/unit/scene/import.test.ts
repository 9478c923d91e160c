import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyLook } from '@renderer/scene/car/apply-look';
import { buildRig, PAINT_ZONE } from '@renderer/scene/car/rig';
import { FACTORY_LOOK } from '@renderer/scene/scene-config';
import { BoxGeometry, Group, Mesh, MeshStandardMaterial, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { encodedVariant } from '../../support/vehicle-fixtures/encoded';

const RED = { color: '#c0161c', metalness: 0, roughness: 0.12, clearcoat: 1, clearcoatRoughness: 0.03 };

import { refusalText } from '@renderer/scene/import/errors';
import { guessManifest } from '@renderer/scene/import/guess';
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

function named(o: Object3D, name: string): Object3D {
  o.name = name;
  return o;
}

describe('guessing a manifest from names', () => {
  const part = (name: string, material: string) =>
    named(new Mesh(new BoxGeometry(), new MeshStandardMaterial({ name: material })), name);

  it('finds paint in other languages, wheels by position codes, and glass', () => {
    const root = new Group();
    root.add(part('Karosserie', 'Lack_rot'), part('Scheibe', 'Glas'), part('Sitz', 'leather'));
    for (const w of ['Rad_FL', 'Rad_FR', 'Rad_RL', 'Rad_RR']) root.add(part(w, 'tyre'));
    const { manifest, guesses } = guessManifest(root, 'bmw.glb');
    expect(manifest.paintMaterials).toEqual(['Lack_rot']);
    expect(manifest.wheels.nodes).toEqual(['Rad_FL', 'Rad_FR', 'Rad_RL', 'Rad_RR']);
    expect(manifest.glass.meshes).toEqual(['Scheibe']);
    expect(guesses.map((g) => g.message).join('\n')).toMatch(/Paint: material Lack_rot/);
    // The UI shows each guess in its language, with the names it quotes.
    const zh = guesses.map((g) => refusalText('zh-CN', g.key, g.values));
    expect(zh.join('\n')).toContain('车漆：按名称识别为材质 Lack_rot');
    expect(zh.join('\n')).toContain('Rad_FL, Rad_FR, Rad_RL, Rad_RR');
    expect(zh.join('\n')).not.toMatch(/\{\{|Paint|Wheels/);
  });

  it('finds Chinese paint names, and falls back to the largest material with a warning', () => {
    const zh = new Group();
    zh.add(part('车身', '车漆'), part('轮胎', '橡胶'));
    expect(guessManifest(zh, 'zh.glb').manifest.paintMaterials).toEqual(['车漆']);
    const odd = new Group();
    const big = part('shell', 'mat_01');
    big.scale.set(4, 1.4, 2);
    odd.add(big, part('thing', 'mat_02'));
    const { manifest, guesses } = guessManifest(odd, 'odd.glb');
    expect(manifest.paintMaterials).toEqual(['mat_01']);
    expect(guesses.map((g) => g.message).join('\n')).toMatch(/largest one, mat_01/);
    expect(guesses.map((g) => g.message).join('\n')).toMatch(/no node is named like a wheel/);
  });
});

describe('loading real files', () => {
  it('loads the third-party fixture: its paint follows the film and its four wheels are found', async () => {
    const car = await loadCar(bufferOf(readFileSync(FIXTURE)), 'lowpoly-roma.glb');
    expect(car.manifest.paintMaterials).toContain('CarPaint');
    expect(car.manifest.wheels.nodes.sort()).toEqual(['BL_Wheel', 'BR_Wheel', 'FL_Wheel', 'FR_Wheel']);
    const textures = createFilmTextures();
    const rig = buildRig(car.root, car.manifest, textures);
    expect(rig.zones.get(PAINT_ZONE)?.length).toBeGreaterThan(0);
    expect(rig.wheels).toHaveLength(4);
    applyLook(rig, { ...FACTORY_LOOK, zones: { hood: RED, roof: RED } }, textures);
    const paint = rig.zoneMaterials.get(PAINT_ZONE)!;
    expect(`#${paint.color.getHexString()}`).toBe('#c0161c');
    const size = rig.bounds.getSize(rig.bounds.min.clone());
    expect(size.z).toBeGreaterThan(3);
    expect(size.z).toBeLessThan(6);
    expect(rig.bounds.min.y).toBeCloseTo(0, 2);
  });

  it('loads the default car by its naming convention when no manifest is given', async () => {
    const car = await loadCar(bufferOf(readFileSync(DEFAULT_CAR)), 'compact-ev.glb');
    expect(car.manifest.zones.map((z) => z.id)).toContain('hood');
    expect(car.manifest.wheels.nodes).toHaveLength(4);
    expect(Object.keys(car.manifest.glass.windowSets).sort()).toEqual([
      'front-sides',
      'rear',
      'rear-sides',
      'windscreen',
    ]);
  });
});
