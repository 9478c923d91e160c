import { ModelManifest } from '@domain/model/manifest';
import {
  BoxGeometry,
  Group,
  Mesh,
  MeshPhysicalMaterial,
  MeshStandardMaterial,
  type Object3D,
  PropertyBinding,
} from 'three';

const geometry = new BoxGeometry(0.5, 0.5, 0.5);

/** Names an object the way GLTFLoader does: sanitised `name`, the file's name in `userData.name`. */
function named<T extends Object3D>(o: T, name: string): T {
  o.name = PropertyBinding.sanitizeNodeName(name);
  o.userData.name = name;
  return o;
}

const paint = () =>
  new MeshPhysicalMaterial({ name: 'paint', color: '#8a8f96', metalness: 0.4, roughness: 0.3, clearcoat: 1 });

/** A tiny car named like the default car: a few zones, glass, four wheels with two tyres and two rims, accessories. */
export function syntheticCar(): Group {
  const root = named(new Group(), 'compact-ev');
  for (const zone of ['hood', 'roof', 'door-front-left'])
    root.add(named(new Mesh(geometry, paint()), `zone:${zone}`));
  for (const set of ['windscreen', 'rear'])
    root.add(named(new Mesh(geometry, new MeshStandardMaterial({ name: 'glass' })), `glass:${set}`));
  root.add(named(new Mesh(geometry, new MeshStandardMaterial({ name: 'chrome' })), 'trim:bright-window'));
  for (const [id, x, z] of [
    ['fl', 0.8, 1.3],
    ['fr', -0.8, 1.3],
    ['rl', 0.8, -1.3],
    ['rr', -0.8, -1.3],
  ] as const) {
    const wheel = named(new Group(), `wheel:${id}`);
    wheel.position.set(x, 0.34, z);
    for (const part of ['tyre:17', 'tyre:19', 'rim:aero', 'rim:turbine', 'caliper']) {
      wheel.add(named(new Mesh(geometry, new MeshStandardMaterial({ name: part })), part));
    }
    root.add(wheel);
  }
  for (const acc of ['roof-box', 'crossbars']) {
    const node = named(
      new Mesh(geometry, new MeshStandardMaterial({ name: 'accessory' })),
      `accessory:${acc}`,
    );
    node.visible = false;
    root.add(node);
  }
  root.updateMatrixWorld(true);
  return root;
}

/** The manifest a generator would write for the synthetic car. */
export function syntheticManifest(): ModelManifest {
  return ModelManifest.parse({
    schemaVersion: 1,
    id: 'synthetic',
    name: { zh: '测试车', en: 'Test car' },
    file: 'synthetic.glb',
    lengthM: 3,
    zones: ['hood', 'roof', 'door-front-left'].map((id) => ({
      id,
      name: { zh: id, en: id },
      meshes: [`zone:${id}`],
      areaM2: 1,
      labourHours: 1,
      body: true,
    })),
    paintMaterials: [],
    glass: {
      meshes: ['glass:windscreen', 'glass:rear'],
      windowSets: { windscreen: ['glass:windscreen'], rear: ['glass:rear'] },
    },
    wheels: { nodes: ['wheel:fl', 'wheel:fr', 'wheel:rl', 'wheel:rr'], rims: {}, calipers: [] },
    brightTrim: ['trim:bright-window'],
    accessories: { 'roof-box': ['accessory:roof-box'], crossbars: ['accessory:crossbars'] },
    mountPoints: [],
  });
}
