import { type Document, Node, Root } from '@gltf-transform/core';

const onlyRoot = (parents: object[]) => parents.every((p) => p instanceof Root);

/** Removes empty leaf nodes, then meshes no node draws, then accessors, materials and textures nothing uses. */
export function pruneUnused(document: Document): void {
  const root = document.getRoot();
  let removed = true;
  while (removed) {
    removed = false;
    for (const node of root.listNodes())
      if (
        !node.getMesh() &&
        !node.getCamera() &&
        node.listChildren().length === 0 &&
        node.listExtensions().length === 0
      ) {
        node.dispose();
        removed = true;
      }
  }
  for (const mesh of root.listMeshes())
    if (!mesh.listParents().some((p) => p instanceof Node)) {
      for (const primitive of mesh.listPrimitives()) primitive.dispose();
      mesh.dispose();
    }
  for (const material of root.listMaterials()) if (onlyRoot(material.listParents())) material.dispose();
  for (const texture of root.listTextures()) if (onlyRoot(texture.listParents())) texture.dispose();
  for (const accessor of root.listAccessors()) if (onlyRoot(accessor.listParents())) accessor.dispose();
}
