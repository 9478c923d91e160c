/**
 * The broken-model corpus: damaged glTF files made in test code from the committed default car
 * (assets/models/compact-ev.glb) and a tiny hand-made textured model. Nothing third-party is committed.
 * Each case names its kind and the words the app's refusal must contain.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The committed default car. */
export const DEFAULT_CAR_GLB = join(ROOT, 'assets', 'models', 'compact-ev.glb');

/** One broken file: its kind (for the counts), a file name, its bytes and what the refusal must say. */
export interface BrokenModel {
  kind: string;
  name: string;
  bytes: Uint8Array;
  expect: RegExp;
}

// biome-ignore lint/suspicious/noExplicitAny: the cases reach into glTF JSON to break it on purpose
type Json = any;

/** A GLB from a JSON object and an optional binary chunk (both padded to 4 bytes as the format wants). */
export function makeGlb(json: unknown, bin?: Uint8Array, version = 2): Uint8Array {
  let text = typeof json === 'string' ? json : JSON.stringify(json);
  while (Buffer.byteLength(text) % 4) text += ' ';
  const body = Buffer.from(text);
  const binPadded = bin ? Buffer.concat([bin, Buffer.alloc((4 - (bin.length % 4)) % 4)]) : null;
  const total = 20 + body.length + (binPadded ? 8 + binPadded.length : 0);
  const out = Buffer.alloc(total);
  out.writeUInt32LE(0x46546c67, 0);
  out.writeUInt32LE(version, 4);
  out.writeUInt32LE(total, 8);
  out.writeUInt32LE(body.length, 12);
  out.writeUInt32LE(0x4e4f534a, 16);
  body.copy(out, 20);
  if (binPadded) {
    out.writeUInt32LE(binPadded.length, 20 + body.length);
    out.writeUInt32LE(0x004e4942, 24 + body.length);
    binPadded.copy(out, 28 + body.length);
  }
  return new Uint8Array(out);
}

/** Splits a GLB into its JSON and binary chunk. */
export function splitGlb(bytes: Uint8Array): { json: Json; bin: Uint8Array } {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = b.readUInt32LE(12);
  const json = JSON.parse(b.subarray(20, 20 + jsonLength).toString('utf8'));
  const binLength = b.readUInt32LE(20 + jsonLength);
  return { json, bin: new Uint8Array(b.subarray(28 + jsonLength, 28 + jsonLength + binLength)) };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A real 2×2 RGBA PNG (checkerboard), made here so no picture has to be committed. */
export function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.from([0, 255, 0, 0, 255, 255, 255, 255, 255, 0, 255, 255, 255, 255, 0, 0, 255]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** A one-triangle model with a PNG base-colour texture embedded in its binary chunk. */
export function texturedModel(png: Uint8Array = tinyPng()): { json: Json; bin: Uint8Array } {
  const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]);
  const uvs = new Float32Array([0, 0, 1, 0, 0, 1]);
  const bin = Buffer.concat([Buffer.from(positions.buffer), Buffer.from(uvs.buffer), Buffer.from(png)]);
  return {
    bin: new Uint8Array(bin),
    json: {
      asset: { version: '2.0', generator: 'wrap-configurator tests' },
      scene: 0,
      scenes: [{ nodes: [0] }],
      nodes: [{ name: 'body', mesh: 0 }],
      meshes: [{ primitives: [{ attributes: { POSITION: 0, TEXCOORD_0: 1 }, material: 0 }] }],
      materials: [{ name: 'CarPaint', pbrMetallicRoughness: { baseColorTexture: { index: 0 } } }],
      textures: [{ source: 0, sampler: 0 }],
      samplers: [{}],
      images: [{ name: 'livery', bufferView: 2, mimeType: 'image/png' }],
      buffers: [{ byteLength: bin.length }],
      bufferViews: [
        { buffer: 0, byteOffset: 0, byteLength: 36 },
        { buffer: 0, byteOffset: 36, byteLength: 24 },
        { buffer: 0, byteOffset: 60, byteLength: png.length },
      ],
      accessors: [
        { bufferView: 0, componentType: 5126, count: 3, type: 'VEC3', min: [0, 0, 0], max: [1, 1, 0] },
        { bufferView: 1, componentType: 5126, count: 3, type: 'VEC2' },
      ],
    },
  };
}

/** Every broken model of the corpus (about 130), built fresh on each call. */
export function brokenModels(): BrokenModel[] {
  const car = new Uint8Array(readFileSync(DEFAULT_CAR_GLB));
  const { json: carJson, bin: carBin } = splitGlb(car);
  const jsonEnd = 20 + Buffer.from(car.buffer, car.byteOffset, car.byteLength).readUInt32LE(12);
  const cases: BrokenModel[] = [];
  const add = (kind: string, name: string, bytes: Uint8Array | Buffer | string, expect: RegExp) =>
    cases.push({
      kind,
      name,
      bytes: typeof bytes === 'string' ? Buffer.from(bytes) : new Uint8Array(bytes),
      expect,
    });
  /** The default car with its JSON changed by `edit`. */
  const carWith = (edit: (j: Json) => void) => {
    const j = structuredClone(carJson);
    edit(j);
    return makeGlb(j, carBin);
  };
  const tex = texturedModel();
  const texWith = (edit: (j: Json) => void, bin = tex.bin) => {
    const j = structuredClone(tex.json);
    edit(j);
    return makeGlb(j, bin);
  };

  // Truncated downloads: cut at offsets through the header, the JSON and the binary chunk.
  add('zero-length', 'empty.glb', new Uint8Array(0), /empty \(0 bytes\)/);
  for (const at of [1, 4, 8, 12, 19]) add('truncated', `cut-${at}.glb`, car.subarray(0, at), /too short/);
  const offsets = new Set<number>([20, 64, 1000, 8192, jsonEnd - 1, jsonEnd, jsonEnd + 4, jsonEnd + 8]);
  for (let k = 1; k < 30; k++) offsets.add(jsonEnd + Math.floor(((car.length - jsonEnd) * k) / 30));
  for (const k of [1, 2, 3]) offsets.add(Math.floor((jsonEnd * k) / 4));
  offsets.add(car.length - 1);
  for (const at of offsets) add('truncated', `cut-${at}.glb`, car.subarray(0, at), /truncated: it should be/);
  // Truncated, with the header's total length patched to match (a careless repair): the chunks still lie.
  for (const k of [1, 3, 5, 7, 9]) {
    const at = jsonEnd + 8 + Math.floor(((car.length - jsonEnd - 8) * k) / 10);
    const cut = Buffer.from(car.subarray(0, at));
    cut.writeUInt32LE(at, 8);
    add('chunk length lies', `patched-${at}.glb`, cut, /binary chunk says \d+ bytes but only \d+ remain/);
  }
  for (const at of [jsonEnd - 400, Math.floor(jsonEnd / 2)]) {
    const cut = Buffer.from(car.subarray(0, at));
    cut.writeUInt32LE(at, 8);
    add('chunk length lies', `patched-${at}.glb`, cut, /first chunk is not a valid JSON chunk/);
  }
  {
    const cut = Buffer.from(car.subarray(0, jsonEnd + 4));
    cut.writeUInt32LE(jsonEnd + 4, 8);
    add('chunk length lies', 'half-chunk-header.glb', cut, /middle of a chunk header/);
  }

  // Wrong magic and wrong version.
  for (const magic of ['glTX', 'GLTF', 'gltf', '\0\0\0\0']) {
    const b = Buffer.from(car);
    b.write(magic, 0, 'latin1');
    add('wrong magic', `magic-${magic.replace(/\0/g, '0')}.glb`, b, /not a glTF 2\.0 model/);
  }
  for (const version of [0, 1, 3, 0xffffffff]) {
    const b = Buffer.from(car);
    b.writeUInt32LE(version, 4);
    add('wrong version', `version-${version}.glb`, b, new RegExp(`version ${version} GLB`));
  }
  {
    const b = Buffer.from(car);
    b.writeUInt32LE(0x004e4942, 16);
    add('JSON chunk garbage', 'bin-first.glb', b, /first chunk is not a valid JSON chunk/);
  }

  // JSON chunk garbage.
  const garbage: [string, string][] = [
    ['half', JSON.stringify(carJson).slice(0, 3000)],
    ['nul-bytes', '\0'.repeat(400)],
    ['random', Array.from({ length: 500 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('')],
    ['trailing-comma', '{"asset":{"version":"2.0"},"meshes":[{},],}'],
    ['single-quotes', "{'asset':{'version':'2.0'}}"],
    ['bom-utf16', '\ufeff\u0000{\u0000"\u0000a'],
    ['unclosed-string', '{"asset":{"version":"2.0}}'],
    ['nan', '{"asset":{"version":"2.0"},"meshes":[{}],"x":NaN}'],
  ];
  for (const [label, text] of garbage)
    add('JSON chunk garbage', `json-${label}.glb`, makeGlb(text, carBin), /its JSON cannot be read/);

  // JSON that is not glTF.
  const notGltf: [string, string, RegExp][] = [
    ['number', '42', /not a glTF model \(no glTF object\)/],
    ['string', '"model"', /not a glTF model \(no glTF object\)/],
    ['null', 'null', /not a glTF model \(no glTF object\)/],
    ['array', '[{"asset":{"version":"2.0"}}]', /not a glTF model \(no glTF object\)/],
    ['empty-object', '{}', /no glTF "asset\.version"/],
    ['package-json', '{"name":"car","version":"1.0.0","dependencies":{}}', /no glTF "asset\.version"/],
    ['asset-number', '{"asset":{"version":2},"meshes":[{}]}', /no glTF "asset\.version"/],
    ['gltf-1', '{"asset":{"version":"1.0"},"meshes":{}}', /glTF 1\.0; only glTF 2\.0/],
    ['gltf-3', '{"asset":{"version":"3.0"},"meshes":[{}]}', /glTF 3\.0; only glTF 2\.0/],
    ['no-meshes', '{"asset":{"version":"2.0"}}', /contains no meshes/],
    ['meshes-object', '{"asset":{"version":"2.0"},"meshes":{"a":1}}', /contains no meshes/],
    [
      'buffers-string',
      '{"asset":{"version":"2.0"},"meshes":[{}],"buffers":"all"}',
      /"buffers" should be a list/,
    ],
    ['mesh-number', '{"asset":{"version":"2.0"},"meshes":[7]}', /meshes 0 is not an object/],
  ];
  for (const [label, text, expect] of notGltf)
    add('JSON is not glTF', `json-${label}.glb`, makeGlb(text), expect);
  add(
    'JSON is not glTF',
    'plain.gltf',
    '{"type":"FeatureCollection","features":[]}',
    /no glTF "asset\.version"/,
  );

  // Required extensions three cannot read (Draco, meshopt and KTX2 are decoded: the app ships their decoders).
  for (const [ext, expect] of [['ACME_super_paint', /extension ACME_super_paint/]] as const)
    add(
      'required extension',
      `ext-${ext}.glb`,
      carWith((j) => (j.extensionsRequired = [ext])),
      expect,
    );

  // Buffers and buffer views whose lengths lie.
  add(
    'buffer length lies',
    'buffer-longer.glb',
    carWith((j) => (j.buffers[0].byteLength = carBin.length * 2)),
    /buffer 0 says \d+ bytes but the GLB's binary chunk holds only/,
  );
  add(
    'buffer length lies',
    'buffer-zero.glb',
    carWith((j) => (j.buffers[0].byteLength = 0)),
    /buffer 0 does not say how many bytes/,
  );
  add(
    'buffer length lies',
    'buffer-negative.glb',
    carWith((j) => (j.buffers[0].byteLength = -5)),
    /buffer 0 does not say/,
  );
  add(
    'buffer length lies',
    'buffer-string.glb',
    carWith((j) => (j.buffers[0].byteLength = 'big')),
    /buffer 0 does not say/,
  );
  add(
    'buffer length lies',
    'no-bin-chunk.glb',
    makeGlb(carJson),
    /buffer 0 has no data: the GLB has no binary chunk/,
  );
  add(
    'buffer length lies',
    'data-uri-short.glb',
    carWith((j) => (j.buffers = [{ byteLength: 1000, uri: 'data:application/octet-stream;base64,AAAA' }])),
    /buffer 0 says 1000 bytes but its data URI holds 3/,
  );
  add(
    'buffer length lies',
    'data-uri-not-base64.glb',
    carWith((j) => (j.buffers = [{ byteLength: 4, uri: 'data:,hello' }])),
    /unreadable data URI/,
  );
  const views = carJson.bufferViews.length as number;
  for (const v of [0, Math.floor(views / 2), views - 1]) {
    add(
      'bufferView out of range',
      `view-${v}-long.glb`,
      carWith((j) => (j.bufferViews[v].byteLength += carBin.length)),
      new RegExp(`bufferView ${v} reaches byte \\d+ of buffer 0, which holds only`),
    );
    add(
      'bufferView out of range',
      `view-${v}-offset.glb`,
      carWith((j) => (j.bufferViews[v].byteOffset = carBin.length)),
      new RegExp(`bufferView ${v} reaches byte`),
    );
  }
  add(
    'bufferView out of range',
    'view-buffer-7.glb',
    carWith((j) => (j.bufferViews[2].buffer = 7)),
    /bufferView 2 points at buffer 7, which does not exist/,
  );
  add(
    'bufferView out of range',
    'view-negative.glb',
    carWith((j) => (j.bufferViews[1].byteOffset = -16)),
    /bufferView 1 has an invalid byte offset/,
  );
  add(
    'bufferView out of range',
    'view-fraction.glb',
    carWith((j) => (j.bufferViews[1].byteLength = 10.5)),
    /bufferView 1 has an invalid byte offset or length/,
  );
  add(
    'bufferView out of range',
    'view-stride.glb',
    carWith((j) => (j.bufferViews[0].byteStride = 1000)),
    /bufferView 0 has an invalid byte stride \(1000\)/,
  );

  // Accessors: absurd counts, out of bounds, nonsense types.
  for (const count of [1e9, 2 ** 31, 2 ** 24 + 1, 1e15]) {
    add(
      'absurd accessor count',
      `count-${count}.glb`,
      carWith((j) => (j.accessors[0].count = count)),
      new RegExp(`accessor 0 declares ${count} elements`),
    );
  }
  add(
    'absurd accessor count',
    'zero-fill.glb',
    carWith((j) =>
      j.accessors.push(
        ...Array.from({ length: 8 }, () => ({ componentType: 5126, count: 2 ** 24, type: 'MAT4' })),
      ),
    ),
    /without data would need \d+ bytes of zeros/,
  );
  for (const count of [0, -1, 2.5, '12']) {
    add(
      'absurd accessor count',
      `count-bad-${count}.glb`,
      carWith((j) => (j.accessors[1].count = count)),
      /accessor 1 has an invalid element count/,
    );
  }
  const acc = carJson.accessors.length as number;
  for (const a of [0, 1, Math.floor(acc / 3), Math.floor(acc / 2), acc - 1]) {
    add(
      'accessor out of bounds',
      `accessor-${a}-count.glb`,
      carWith((j) => (j.accessors[a].count += 100_000)),
      new RegExp(`accessor ${a} needs \\d+ bytes but its bufferView \\d+ holds`),
    );
    add(
      'accessor out of bounds',
      `accessor-${a}-offset.glb`,
      carWith((j) => (j.accessors[a].byteOffset = 1 << 24)),
      new RegExp(`accessor ${a} needs \\d+ bytes`),
    );
  }
  add(
    'accessor out of bounds',
    'accessor-view-999.glb',
    carWith((j) => (j.accessors[3].bufferView = 999)),
    /accessor 3 points at bufferView 999, which does not exist/,
  );
  add(
    'accessor out of bounds',
    'accessor-component.glb',
    carWith((j) => (j.accessors[2].componentType = 9999)),
    /accessor 2 has an unknown component type \(9999\)/,
  );
  add(
    'accessor out of bounds',
    'accessor-type.glb',
    carWith((j) => (j.accessors[2].type = 'VEC7')),
    /accessor 2 has an unknown type \(VEC7\)/,
  );
  add(
    'accessor out of bounds',
    'accessor-offset-neg.glb',
    carWith((j) => (j.accessors[2].byteOffset = -4)),
    /accessor 2 has an invalid byte offset/,
  );

  // References between meshes, nodes and scenes that point nowhere.
  add(
    'dangling reference',
    'mesh-attr.glb',
    carWith((j) => (j.meshes[0].primitives[0].attributes.POSITION = 9999)),
    /mesh 0 primitive 0 POSITION uses accessor 9999, which does not exist/,
  );
  add(
    'dangling reference',
    'mesh-indices.glb',
    carWith((j) => (j.meshes[1].primitives[0].indices = -1)),
    /mesh 1 primitive 0 indices uses accessor -1/,
  );
  add(
    'dangling reference',
    'mesh-material.glb',
    carWith((j) => (j.meshes[2].primitives[0].material = 500)),
    /mesh 2 primitive 0 uses material 500/,
  );
  add(
    'dangling reference',
    'mesh-no-primitives.glb',
    carWith((j) => (j.meshes[3].primitives = [])),
    /mesh 3 has no primitives/,
  );
  add(
    'dangling reference',
    'mesh-no-attributes.glb',
    carWith((j) => delete j.meshes[4].primitives[0].attributes),
    /mesh 4 primitive 0 has no attributes/,
  );
  add(
    'dangling reference',
    'node-mesh.glb',
    carWith((j) => (j.nodes[5].mesh = 4000)),
    /node 5 uses mesh 4000/,
  );
  add(
    'dangling reference',
    'node-child.glb',
    carWith((j) => (j.nodes[0].children = [...(j.nodes[0].children ?? []), 7777])),
    /node 0 has child 7777/,
  );
  add(
    'dangling reference',
    'node-children-string.glb',
    carWith((j) => (j.nodes[0].children = 'all')),
    /node 0 has children that are not a list/,
  );
  add(
    'dangling reference',
    'scene-node.glb',
    carWith((j) => j.scenes[0].nodes.push(123456)),
    /scene 0 lists node 123456/,
  );
  add(
    'dangling reference',
    'default-scene.glb',
    carWith((j) => (j.scene = 3)),
    /default scene 3 does not exist/,
  );
  add(
    'node loop',
    'node-self.glb',
    carWith((j) => (j.nodes[1].children = [...(j.nodes[1].children ?? []), 1])),
    /node 1 (is its own ancestor|has two parents)/,
  );
  add(
    'dangling reference',
    'scene-nodes-number.glb',
    carWith((j) => (j.scenes[0].nodes = 12)),
    /scene 0 lists its nodes in something that is not a list/,
  );
  add(
    'node loop',
    'node-cycle.glb',
    texWith((j) => {
      j.nodes = [
        { name: 'a', mesh: 0, children: [1] },
        { name: 'b', children: [0] },
      ];
    }),
    /is its own ancestor|has two parents/,
  );
  add(
    'node loop',
    'node-two-parents.glb',
    texWith((j) => {
      j.nodes = [
        { name: 'a', children: [2] },
        { name: 'b', children: [2] },
        { name: 'c', mesh: 0 },
      ];
      j.scenes = [{ nodes: [0, 1] }];
    }),
    /node 2 has two parents \(0 and 1\)/,
  );

  // Embedded pictures: missing, corrupt, mislabelled.
  add(
    'corrupt image',
    'image-zeros.glb',
    texWith(() => {}, Buffer.concat([tex.bin.subarray(0, 60), Buffer.alloc(tex.bin.length - 60)])),
    /image 0 \(livery\) cannot be shown: its bytes are not a PNG, JPEG or WebP picture/,
  );
  add(
    'corrupt image',
    'image-text.glb',
    texWith(
      () => {},
      Buffer.concat([
        tex.bin.subarray(0, 60),
        Buffer.from('this is not a picture at all, sorry!'.padEnd(tex.bin.length - 60)),
      ]),
    ),
    /not a PNG, JPEG or WebP picture/,
  );
  add(
    'corrupt image',
    'image-header-only.glb',
    texWith((j) => (j.bufferViews[2].byteLength = 12)),
    /PNG data stops before the picture header/,
  );
  {
    const bad = Buffer.from(tex.bin);
    bad.writeUInt32BE(1_000_000, 60 + 16);
    add(
      'corrupt image',
      'image-huge.glb',
      texWith(() => {}, bad),
      /PNG header claims 1000000×2 pixels/,
    );
  }
  add(
    'corrupt image',
    'image-mime-jpeg.glb',
    texWith((j) => (j.images[0].mimeType = 'image/jpeg')),
    /it says image\/jpeg but holds image\/png/,
  );
  add(
    'corrupt image',
    'image-mime-missing.glb',
    texWith((j) => delete j.images[0].mimeType),
    /no picture type \(mimeType is missing\)/,
  );
  add(
    'corrupt image',
    'image-mime-gif.glb',
    texWith((j) => (j.images[0].mimeType = 'image/gif')),
    /no picture type \(mimeType is "image\/gif"\)/,
  );
  add(
    'corrupt image',
    'image-view-missing.glb',
    texWith((j) => (j.images[0].bufferView = 9)),
    /image 0 \(livery\) points at bufferView 9/,
  );
  add(
    'corrupt image',
    'image-nothing.glb',
    texWith((j) => delete j.images[0].bufferView),
    /image 0 \(livery\) has neither data nor a file/,
  );
  add(
    'corrupt image',
    'image-data-uri.glb',
    texWith((j) => (j.images[0] = { uri: 'data:image/png;base64,AAAAAAAAAAAA' })),
    /image 0 cannot be shown: its bytes are not a PNG/,
  );
  add(
    'corrupt image',
    'image-data-uri-broken.glb',
    texWith((j) => (j.images[0] = { uri: 'data:image/png;base64,%%%' })),
    /image 0 has an unreadable data URI/,
  );
  add(
    'missing image',
    'image-external.glb',
    texWith((j) => (j.images[0] = { uri: 'textures/livery.png' })),
    /separate picture file \(textures\/livery\.png\)/,
  );
  add(
    'missing image',
    'texture-source.glb',
    texWith((j) => (j.textures[0].source = 3)),
    /texture 0 uses image 3/,
  );
  add(
    'missing image',
    'texture-sampler.glb',
    texWith((j) => (j.textures[0].sampler = 3)),
    /texture 0 uses sampler 3/,
  );
  add(
    'missing image',
    'material-texture.glb',
    texWith((j) => (j.materials[0].pbrMetallicRoughness.baseColorTexture.index = 5)),
    /material 0 baseColorTexture uses texture 5/,
  );
  add(
    'missing image',
    'normal-texture.glb',
    texWith((j) => (j.materials[0].normalTexture = { index: 2 })),
    /material 0 normalTexture uses texture 2/,
  );

  // Missing external buffers.
  add(
    'missing external buffer',
    'car.gltf',
    JSON.stringify({ ...carJson, buffers: [{ uri: 'compact-ev.bin', byteLength: carBin.length }] }),
    /separate file \(compact-ev\.bin\)/,
  );
  add(
    'missing external buffer',
    'glb-with-uri.glb',
    carWith((j) => (j.buffers[0].uri = 'car.bin')),
    /separate file \(car\.bin\)/,
  );
  add(
    'missing external buffer',
    'second-buffer.glb',
    carWith((j) => j.buffers.push({ uri: '../../etc/passwd', byteLength: 10 })),
    /separate file \(\.\.\/\.\.\/etc\/passwd\)/,
  );
  add(
    'missing external buffer',
    'gltf-no-uri.gltf',
    JSON.stringify({ ...carJson }),
    /buffer 0 has no data: no file or URI/,
  );

  // Other files renamed to .glb.
  const renamed: [string, Uint8Array | string, RegExp][] = [
    [
      'page.glb',
      '<!DOCTYPE html><html><head><title>Download car</title></head><body>...</body></html>',
      /web page \(HTML\)/,
    ],
    ['page2.glb', '  <html lang="en"><body>404 not found</body></html>', /web page \(HTML\)/],
    ['archive.glb', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]), /ZIP archive/],
    ['doc.glb', '%PDF-1.7\n%âãÏÓ\n1 0 obj <</Type /Catalog>> endobj', /PDF document/],
    ['car-fbx.glb', Buffer.concat([Buffer.from('Kaydara FBX Binary  \0'), Buffer.alloc(100)]), /FBX model/],
    ['car-obj.glb', '# Blender OBJ\nmtllib car.mtl\no Body\nv 0 0 0\nv 1 0 0\n', /OBJ model/],
    [
      'car.glb.gz',
      new Uint8Array(Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.alloc(60)])),
      /gzip-compressed/,
    ],
    ['photo.glb', tinyPng(), /not a glTF 2\.0 model but a picture/],
    [
      'photo2.glb',
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60)]),
      /not a glTF 2\.0 model but a picture/,
    ],
    ['notes.glb', 'hello, this is not a model at all, just some notes', /not a glTF 2\.0 model/],
    [
      'random.glb',
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24)),
      /not a glTF 2\.0 model/,
    ],
  ];
  for (const [name, bytes, expect] of renamed) add('other file renamed', name, bytes, expect);
  return cases;
}

/** A representative subset (one or two of each kind) for the browser, where each import costs seconds. */
export function representativeBrokenModels(): BrokenModel[] {
  const pick = [
    'empty.glb',
    'cut-8192.glb',
    'magic-glTX.glb',
    'version-1.glb',
    'json-half.glb',
    'json-package-json.glb',
    'buffer-longer.glb',
    'view-0-long.glb',
    'count-1000000000.glb',
    'accessor-0-count.glb',
    'node-cycle.glb',
    'image-zeros.glb',
    'image-external.glb',
    'car.gltf',
    'page.glb',
    'archive.glb',
  ];
  const all = brokenModels();
  return pick.map((name) => {
    const c = all.find((x) => x.name === name);
    if (!c) throw new Error(`no broken model named ${name}`);
    return c;
  });
}
