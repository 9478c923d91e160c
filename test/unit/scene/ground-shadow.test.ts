import { describe, expect, it } from 'vitest';
import { groundShadowTexture } from '../../../renderer/src/scene/car/ground-shadow';

const at = (t: ReturnType<typeof groundShadowTexture>, u: number, v: number) => {
  const size = t.image.width;
  const i = Math.min(size - 1, Math.floor(((u + 1) / 2) * size));
  const j = Math.min(size - 1, Math.floor(((v + 1) / 2) * size));
  return (t.image.data as Uint8Array)[(j * size + i) * 4 + 1]!;
};

describe('baked ground shadow', () => {
  it('is dark under the car, darkest under the tyres and clear at the plane edges', () => {
    const t = groundShadowTexture([{ x: 0.5, y: 0.6 }], 1);
    expect(at(t, 0, 0)).toBeGreaterThan(90);
    expect(at(t, 0.5, 0.6)).toBeGreaterThan(at(t, 0, 0));
    expect(at(t, 0.99, 0)).toBeLessThan(5);
    expect(at(t, 0, -0.99)).toBeLessThan(10);
  });
});
