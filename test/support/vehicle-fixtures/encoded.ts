/**
 * Variants of the real third-party car (../shared/fixtures/models/lowpoly-roma.glb) made in test code with
 * @gltf-transform: compressed, quantized, in other units, turned, with scenery, with a repairable flaw, split into
 * side files, with a paint material named like a colour. Nothing is committed: each variant is written once per test run to a temp folder and read back.
 * KTX2: no Basis encoder runs in Node here without native builds, so the KTX2 texture is a valid KTX 2.0
 * container written with ktx-parse holding an uncompressed R8G8B8A8_SRGB payload (three.js' KTX2Loader reads it).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Document, Format, NodeIO, type Node as SceneNode } from '@gltf-transform/core';
import {
  ALL_EXTENSIONS,
  EXTMeshoptCompression,
  KHRDracoMeshCompression,
  KHRMeshQuantization,
  KHRTextureBasisu,
} from '@gltf-transform/extensions';
import draco3d from 'draco3d';
import {
  createDefaultContainer,
  KHR_DF_SAMPLE_DATATYPE_LINEAR,
  VK_FORMAT_R8G8B8A8_SRGB,
  write,
} from 'ktx-parse';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import { makeGlb, splitGlb, tinyPng } from '../broken-gltf';

/** The real car, read from the shared fixtures (never copied into the repository). */
export const ROMA_GLB = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/fixtures/models/lowpoly-roma.glb',
);

/** One file as the importer takes it. */
export interface FixtureFile {
  name: string;
  bytes: Uint8Array;
}

/** The variants this module makes. */
export type EncodedVariant =
  | 'original'
  | 'draco'
  | 'meshopt'
  | 'ktx2'
  | 'quantized'
  | 'centimetres'
  | 'rotated-90'
  | 'rotated-180'
  | 'ground-plane'
  | 'material-array'
  | 'split-gltf'
  | 'black-paint';

let io: Promise<NodeIO> | null = null;
function fixtureIO(): Promise<NodeIO> {
  io ??= (async () => {
    await Promise.all([MeshoptEncoder.ready, MeshoptDecoder.ready]);
    return new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
      'draco3d.encoder': await draco3d.createEncoderModule(),
      'draco3d.decoder': await draco3d.createDecoderModule(),
      'meshopt.encoder': MeshoptEncoder,
      'meshopt.decoder': MeshoptDecoder,
    });
  })();
  return io;
}

async function readRoma(): Promise<Document> {
  return (await fixtureIO()).read(ROMA_GLB);
}

/** Puts the scene's top nodes under one new node (to turn or scale the whole car as an exporter would). */
function wrapScene(document: Document, name: string): SceneNode {
  const scene = document.getRoot().getDefaultScene()!;
  const wrapper = document.createNode(name);
  for (const child of scene.listChildren()) {
    scene.removeChild(child);
    wrapper.addChild(child);
  }
  scene.addChild(wrapper);
  return wrapper;
}

/** A 16×16 KTX 2.0 texture (uncompressed sRGB RGBA8, one level) with a red/white check. */
export function checkerKtx2(): Uint8Array {
  const size = 16;
  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const white = ((i % size) >> 2) % 2 === ((i / size) >> 2) % 2;
    pixels.set(white ? [255, 255, 255, 255] : [200, 20, 20, 255], i * 4);
  }
  const container = createDefaultContainer();
  container.vkFormat = VK_FORMAT_R8G8B8A8_SRGB;
  container.typeSize = 1;
  container.pixelWidth = size;
  container.pixelHeight = size;
  container.levelCount = 1;
  container.levels = [{ levelData: pixels, uncompressedByteLength: pixels.byteLength }];
  const dfd = container.dataFormatDescriptor[0]!;
  dfd.colorModel = 1; // KHR_DF_MODEL_RGBSDA
  dfd.texelBlockDimension = [0, 0, 0, 0];
  dfd.bytesPlane = [4, 0, 0, 0, 0, 0, 0, 0];
  dfd.samples = [0, 1, 2, 15].map((channel, i) => ({
    bitOffset: i * 8,
    bitLength: 7,
    channelType: channel | (channel === 15 ? KHR_DF_SAMPLE_DATATYPE_LINEAR : 0),
    samplePosition: [0, 0, 0, 0],
    sampleLower: 0,
    sampleUpper: 255,
  }));
  return write(container);
}

/** Gives the paint material a base-colour texture (the Roma has none). */
function texturePaint(document: Document, image: Uint8Array, mimeType: string, uri: string): void {
  const paint = document
    .getRoot()
    .listMaterials()
    .find((m) => m.getName() === 'CarPaint')!;
  const texture = document.createTexture('paint-check').setImage(image).setMimeType(mimeType).setURI(uri);
  paint.setBaseColorTexture(texture);
}

/**
 * Stores positions as normalized int16, normals as int8 and texture coordinates as uint16 (KHR_mesh_quantization),
 * moving each mesh node by the offset and scale that bring the integers back to the car's size.
 */
function quantize(document: Document): void {
  document.createExtension(KHRMeshQuantization).setRequired(true);
  for (const node of document.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const min = [Infinity, Infinity, Infinity];
    const max = [-Infinity, -Infinity, -Infinity];
    for (const primitive of mesh.listPrimitives()) {
      const p = primitive.getAttribute('POSITION')!.getArray()!;
      for (let i = 0; i < p.length; i++) {
        min[i % 3] = Math.min(min[i % 3]!, p[i]!);
        max[i % 3] = Math.max(max[i % 3]!, p[i]!);
      }
    }
    const centre = min.map((v, a) => (v + max[a]!) / 2);
    const half = min.map((v, a) => Math.max((max[a]! - v) / 2, 1e-6));
    for (const primitive of mesh.listPrimitives()) {
      const position = primitive.getAttribute('POSITION')!;
      const p = position.getArray()!;
      const q = new Int16Array(p.length);
      for (let i = 0; i < p.length; i++) q[i] = Math.round(((p[i]! - centre[i % 3]!) / half[i % 3]!) * 32767);
      position.setArray(q).setNormalized(true);
      const normal = primitive.getAttribute('NORMAL');
      if (normal)
        normal
          .setArray(Int8Array.from(normal.getArray() as Float32Array, (v) => Math.round(v * 127)))
          .setNormalized(true);
      const uv = primitive.getAttribute('TEXCOORD_0');
      const uvs = uv?.getArray() as Float32Array | undefined;
      if (uv && uvs?.every((v) => v >= 0 && v <= 1))
        uv.setArray(Uint16Array.from(uvs, (v) => Math.round(v * 65535))).setNormalized(true);
    }
    const [cx, cy, cz] = centre as [number, number, number];
    const [sx, sy, sz] = half as [number, number, number];
    const offsetScale = [sx, 0, 0, 0, 0, sy, 0, 0, 0, 0, sz, 0, cx, cy, cz, 1];
    const local = node.getMatrix();
    const out = new Array<number>(16).fill(0);
    for (let c = 0; c < 4; c++)
      for (let r = 0; r < 4; r++)
        for (let k = 0; k < 4; k++) out[c * 4 + r]! += local[k * 4 + r]! * offsetScale[c * 4 + k]!;
    node.setMatrix(out as Parameters<SceneNode['setMatrix']>[0]);
  }
}

/** A flat square of `areaM2` square metres under the car (two triangles, its own material), like an exporter's floor. */
function addGround(document: Document, areaM2: number): void {
  const side = Math.sqrt(areaM2) / 2;
  const buffer = document.getRoot().listBuffers()[0]!;
  const positions = new Float32Array([-side, 0, -side, side, 0, -side, side, 0, side, -side, 0, side]);
  const normals = new Float32Array([0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0]);
  const primitive = document
    .createPrimitive()
    .setAttribute('POSITION', document.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
    .setAttribute('NORMAL', document.createAccessor().setType('VEC3').setArray(normals).setBuffer(buffer))
    .setIndices(
      document
        .createAccessor()
        .setType('SCALAR')
        .setArray(new Uint16Array([0, 2, 1, 0, 3, 2]))
        .setBuffer(buffer),
    )
    .setMaterial(document.createMaterial('asphalt').setBaseColorFactor([0.2, 0.2, 0.2, 1]));
  // Named like paint on purpose: scenery must be found by shape, not by name.
  const ground = document
    .createNode('CarPaint_base')
    .setMesh(document.createMesh('CarPaint_base').addPrimitive(primitive));
  document.getRoot().getDefaultScene()!.addChild(ground);
}

async function glbOf(document: Document): Promise<FixtureFile[]> {
  return [{ name: 'roma.glb', bytes: await (await fixtureIO()).writeBinary(document) }];
}

async function make(variant: EncodedVariant): Promise<FixtureFile[]> {
  const document = await readRoma();
  switch (variant) {
    case 'original':
      return [{ name: 'lowpoly-roma.glb', bytes: new Uint8Array(readFileSync(ROMA_GLB)) }];
    case 'draco':
      document.createExtension(KHRDracoMeshCompression).setRequired(true);
      return glbOf(document);
    case 'meshopt':
      // FILTER: quantized attributes with the octahedral/quaternion filters, so decoders run every path.
      document
        .createExtension(EXTMeshoptCompression)
        .setRequired(true)
        .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER });
      return glbOf(document);
    case 'ktx2':
      document.createExtension(KHRTextureBasisu).setRequired(true);
      texturePaint(document, checkerKtx2(), 'image/ktx2', 'paint-check.ktx2');
      return glbOf(document);
    case 'quantized':
      quantize(document);
      return glbOf(document);
    case 'centimetres':
      wrapScene(document, 'cm-export').setScale([100, 100, 100]);
      return glbOf(document);
    case 'rotated-90':
      wrapScene(document, 'turned').setRotation([0, Math.SQRT1_2, 0, Math.SQRT1_2]);
      return glbOf(document);
    case 'rotated-180':
      wrapScene(document, 'turned').setRotation([0, 1, 0, 0]);
      return glbOf(document);
    case 'ground-plane':
      addGround(document, 200);
      return glbOf(document);
    case 'material-array': {
      const { json, bin } = splitGlb((await glbOf(document))[0]!.bytes);
      json.meshes[0].primitives[0].material = [json.meshes[0].primitives[0].material];
      return [{ name: 'roma.glb', bytes: makeGlb(json, bin) }];
    }
    case 'split-gltf': {
      texturePaint(document, tinyPng(), 'image/png', 'paint check.png');
      const { json, resources } = await (await fixtureIO()).writeJSON(document, {
        format: Format.GLTF,
        basename: 'roma',
      });
      return [
        { name: 'roma.gltf', bytes: new TextEncoder().encode(JSON.stringify(json)) },
        ...Object.entries(resources).map(([name, bytes]) => ({ name: `textures-and-bin/${name}`, bytes })),
      ];
    }
    case 'black-paint':
      // A paint material named like a colour (`black paint` once vetoed paint detection).
      for (const m of document.getRoot().listMaterials())
        if (m.getName() === 'CarPaint') m.setName('black paint');
      return glbOf(document);
  }
}

let folder: string | null = null;

/** The temp folder this test run keeps its variants in. */
export function fixtureFolder(): string {
  folder ??= mkdtempSync(join(tmpdir(), 'vehicle-fixtures-'));
  return folder;
}

/** One variant's files, made on first use in this run and read back from the temp folder after that. */
export async function encodedVariant(variant: EncodedVariant): Promise<FixtureFile[]> {
  const dir = join(fixtureFolder(), variant);
  if (existsSync(join(dir, '.done'))) {
    const names = JSON.parse(readFileSync(join(dir, '.done'), 'utf8')) as string[];
    return names.map((name) => ({
      name,
      bytes: new Uint8Array(readFileSync(join(dir, encodeURIComponent(name)))),
    }));
  }
  const files = await make(variant);
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, encodeURIComponent(f.name)), f.bytes);
  writeFileSync(join(dir, '.done'), JSON.stringify(files.map((f) => f.name)));
  return files;
}

/** Every variant name, for tests that go through them all. */
export const ENCODED_VARIANTS: EncodedVariant[] = [
  'original',
  'draco',
  'meshopt',
  'ktx2',
  'quantized',
  'centimetres',
  'rotated-90',
  'rotated-180',
  'ground-plane',
  'material-array',
  'split-gltf',
  'black-paint',
];

/** Files in the run's fixture folder (for a test that checks the cache is used). */
export const cachedVariants = (): string[] => (folder && existsSync(folder) ? readdirSync(folder) : []);
