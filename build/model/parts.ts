/** Turns the cut body into scene nodes: zones on the shared paint, glass sets, lights and black trim. */
import type { BodyGrid } from './body';
import { bodyParts } from './bodyparts';
import { type Mesh, mergeMeshes, splitCorners } from './mesh';
import type { SceneNode } from './write';

/** Body meshes grouped the way the scene needs them. */
export interface BodyNodes {
  zones: Map<string, Mesh>;
  glass: Map<string, Mesh>;
  lights: SceneNode[];
  black: Mesh;
  gloss: Mesh;
}

/** Group the body parts; glass sits 4 mm inside the body surface so the pillars frame it. */
export function groupBody(g: BodyGrid): BodyNodes {
  const parts = bodyParts(g, { glass: -0.004, 'light:head:led': 0.0015, 'light:tail:led': 0.0015 });
  const zones = new Map<string, Mesh>();
  const glass = new Map<string, Mesh>();
  const blacks: Mesh[] = [];
  const glosses: Mesh[] = [];
  const lights: SceneNode[] = [];
  for (const [name, mesh] of [...parts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // Zones keep their corner normals until they are laid flat (zoneuv.ts).
    if (!name.startsWith('zone:')) splitCorners(mesh);
    if (name.startsWith('zone:')) zones.set(name.slice(5), mesh);
    else if (name.startsWith('glass:')) glass.set(name.slice(6), mesh);
    else if (name.startsWith('black:')) blacks.push(mesh);
    else if (name.startsWith('gloss:')) glosses.push(mesh);
    else if (name.startsWith('light:') && !name.endsWith(':led')) {
      const led = parts.get(`${name}:led`);
      const tail = name.includes('tail');
      lights.push({
        name,
        prims: [
          { mesh, material: tail ? 'light-lens-red' : 'light-lens' },
          ...(led ? [{ mesh: led, material: tail ? 'light-emissive-red' : 'light-emissive' }] : []),
        ],
      });
    }
  }
  return { zones, glass, lights, black: mergeMeshes(blacks), gloss: mergeMeshes(glosses) };
}
