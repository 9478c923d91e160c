import type { Document, Mesh, Node } from '@gltf-transform/core';
import type { Message } from './types';

function nameAll(items: (Node | Mesh)[], prefix: 'node' | 'mesh', repairs: Message[]): void {
  const taken = new Map<string, number>();
  let unnamed = 0;
  let renamed = 0;
  for (const [index, item] of items.entries()) {
    let name = item.getName().trim();
    if (name === '') {
      name = `${prefix}-${index}`;
      unnamed++;
    }
    const seen = taken.get(name) ?? 0;
    taken.set(name, seen + 1);
    if (seen > 0) {
      let n = seen + 1;
      while (taken.has(`${name}-${n}`)) n++;
      name = `${name}-${n}`;
      taken.set(name, 1);
      renamed++;
    }
    item.setName(name);
  }
  const kind = prefix === 'node' ? 'Nodes' : 'Meshes';
  if (unnamed > 0) repairs.push({ key: `import.namedUnnamed${kind}`, values: { count: unnamed } });
  if (renamed > 0) repairs.push({ key: `import.renamedDuplicate${kind}`, values: { count: renamed } });
}

/**
 * Gives every node and mesh a unique, stable name (the part lists and corrections name them): an unnamed one is
 * `node-<i>` / `mesh-<i>` by its index in the file, a repeated name gets `-2`, `-3`… in file order.
 */
export function nameNodesAndMeshes(document: Document, repairs: Message[]): void {
  const root = document.getRoot();
  nameAll(root.listNodes(), 'node', repairs);
  nameAll(root.listMeshes(), 'mesh', repairs);
}
