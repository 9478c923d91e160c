import type { Document } from '@gltf-transform/core';
import { refuse } from './errors';

/** Refuses a primitive whose indices point past its vertices (three.js would draw garbage or nothing). */
export function checkIndices(document: Document, file: string): void {
  for (const [m, mesh] of document.getRoot().listMeshes().entries())
    for (const [p, primitive] of mesh.listPrimitives().entries()) {
      const indices = primitive.getIndices()?.getArray();
      const count = primitive.getAttribute('POSITION')?.getCount() ?? 0;
      if (!indices) continue;
      let max = 0;
      for (let i = 0; i < indices.length; i++) if (indices[i]! > max) max = indices[i]!;
      if (max >= count)
        refuse('import.indexPastVertices', { file, mesh: m, primitive: p, index: max, count });
    }
}
