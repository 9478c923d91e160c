import { DataTexture, LinearFilter, RGBAFormat, type Vector3 } from 'three';

const SIZE = 128;

const smoothstep = (a: number, b: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};

/**
 * A soft ground shadow baked once per car into a small texture: a broad occlusion under the body plus
 * darker contact patches under the tyres (used as an alpha map: the value is in the green channel). `wheels` are in the plane's UV space (-1..1 on both axes).
 * Drawn as one transparent quad, it costs no render pass and never needs a frame of its own.
 */
export function groundShadowTexture(wheels: { x: number; y: number }[], strength: number): DataTexture {
  const data = new Uint8Array(SIZE * SIZE * 4);
  for (let j = 0; j < SIZE; j += 1) {
    for (let i = 0; i < SIZE; i += 1) {
      const u = ((i + 0.5) / SIZE) * 2 - 1;
      const v = ((j + 0.5) / SIZE) * 2 - 1;
      const qx = Math.abs(u) - 0.5;
      const qy = Math.abs(v) - 0.6;
      const d = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - 0.06;
      let a = (1 - smoothstep(-0.22, 0.16, d)) ** 1.4 * 0.5;
      for (const w of wheels) {
        const r = Math.hypot((u - w.x) / 0.12, (v - w.y) / 0.08);
        a = Math.max(a, (1 - smoothstep(0.15, 1, r)) * 0.85);
      }
      const g = Math.round(Math.min(1, a * strength) * 255);
      data.set([g, g, g, 255], (j * SIZE + i) * 4);
    }
  }
  const t = new DataTexture(data, SIZE, SIZE, RGBAFormat);
  t.magFilter = LinearFilter;
  t.minFilter = LinearFilter;
  t.needsUpdate = true;
  return t;
}

/** Wheel centres (model space) → positions in a shadow plane of this half size centred on `centre`. */
export function wheelsInPlane(wheels: Vector3[], centre: Vector3, half: { x: number; z: number }) {
  return wheels.map((w) => ({ x: (w.x - centre.x) / half.x, y: -(w.z - centre.z) / half.z }));
}
