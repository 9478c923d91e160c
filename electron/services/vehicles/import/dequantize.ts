import { Accessor, type Document, MathUtils } from '@gltf-transform/core';

/** Vertex attributes that must stay integers (skin joints). */
const KEEP_INTEGER = /^JOINTS_/;

/** Attribute accessors of every primitive and morph target, by attribute name. */
function* attributes(document: Document): Generator<[string, Accessor]> {
  for (const mesh of document.getRoot().listMeshes())
    for (const primitive of mesh.listPrimitives()) {
      for (const semantic of primitive.listSemantics()) yield [semantic, primitive.getAttribute(semantic)!];
      for (const target of primitive.listTargets())
        for (const semantic of target.listSemantics()) yield [semantic, target.getAttribute(semantic)!];
    }
}

/** A float copy of an integer accessor's values (normalized ones decoded to −1…1 / 0…1). */
function toFloat(accessor: Accessor): Float32Array {
  const array = accessor.getArray()!;
  const out = new Float32Array(array.length);
  const type = accessor.getComponentType();
  const normalized = accessor.getNormalized();
  for (let i = 0; i < array.length; i++)
    out[i] = normalized ? MathUtils.decodeNormalizedInt(array[i]!, type) : array[i]!;
  return out;
}

/**
 * Turns every quantized vertex attribute (KHR_mesh_quantization, meshopt filters) into 32-bit floats, so geometry can
 * be measured and transforms baked, and takes the decoders' extensions off the document: the normalised model is
 * plain glTF (the library compresses it again when it stores it). KTX2 textures stay as they are.
 */
export function dequantize(document: Document): void {
  const done = new Set<Accessor>();
  for (const [semantic, accessor] of attributes(document)) {
    if (done.has(accessor) || KEEP_INTEGER.test(semantic)) continue;
    done.add(accessor);
    if (accessor.getComponentType() === Accessor.ComponentType.FLOAT) continue;
    accessor.setArray(toFloat(accessor)).setNormalized(false);
  }
  const decoded = ['KHR_mesh_quantization', 'KHR_draco_mesh_compression', 'EXT_meshopt_compression'];
  for (const extension of document.getRoot().listExtensionsUsed())
    if (decoded.includes(extension.extensionName)) extension.dispose();
}
