import { readFileSync } from 'node:fs';
import { VehicleImportError } from '@services/vehicles/import/errors';
import { normaliseVehicle } from '@services/vehicles/import/normalise';
import type { VehicleFile } from '@services/vehicles/import/types';
import { describe, expect, it } from 'vitest';
import { makeGlb, splitGlb } from '../../support/broken-gltf';
import { encodedVariant, ROMA_GLB } from '../../support/vehicle-fixtures/encoded';
import { englishOf } from './import-messages';

const roma = () => new Uint8Array(readFileSync(ROMA_GLB));

/** The refusal normaliseVehicle gives for these files, as key, values and English sentence. */
async function refusalOf(files: VehicleFile[]) {
  const error = await normaliseVehicle(files).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VehicleImportError);
  const { reason } = error as VehicleImportError;
  return { key: reason.key, values: reason.values, text: englishOf(reason) };
}

/** The Roma with its JSON changed by `edit`. */
function romaWith(edit: (json: ReturnType<typeof splitGlb>['json']) => void): VehicleFile[] {
  const { json, bin } = splitGlb(roma());
  edit(json);
  return [{ name: 'roma.glb', bytes: makeGlb(json, bin) }];
}

describe('files that cannot be drawn are refused with the true reason', () => {
  it('a truncated glb names the file and both sizes', async () => {
    const bytes = roma();
    const r = await refusalOf([{ name: 'cars/roma.glb', bytes: bytes.subarray(0, 100_000) }]);
    expect(r.key).toBe('import.truncated');
    expect(r.values).toEqual({ file: 'roma.glb', declared: bytes.byteLength, got: 100_000 });
    expect(r.text).toMatch(/roma\.glb is incomplete: it should hold 276424 bytes but has only 100000/);
  });

  it('a glb whose binary chunk was cut inside (header length patched) names the missing bytes', async () => {
    const bytes = roma().slice(0, 200_000);
    new DataView(bytes.buffer).setUint32(8, bytes.byteLength, true);
    const r = await refusalOf([{ name: 'roma.glb', bytes }]);
    expect(r.key).toBe('import.binChunkCut');
  });

  it('an accessor reaching past its bufferView names the accessor and the view', async () => {
    const r = await refusalOf(
      romaWith((json) => {
        json.accessors[4].count = 100_000;
      }),
    );
    expect(r.key).toBe('import.accessorPastView');
    expect(r.values).toMatchObject({ file: 'roma.glb', accessor: 4, view: 2 });
  });

  it('indices pointing past the vertices name mesh and primitive', async () => {
    const { json, bin } = splitGlb(roma());
    const indices = json.accessors[json.meshes[1].primitives[0].indices];
    const view = json.bufferViews[indices.bufferView];
    new DataView(bin.buffer, bin.byteOffset).setUint32(
      (view.byteOffset ?? 0) + (indices.byteOffset ?? 0),
      999_999,
      true,
    );
    const r = await refusalOf([{ name: 'roma.glb', bytes: makeGlb(json, bin) }]);
    expect(r.key).toBe('import.indexPastVertices');
    expect(r.values).toMatchObject({ mesh: 1, primitive: 0, index: 999_999 });
  });

  it('a node naming a mesh that does not exist names the node', async () => {
    const r = await refusalOf(
      romaWith((json) => {
        json.nodes[5].mesh = 42;
      }),
    );
    expect(r).toMatchObject({ key: 'import.missingMesh', values: { node: 5, mesh: '42' } });
  });

  it('a required extension nobody can draw is named', async () => {
    const r = await refusalOf(
      romaWith((json) => {
        json.extensionsUsed = [...json.extensionsUsed, 'VENDOR_secret_mesh'];
        json.extensionsRequired = ['VENDOR_secret_mesh'];
      }),
    );
    expect(r).toMatchObject({ key: 'import.unknownExtension', values: { extension: 'VENDOR_secret_mesh' } });
  });

  it('glTF 1.0 is refused by version', async () => {
    const r = await refusalOf(
      romaWith((json) => {
        json.asset.version = '1.0';
      }),
    );
    expect(r).toMatchObject({ key: 'import.gltfVersion', values: { version: '1.0' } });
  });

  it('a .gltf without its .bin names the missing file and says to pick them together', async () => {
    const files = (await encodedVariant('split-gltf')).filter((f) => !f.name.endsWith('.bin'));
    const r = await refusalOf(files);
    expect(r).toMatchObject({
      key: 'import.binFileMissing',
      values: { file: 'roma.gltf', uri: 'roma.bin', index: 0 },
    });
    expect(r.text).toMatch(/pick the \.gltf together with its \.bin/);
  });

  it('a .gltf without its texture names the picture', async () => {
    const files = (await encodedVariant('split-gltf')).filter((f) => !f.name.endsWith('.png'));
    const r = await refusalOf(files);
    expect(r).toMatchObject({ key: 'import.imageFileMissing', values: { uri: 'paint check.png' } });
  });

  it('a zip, an empty file, no model and two models are told apart', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 3, 4, ...new Array(60).fill(0)]);
    expect(await refusalOf([{ name: 'car.glb', bytes: zip }])).toMatchObject({
      key: 'import.foreignFile',
      values: { kind: 'ZIP' },
    });
    expect((await refusalOf([{ name: 'car.glb', bytes: new Uint8Array() }])).key).toBe('import.emptyFile');
    expect((await refusalOf([{ name: 'car.bin', bytes: roma() }])).key).toBe('import.noModelFile');
    const two = await refusalOf([
      { name: 'a.glb', bytes: roma() },
      { name: 'b.glb', bytes: roma() },
    ]);
    expect(two).toMatchObject({ key: 'import.severalModels', values: { files: 'a.glb, b.glb' } });
  });
});

describe('what three.js draws anyway is repaired and listed', () => {
  it('no asset version, no scene, POSITION without min/max, an undeclared extension', async () => {
    const files = romaWith((json) => {
      delete json.asset.version;
      delete json.scenes;
      delete json.scene;
      delete json.accessors[0].min;
      delete json.accessors[0].max;
      json.extensionsUsed = json.extensionsUsed.filter((e: string) => e !== 'KHR_materials_clearcoat');
    });
    const { report, document } = await normaliseVehicle(files);
    expect(report.repairs.map((r) => r.key)).toEqual([
      'import.repairedVersion',
      'import.repairedNoScene',
      'import.repairedBounds',
      'import.repairedExtensionsUsed',
    ]);
    expect(report.repairs[3]!.values).toEqual({ extension: 'KHR_materials_clearcoat' });
    for (const r of report.repairs) englishOf(r);
    expect(
      document
        .getRoot()
        .listMaterials()
        .some((m) => m.getExtension('KHR_materials_clearcoat')),
    ).toBe(true);
  });
});
