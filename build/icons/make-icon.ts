import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from '@services/artwork/png';

/** Draws the app icon (a car side silhouette on a blue tile) as a 512×512 PNG, from code. */
const SIZE = 512;

/** Coverage 0..1 of the pixel at (x, y) by shape `inside`, 4×4 supersampled for smooth edges. */
function coverage(x: number, y: number, inside: (u: number, v: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / SIZE, (y + (j + 0.5) / 4) / SIZE)) hits++;
  return hits / 16;
}

const tile = (u: number, v: number) => {
  const r = 0.18;
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const wheel = (u: number, v: number, cx: number) => (u - cx) ** 2 + (v - 0.66) ** 2 <= 0.085 ** 2;
const body = (u: number, v: number) => {
  if (u < 0.12 || u > 0.88 || v > 0.66 || v < 0.36) return false;
  const roof = 0.36 + (0.16 * Math.max(0, Math.abs(u - 0.47) - 0.12)) / 0.29;
  const nose = v > 0.5 - (0.88 - u) * 0.6 || u < 0.8;
  return v >= roof && nose;
};

export function drawIcon(): Buffer {
  const data = new Uint8Array(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const t = coverage(x, y, tile);
      const c = coverage(x, y, (u, v) => body(u, v) && !wheel(u, v, 0.3) && !wheel(u, v, 0.7));
      const w = coverage(x, y, (u, v) => wheel(u, v, 0.3) || wheel(u, v, 0.7));
      const shade = 1 - (y / SIZE) * 0.35;
      const rgb = [
        20 * shade * (1 - c - w) + 255 * c + 30 * w,
        96 * shade * (1 - c - w) + 255 * c + 34 * w,
        200 * shade * (1 - c - w) + 255 * c + 40 * w,
      ];
      const o = (y * SIZE + x) * 4;
      data[o] = Math.round(rgb[0]!);
      data[o + 1] = Math.round(rgb[1]!);
      data[o + 2] = Math.round(rgb[2]!);
      data[o + 3] = Math.round(255 * t);
    }
  }
  return Buffer.from(encodePng({ width: SIZE, height: SIZE, data }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'icon.png'), drawIcon());
}
