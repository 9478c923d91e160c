import { presetAngle } from '@renderer/scene/camera/presets';
import { angleOf, fillFrame, framedCamera, SHOT_MARGIN, silhouette } from '@renderer/scene/camera/shot-frame';
import { BoxGeometry, Group, Mesh, MeshBasicMaterial, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';

/** A car-sized box (4.3 × 1.6 × 1.8 m) standing on the floor, named as the stage names the car. */
function carBox(): Group {
  const car = new Group();
  car.name = 'car';
  const body = new Mesh(new BoxGeometry(1.8, 1.6, 4.3), new MeshBasicMaterial());
  body.position.set(0.3, 0.8, -0.2); // off the origin: framing must not assume a centred car
  car.add(body);
  return car;
}

describe('framed pictures of the car (shot-frame)', () => {
  it('fillFrame centres a silhouette and fills the tighter axis, keeping the margin', () => {
    const f = fillFrame({ x0: -0.8, x1: 0.4, y0: -0.5, y1: 0.1 });
    expect(f.cx).toBeCloseTo(-0.2);
    expect(f.cy).toBeCloseTo(-0.2);
    expect(f.scale).toBeCloseTo((1 - SHOT_MARGIN) / 0.6);
  });

  for (const [view, w, h] of [
    ['front34', 3840, 2160],
    ['rear34', 600, 400],
    ['side', 1830, 1398],
    ['front34', 420, 800],
  ] as const) {
    it(`${view} at ${w}×${h}: the silhouette is centred and spans 1 − margin of the tighter axis`, () => {
      const car = carBox();
      const camera = framedCamera(car, presetAngle(view), w, h, { near: 0.05, far: 200 });
      const s = silhouette(car, camera);
      expect((s.x0 + s.x1) / 2).toBeCloseTo(0, 5);
      expect((s.y0 + s.y1) / 2).toBeCloseTo(0, 5);
      const span = Math.max(s.x1 - s.x0, s.y1 - s.y0) / 2;
      expect(span).toBeCloseTo(1 - SHOT_MARGIN, 5);
      expect(Math.min(s.x0, s.y0)).toBeGreaterThan(-1);
      expect(Math.max(s.x1, s.y1)).toBeLessThan(1);
    });
  }

  it('hidden parts (other rims, accessories not chosen) do not widen the frame', () => {
    const alone = carBox();
    const bare = silhouette(
      alone,
      framedCamera(alone, presetAngle('side'), 800, 450, { near: 0.05, far: 200 }),
    );
    const car = carBox();
    const roofBox = new Mesh(new BoxGeometry(1, 3, 1), new MeshBasicMaterial());
    roofBox.position.set(0, 3, 0);
    roofBox.visible = false;
    car.add(roofBox);
    const camera = framedCamera(car, presetAngle('side'), 800, 450, { near: 0.05, far: 200 });
    const s = silhouette(car, camera);
    expect(s.y0).toBeCloseTo(bare.y0, 6);
    expect(s.y1).toBeCloseTo(bare.y1, 6);
    roofBox.visible = true; // shown, it is framed: the car gets smaller in the picture
    const withBox = silhouette(
      car,
      framedCamera(car, presetAngle('side'), 800, 450, { near: 0.05, far: 200 }),
    );
    expect(withBox.x1 - withBox.x0).toBeLessThan(bare.x1 - bare.x0 - 0.05);
  });

  it('angleOf reads a camera position back into the preset angles', () => {
    const { polar, azimuth } = presetAngle('rear34');
    const target = new Vector3(0.3, 0.7, -0.2);
    const at = new Vector3(
      Math.sin(polar) * Math.sin(azimuth),
      Math.cos(polar),
      Math.sin(polar) * Math.cos(azimuth),
    )
      .multiplyScalar(9)
      .add(target);
    const back = angleOf(at, target);
    expect(back.polar).toBeCloseTo(polar, 6);
    expect(back.azimuth).toBeCloseTo(azimuth, 6);
  });
});
