import { readFileSync } from 'node:fs';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { frameTightly, outlinePoints } from '@renderer/vehicles/thumbnail-frame';
import { BoxGeometry, Group, Matrix4, Mesh, MeshBasicMaterial, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { REAL_CAR } from '../../support/compressed-car';

/** World-space vertices of the real third-party car, as the page would have them after loading. */
async function romaPoints(): Promise<Vector3[]> {
  const document = await new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .readBinary(new Uint8Array(readFileSync(REAL_CAR)));
  const points: Vector3[] = [];
  for (const node of document.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const world = new Matrix4().fromArray(node.getWorldMatrix());
    for (const primitive of mesh.listPrimitives()) {
      const position = primitive.getAttribute('POSITION');
      if (!position) continue;
      for (let i = 0; i < position.getCount(); i++) {
        const [x, y, z] = position.getElement(i, [0, 0, 0]);
        points.push(new Vector3(x, y, z).applyMatrix4(world));
      }
    }
  }
  return points;
}

/** Where the points land in the picture (NDC, -1..1 on both axes), through the framed camera. */
function extents(points: Vector3[], aspect: number, margin?: number) {
  const camera = frameTightly(points, aspect, margin);
  const p = new Vector3();
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const point of points) {
    p.copy(point).project(camera);
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  return { x0, x1, y0, y1 };
}

describe('thumbnail framing', () => {
  it('fills a 16:10 picture with the real car: 4 % margins on its tighter axis, centred, no empty band', async () => {
    const points = await romaPoints();
    expect(points.length).toBeGreaterThan(1000);
    const { x0, x1, y0, y1 } = extents(points, 16 / 10);
    // The car is wider than tall from the front ¾: it touches the side margins exactly.
    expect(x0).toBeCloseTo(-0.92, 3);
    expect(x1).toBeCloseTo(0.92, 3);
    // Centred vertically: the band under the car equals the band over it, and the car takes most of the height.
    expect(y0 + 1).toBeCloseTo(1 - y1, 3);
    expect(y1 - y0).toBeGreaterThan(1.1);
  });

  it('fits the tighter axis in a tall picture too, and never cuts the car', async () => {
    const points = await romaPoints();
    const { x0, x1, y0, y1 } = extents(points, 3 / 4, 0.1);
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(-0.8 - 1e-6);
    expect(Math.max(x1, y1)).toBeLessThanOrEqual(0.8 + 1e-6);
    expect(Math.max(x1 - x0, y1 - y0)).toBeCloseTo(1.6, 3);
  });

  it('reads the vertices of visible meshes in world space and leaves hidden ones out', () => {
    const root = new Group();
    const seen = new Mesh(new BoxGeometry(2, 2, 2), new MeshBasicMaterial());
    seen.position.set(10, 0, 0);
    const hidden = new Mesh(new BoxGeometry(2, 2, 2), new MeshBasicMaterial());
    hidden.position.set(-50, 0, 0);
    hidden.visible = false;
    root.add(seen, hidden);
    const points = outlinePoints(root);
    expect(points.length).toBe(seen.geometry.getAttribute('position').count);
    expect(Math.min(...points.map((p) => p.x))).toBeCloseTo(9, 6);
    expect(Math.max(...points.map((p) => p.x))).toBeCloseTo(11, 6);
  });
});
