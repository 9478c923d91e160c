/** Turns the generator's scene description into a deterministic GLB with @gltf-transform. */
import { Document, type Mesh as GMesh, type Material, type Node, NodeIO } from '@gltf-transform/core';
import { KHRMaterialsClearcoat, KHRMaterialsEmissiveStrength } from '@gltf-transform/extensions';
import { MATERIALS } from './materials';
import type { Mesh } from './mesh';

/** A node of the car: optional primitives (mesh + material name), children and transform. */
export interface SceneNode {
  name: string;
  prims?: { mesh: Mesh; material: string; uv?: boolean }[];
  /** Key under which identical primitives are shared between nodes (the four wheels). */
  shareKey?: string;
  children?: SceneNode[];
  translation?: [number, number, number];
  scale?: [number, number, number];
  hidden?: boolean;
}

/** Write the scene to GLB bytes. */
export async function writeGlb(roots: SceneNode[], rootName: string): Promise<Uint8Array> {
  const doc = new Document();
  doc.createBuffer('data');
  const clearcoat = doc.createExtension(KHRMaterialsClearcoat);
  const strength = doc.createExtension(KHRMaterialsEmissiveStrength);
  const mats = new Map<string, Material>();
  const material = (name: string): Material => {
    let m = mats.get(name);
    if (m) return m;
    const s = MATERIALS[name];
    if (!s) throw new Error(`unknown material ${name}`);
    m = doc
      .createMaterial(name)
      .setBaseColorFactor(s.color)
      .setMetallicFactor(s.metallic)
      .setRoughnessFactor(s.roughness);
    if (s.blend) m.setAlphaMode('BLEND');
    if (s.doubleSided) m.setDoubleSided(true);
    if (s.emissive) {
      m.setEmissiveFactor(s.emissive);
      if (s.emissiveStrength && s.emissiveStrength !== 1)
        m.setExtension(
          'KHR_materials_emissive_strength',
          strength.createEmissiveStrength().setEmissiveStrength(s.emissiveStrength),
        );
    }
    if (s.clearcoat)
      m.setExtension(
        'KHR_materials_clearcoat',
        clearcoat.createClearcoat().setClearcoatFactor(s.clearcoat).setClearcoatRoughnessFactor(0.03),
      );
    mats.set(name, m);
    return m;
  };
  const shared = new Map<string, GMesh>();
  const buildMesh = (n: SceneNode): GMesh => {
    const key = n.shareKey;
    if (key && shared.has(key)) return shared.get(key)!;
    const gm = doc.createMesh(n.name);
    for (const p of n.prims ?? []) {
      const prim = doc.createPrimitive().setMaterial(material(p.material));
      prim.setAttribute(
        'POSITION',
        doc.createAccessor().setType('VEC3').setArray(new Float32Array(p.mesh.positions)),
      );
      prim.setAttribute(
        'NORMAL',
        doc.createAccessor().setType('VEC3').setArray(new Float32Array(p.mesh.normals)),
      );
      if (p.uv)
        prim.setAttribute(
          'TEXCOORD_0',
          doc.createAccessor().setType('VEC2').setArray(new Float32Array(p.mesh.uvs)),
        );
      const big = p.mesh.positions.length / 3 > 65535;
      prim.setIndices(
        doc
          .createAccessor()
          .setType('SCALAR')
          .setArray(big ? new Uint32Array(p.mesh.indices) : new Uint16Array(p.mesh.indices)),
      );
      gm.addPrimitive(prim);
    }
    if (key) shared.set(key, gm);
    return gm;
  };
  const build = (n: SceneNode): Node => {
    const node = doc.createNode(n.name);
    if (n.translation) node.setTranslation(n.translation);
    if (n.scale) node.setScale(n.scale);
    // three.js strips ':' from node names and de-duplicates them; keep the glTF name in extras (userData).
    node.setExtras(n.hidden ? { name: n.name, hidden: true } : { name: n.name });
    if (n.prims?.length) node.setMesh(buildMesh(n));
    for (const c of n.children ?? []) node.addChild(build(c));
    return node;
  };
  const scene = doc.createScene(rootName);
  const root = doc.createNode(rootName);
  scene.addChild(root);
  for (const r of roots) root.addChild(build(r));
  for (const b of doc.getRoot().listAccessors()) b.setBuffer(doc.getRoot().listBuffers()[0]!);
  doc.getRoot().getAsset().generator = 'wrap-configurator build/model';
  return new NodeIO()
    .registerExtensions([KHRMaterialsClearcoat, KHRMaterialsEmissiveStrength])
    .writeBinary(doc);
}
