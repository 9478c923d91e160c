import { decalProjector, uprightRotationDeg } from '@renderer/scene/artwork/decal-geometry';
import { Group, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';

/** The image's top direction (projector +y) of a decal with this normal and rotation, car frame. */
function imageTop(normal: [number, number, number], rotationDeg: number): Vector3 {
  const root = new Group();
  root.updateMatrixWorld();
  const { orientation } = decalProjector(root, {
    url: 'x',
    position: [0, 0, 0],
    normal,
    sizeMm: [400, 400],
    rotationDeg,
  } as Parameters<typeof decalProjector>[1]);
  return new Vector3(0, 1, 0).applyEuler(orientation);
}

describe('decal placed by a click reads upright from the camera', () => {
  it('keeps 0° on a door seen from the side (camera tilted a little) and turns a quarter on the hood seen from above', () => {
    const tilted = new Vector3(-Math.sin(0.07), Math.cos(0.07), 0);
    expect(uprightRotationDeg(new Vector3(1, 0, 0), new Vector3(0, 0, -1), tilted)).toBe(0);
    // Top view: the camera's up is the car's right (-X), its right the rear; the hood's unturned top is the rear.
    const deg = uprightRotationDeg(
      new Vector3(0, 1, 0),
      new Vector3(0, 0, -1),
      new Vector3(-0.99, 0.14, 0).normalize(),
    );
    expect(Math.abs(deg)).toBe(90);
    expect(imageTop([0, 1, 0], deg).dot(new Vector3(-1, 0, 0))).toBeGreaterThan(0.99);
  });

  it('puts the image top along the surface direction that shows straight up the screen (front ¾ over a slanted hood)', () => {
    const n = new Vector3(0, 0.95, 0.31).normalize();
    // Front ¾ camera (azimuth 38°, 12° above the horizon): right and up.
    const a = (38 * Math.PI) / 180;
    const e = (12 * Math.PI) / 180;
    const right = new Vector3(Math.cos(a), 0, -Math.sin(a));
    const back = new Vector3(Math.cos(e) * Math.sin(a), Math.sin(e), Math.cos(e) * Math.cos(a));
    const up = back.clone().cross(right).normalize();
    const deg = uprightRotationDeg(n, right, up);
    const top = imageTop([n.x, n.y, n.z], deg);
    expect(Math.abs(top.dot(right))).toBeLessThan(Math.sin((1 * Math.PI) / 180));
    expect(top.dot(up)).toBeGreaterThan(0);
    expect(Number.isInteger(deg)).toBe(true);
  });
});
