/**
 * TEST ONLY: draws zoned paint in distinct colours for a person to look at (an orthographic software rasteriser with
 * a depth buffer and simple light, written to PNG with pngjs). Three views side by side: the left flank, the front
 * three-quarter from above and the rear three-quarter from above (with ZONES_TOP_VIEW=1: top, front and rear).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ZONE_TYPES } from '@domain/vehicle/zone-types';
import { UNASSIGNED, type ZonedPaint } from '@services/vehicles/zones/types';
import { PNG } from 'pngjs';

/** A colour per zone type (Kelly's colours of maximum contrast, then a few more), in ZONE_TYPES order. */
const COLOURS: [number, number, number][] = [
  [230, 25, 75], // hood
  [60, 180, 75], // roof
  [255, 225, 25], // tailgate
  [0, 130, 200], // bumper-front
  [245, 130, 48], // bumper-rear
  [145, 30, 180], // fender-left
  [70, 240, 240], // fender-right
  [240, 50, 230], // door-front-left
  [210, 245, 60], // door-front-right
  [250, 190, 212], // door-rear-left
  [0, 128, 128], // door-rear-right
  [220, 190, 255], // quarter-left
  [170, 110, 40], // quarter-right
  [128, 0, 0], // mirror-left
  [170, 255, 195], // mirror-right
  [128, 128, 0], // pillars
  [255, 215, 180], // skirt-left
  [0, 0, 128], // skirt-right
  [255, 255, 255], // trunk-lid
  [128, 128, 128], // bed
];
const PALETTE: Record<string, [number, number, number]> = Object.fromEntries(
  ZONE_TYPES.map((type, i) => [type, COLOURS[i]!]),
);

/** A view: the camera's right and up axes (unit, car frame). */
type View = { right: [number, number, number]; up: [number, number, number] };

const norm = (v: number[]): [number, number, number] => {
  const l = Math.hypot(v[0]!, v[1]!, v[2]!);
  return [v[0]! / l, v[1]! / l, v[2]! / l];
};
const cross = (a: number[], b: number[]) => [
  a[1]! * b[2]! - a[2]! * b[1]!,
  a[2]! * b[0]! - a[0]! * b[2]!,
  a[0]! * b[1]! - a[1]! * b[0]!,
];

/** A camera looking along `dir` with the world up kept up. */
function look(dir: number[]): View & { back: [number, number, number] } {
  const back = norm(dir.map((d) => -d));
  const right = norm(cross([0, 1, 0], back));
  const up = norm(cross(back, right));
  return { right, up, back };
}

const VIEWS = process.env.ZONES_TOP_VIEW
  ? [look([0, -1, 0.001]), look([0, -0.3, -1]), look([0, -0.3, 1])]
  : [look([-1, 0, 0]), look([-0.8, -0.55, -1]), look([0.8, -0.55, 1])];

/** Renders the three views (each `size` px square) into one PNG at `file`. */
export function renderZones(zoned: ZonedPaint, file: string, size = 520): void {
  const width = size * VIEWS.length;
  const png = { width, height: size, data: Buffer.alloc(width * size * 4, 255) };
  const depth = new Float32Array(width * size).fill(Number.NEGATIVE_INFINITY);
  const zoneAt = new Int16Array(width * size).fill(-1);
  const p = zoned.positions;
  const light = norm([0.3, 0.8, 0.5]);
  VIEWS.forEach((view, k) => {
    const scale = size / 5;
    const ox = k * size + size / 2;
    const oy = size / 2 + 0.5 * scale;
    const project = (v: number) => {
      const x = p[v * 3]!;
      const y = p[v * 3 + 1]! - 0.7;
      const z = p[v * 3 + 2]!;
      return [
        ox + (x * view.right[0] + y * view.right[1] + z * view.right[2]) * scale,
        oy - (x * view.up[0] + y * view.up[1] + z * view.up[2]) * scale,
        x * view.back[0] + y * view.back[1] + z * view.back[2],
      ] as const;
    };
    for (let t = 0; t < zoned.indices.length / 3; t++) {
      const [a, b, c] = [0, 1, 2].map((i) => project(zoned.indices[t * 3 + i]!)) as [
        readonly [number, number, number],
        readonly [number, number, number],
        readonly [number, number, number],
      ];
      const va = zoned.indices[t * 3]! * 3;
      const vb = zoned.indices[t * 3 + 1]! * 3;
      const vc = zoned.indices[t * 3 + 2]! * 3;
      const n = norm(
        cross(
          [p[vb]! - p[va]!, p[vb + 1]! - p[va + 1]!, p[vb + 2]! - p[va + 2]!],
          [p[vc]! - p[va]!, p[vc + 1]! - p[va + 1]!, p[vc + 2]! - p[va + 2]!],
        ),
      );
      if (!Number.isFinite(n[0])) continue;
      const facing = n[0] * view.back[0] + n[1] * view.back[1] + n[2] * view.back[2];
      const s = facing < 0 ? -1 : 1;
      const shade = 0.55 + 0.45 * Math.abs(s * (n[0] * light[0] + n[1] * light[1] + n[2] * light[2]));
      const zone = zoned.zoneOfTriangle[t]!;
      const base = zone === UNASSIGNED ? [40, 40, 40] : PALETTE[zoned.zones[zone]!.type]!;
      const minX = Math.max(k * size, Math.floor(Math.min(a[0], b[0], c[0])));
      const maxX = Math.min((k + 1) * size - 1, Math.ceil(Math.max(a[0], b[0], c[0])));
      const minY = Math.max(0, Math.floor(Math.min(a[1], b[1], c[1])));
      const maxY = Math.min(size - 1, Math.ceil(Math.max(a[1], b[1], c[1])));
      const area = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
      if (area === 0) continue;
      for (let y = minY; y <= maxY; y++) {
        for (let x = minX; x <= maxX; x++) {
          const px = x + 0.5;
          const py = y + 0.5;
          const w0 = ((b[0] - px) * (c[1] - py) - (b[1] - py) * (c[0] - px)) / area;
          const w1 = ((c[0] - px) * (a[1] - py) - (c[1] - py) * (a[0] - px)) / area;
          const w2 = 1 - w0 - w1;
          if (w0 < 0 || w1 < 0 || w2 < 0) continue;
          const d = w0 * a[2] + w1 * b[2] + w2 * c[2];
          const i = y * width + x;
          if (d <= depth[i]!) continue;
          depth[i] = d;
          zoneAt[i] = zone;
          png.data[i * 4] = Math.min(255, base[0]! * shade);
          png.data[i * 4 + 1] = Math.min(255, base[1]! * shade);
          png.data[i * 4 + 2] = Math.min(255, base[2]! * shade);
          png.data[i * 4 + 3] = 255;
        }
      }
    }
  });
  // Zone borders in dark grey: a pixel whose right or lower neighbour shows another zone.
  for (let y = 0; y < size - 1; y++) {
    for (let x = 0; x < width - 1; x++) {
      const i = y * width + x;
      const z = zoneAt[i]!;
      if (z < 0) continue;
      const r = zoneAt[i + 1]!;
      const b = zoneAt[i + width]!;
      if ((r >= 0 && r !== z) || (b >= 0 && b !== z)) {
        png.data[i * 4] = 30;
        png.data[i * 4 + 1] = 30;
        png.data[i * 4 + 2] = 30;
      }
    }
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, PNG.sync.write(png));
}
