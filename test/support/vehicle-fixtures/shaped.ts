import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Document, type Material, type Node, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { bakeAndCentre } from './normalise-for-test';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));

/** `shared/fixtures/models/<file>` beside the repository (or beside a folder above it, for git worktrees). */
function sharedModel(file: string): string {
  for (let dir = dirname(REPO); ; dir = dirname(dir)) {
    const path = join(dir, 'shared', 'fixtures', 'models', file);
    if (existsSync(path)) return path;
    if (dirname(dir) === dir) throw new Error(`test fixture ${file} not found in ../shared/fixtures/models/`);
  }
}

/** The real third-party car (read in place, never copied: ../shared/fixtures/models/README.md). */
export const ROMA_PATH = sharedModel('lowpoly-roma.glb');
/** The generated launch EV and its manifest. */
export const COMPACT_EV_PATH = fileURLToPath(
  new URL('../../../assets/models/compact-ev.glb', import.meta.url),
);
export const COMPACT_EV_MANIFEST_PATH = fileURLToPath(
  new URL('../../../assets/models/compact-ev.manifest.json', import.meta.url),
);
/** Ferrari Roma, manufacturer's length: the length the real car's areas are measured at, m. */
export const ROMA_LENGTH_M = 4.656;

/** A shaped variant and what the part finder must find on it (names as the finder reports them). */
export type ShapedCar = {
  name: string;
  document: Document;
  lengthM: number;
  expected: {
    paintMeshes: string[];
    glassMeshes: string[];
    /** front-left, front-right, rear-left, rear-right; empty when the wheels are merged into the body mesh. */
    wheelNodes: string[];
    /** The paint material's own triangle area in the model, m² (an upper bound for the exterior paint area). */
    paintTotalM2?: number;
  };
};

const io = () => new NodeIO().registerExtensions(ALL_EXTENSIONS);

/** Reads a glb into a fresh document. */
export async function readCar(path: string): Promise<Document> {
  return io().readBinary(new Uint8Array(readFileSync(path)));
}

/** The name the finder reports for a node: its own, or `node-<index>` (as the import step names unnamed ones). */
function reported(doc: Document, node: Node): string {
  return node.getName() || `node-${doc.getRoot().listNodes().indexOf(node)}`;
}

/** Nodes by their original name, looked up before a variant renames anything. */
function byName(doc: Document, test: (name: string) => boolean): Node[] {
  return doc
    .getRoot()
    .listNodes()
    .filter((n) => test(n.getName()));
}

const ROMA_WHEELS = ['FL_Wheel', 'FR_Wheel', 'BL_Wheel', 'BR_Wheel'];

/** The Roma with its transforms baked (metres, Y up, nose +Z, on the floor, centred) and its expected parts. */
async function roma(): Promise<{ doc: Document; paint: Node[]; glass: Node[]; wheels: Node[] }> {
  const doc = bakeAndCentre(await readCar(ROMA_PATH));
  const find = (name: string) => byName(doc, (n) => n === name)[0]!;
  return {
    doc,
    paint: byName(doc, (n) => n === 'Roma_CarPaint_0'),
    glass: byName(doc, (n) => n === 'Roma_Window_0'),
    wheels: ROMA_WHEELS.map(find),
  };
}

function carOf(
  name: string,
  doc: Document,
  paint: Node[],
  glass: Node[],
  wheels: Node[],
  lengthM: number,
): ShapedCar {
  return {
    name,
    document: doc,
    lengthM,
    expected: {
      paintMeshes: paint.map((n) => reported(doc, n)),
      glassMeshes: glass.map((n) => reported(doc, n)),
      wheelNodes: wheels.map((n) => reported(doc, n)),
    },
  };
}

/** Removes every name a modeller could have given: nodes, meshes, materials, textures, scenes, and extras. */
export function stripNames(doc: Document): Document {
  const root = doc.getRoot();
  for (const list of [
    root.listNodes(),
    root.listMeshes(),
    root.listMaterials(),
    root.listTextures(),
    root.listScenes(),
  ]) {
    for (const p of list) p.setName('').setExtras({});
  }
  return doc;
}

/**
 * Everything in one node and one mesh, one primitive per material (what "merge all" exporters write): positions and
 * indices concatenated per material, other attributes dropped.
 */
export function mergeIntoOneMesh(doc: Document, name: string): Node {
  const root = doc.getRoot();
  const scene = root.listScenes()[0]!;
  const groups = new Map<Material | null, { positions: number[]; indices: number[] }>();
  scene.traverse((node) => {
    for (const prim of node.getMesh()?.listPrimitives() ?? []) {
      const pos = prim.getAttribute('POSITION');
      if (!pos || prim.getMode() !== 4) continue;
      const g = groups.get(prim.getMaterial()) ?? { positions: [], indices: [] };
      groups.set(prim.getMaterial(), g);
      const base = g.positions.length / 3;
      const v = [0, 0, 0];
      for (let i = 0; i < pos.getCount(); i++) g.positions.push(...pos.getElement(i, v));
      const idx = prim.getIndices()?.getArray() ?? Array.from({ length: pos.getCount() }, (_, i) => i);
      for (const i of idx) g.indices.push(i + base);
    }
  });
  const buffer = root.listBuffers()[0] ?? doc.createBuffer();
  const mesh = doc.createMesh(name);
  for (const [material, g] of groups) {
    const position = doc
      .createAccessor()
      .setType('VEC3')
      .setArray(new Float32Array(g.positions))
      .setBuffer(buffer);
    const indices = doc
      .createAccessor()
      .setType('SCALAR')
      .setArray(new Uint32Array(g.indices))
      .setBuffer(buffer);
    mesh.addPrimitive(
      doc.createPrimitive().setAttribute('POSITION', position).setIndices(indices).setMaterial(material),
    );
  }
  for (const node of root.listNodes()) node.dispose();
  const merged = doc.createNode(name).setMesh(mesh);
  scene.addChild(merged);
  return merged;
}

/**
 * The real car and its variants, each normalised by the test-only baker: as shipped; paint material renamed
 * `black paint`; paint turned dark grey and renamed `Material.001`; all merged into one mesh; all names removed.
 */
export async function shapedRomas(): Promise<ShapedCar[]> {
  const cars: ShapedCar[] = [];
  {
    const r = await roma();
    cars.push(carOf('as shipped', r.doc, r.paint, r.glass, r.wheels, ROMA_LENGTH_M));
  }
  {
    const r = await roma();
    paintMaterial(r.doc).setName('black paint');
    cars.push(carOf('paint named "black paint"', r.doc, r.paint, r.glass, r.wheels, ROMA_LENGTH_M));
  }
  {
    const r = await roma();
    paintMaterial(r.doc).setName('Material.001').setBaseColorFactor([0.03, 0.03, 0.035, 1]);
    cars.push(carOf('dark paint, neutral name', r.doc, r.paint, r.glass, r.wheels, ROMA_LENGTH_M));
  }
  {
    const r = await roma();
    const merged = mergeIntoOneMesh(r.doc, 'Roma_merged');
    cars.push(carOf('merged into one mesh', r.doc, [merged], [merged], [], ROMA_LENGTH_M));
  }
  {
    const r = await roma();
    stripNames(r.doc);
    cars.push(carOf('no names', r.doc, r.paint, r.glass, r.wheels, ROMA_LENGTH_M));
  }
  return cars;
}

function paintMaterial(doc: Document): Material {
  const m = doc
    .getRoot()
    .listMaterials()
    .find((x) => x.getName() === 'CarPaint');
  if (!m)
    throw new Error('lowpoly-roma.glb has no CarPaint material any more: the fixture README is out of date');
  return m;
}

/**
 * The generated launch EV with no names at all: the parts the app hides on load (accessories, spare rims and tyre
 * sizes) removed, then every node, mesh and material name and all extras stripped. Its expected paint is the former
 * `zone:*` nodes, glass the `glass:*` nodes, wheels `wheel:fl|fr|rl|rr`.
 */
export async function namelessCompactEv(): Promise<ShapedCar> {
  const doc = await readCar(COMPACT_EV_PATH);
  const hidden = doc
    .getRoot()
    .listNodes()
    .filter((n) => (n.getExtras() as { hidden?: unknown }).hidden === true);
  const drop = (n: Node) => {
    for (const c of n.listChildren()) drop(c);
    n.dispose();
  };
  for (const n of hidden) drop(n);
  const paint = byName(doc, (n) => n.startsWith('zone:'));
  const glass = byName(doc, (n) => n.startsWith('glass:'));
  const wheels = ['wheel:fl', 'wheel:fr', 'wheel:rl', 'wheel:rr'].map((w) => byName(doc, (n) => n === w)[0]!);
  stripNames(doc);
  const manifest = JSON.parse(readFileSync(COMPACT_EV_MANIFEST_PATH, 'utf8')) as { lengthM: number };
  return carOf('generated car, no names', doc, paint, glass, wheels, manifest.lengthM);
}
