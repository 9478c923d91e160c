import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createShadowBaker, SHADOW_SIZE, type ShadowBaker } from '@renderer/scene/car/ground-shadow';
import { buildRig } from '@renderer/scene/car/rig';
import { loadCar } from '@renderer/scene/import/load';
import { createFilmTextures } from '@renderer/scene/materials/textures';
import { describe, expect, it } from 'vitest';

const DEFAULT_CAR = join(__dirname, '../../../assets/models/compact-ev.glb');
const MANIFEST = join(__dirname, '../../../assets/models/compact-ev.manifest.json');

/** Shadow strength (0..255) on the floor at model point (x, z). */
const at = (s: ShadowBaker, x: number, z: number) => {
  const { plane } = s;
  const i = Math.round(((x - plane.cx) / plane.hx + 1) * 0.5 * SHADOW_SIZE - 0.5);
  const j = Math.round((1 - (z - plane.cz) / plane.hz) * 0.5 * SHADOW_SIZE - 0.5);
  return (s.texture.image.data as Uint8Array)[(j * SHADOW_SIZE + i) * 4 + 1]!;
};

async function defaultCarShadow() {
  const bytes = readFileSync(DEFAULT_CAR);
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const car = await loadCar(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    'compact-ev.glb',
    manifest,
  );
  const rig = buildRig(car.root, car.manifest, createFilmTextures());
  return { rig, shadow: createShadowBaker(rig) };
}

describe('baked ground shadow of the default car', () => {
  it('is dark under the car, darkest under the tyres, clear at the plane edges', async () => {
    const { rig, shadow } = await defaultCarShadow();
    expect(shadow.bake([], 17)).toBe(true);
    const wheel = rig.wheels[0]!.position;
    expect(at(shadow, 0, 0)).toBeGreaterThan(90);
    expect(at(shadow, wheel.x, wheel.z)).toBeGreaterThan(at(shadow, 0, 0));
    expect(at(shadow, shadow.plane.cx + shadow.plane.hx * 0.99, 0)).toBeLessThan(8);
    expect(at(shadow, 0, shadow.plane.cz - shadow.plane.hz * 0.99)).toBeLessThan(8);
  });

  it('follows the silhouette: side steps and a bike rack add shadow, hiding them takes it away', async () => {
    const { shadow } = await defaultCarShadow();
    shadow.bake([], 17);
    const bare = { step: at(shadow, 1.02, -0.05), rack: at(shadow, 0, -2.32) };
    expect(shadow.bake(['side-steps', 'bike-rack', 'tow-bar'], 17)).toBe(true);
    expect(at(shadow, 1.02, -0.05)).toBeGreaterThan(bare.step + 25);
    expect(at(shadow, 0, -2.32)).toBeGreaterThan(bare.rack + 10);
    expect(shadow.bake(['side-steps', 'bike-rack', 'tow-bar'], 17)).toBe(false);
    shadow.bake([], 17);
    expect(at(shadow, 1.02, -0.05)).toBe(bare.step);
  });

  it('re-bakes for the wheel size only when it changes, in the same texture', async () => {
    const { shadow } = await defaultCarShadow();
    const texture = shadow.texture;
    shadow.bake([], 17);
    const version = texture.version;
    expect(shadow.bake([], 17)).toBe(false);
    expect(texture.version).toBe(version);
    expect(shadow.bake([], 19)).toBe(true);
    expect(shadow.texture).toBe(texture);
    expect(texture.version).toBeGreaterThan(version);
  });
});
