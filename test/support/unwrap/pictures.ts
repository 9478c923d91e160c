/**
 * TEST ONLY: pictures of an unwrapped zone to look at. `layoutSvg` draws the UV layout in millimetres (chart
 * outlines, v down the page as templates are). `checkerPng` draws, side by side, the layout filled with a 10 cm
 * checker and the 3D zone with that checker mapped back, seen from outside along the zone's facing with the
 * image-top direction up the picture. Each checker cell has a red bar along its top and a blue bar along its
 * left: on the car the red bars must be on top and the blue bars on the left of every cell (upright, unmirrored),
 * and the cells square (true scale in both directions).
 */
import { writeFileSync } from 'node:fs';
import { imageTop, meanNormal } from '@services/vehicles/zones/unwrap/orient';
import type { UnwrapResult } from '@services/vehicles/zones/unwrap/unwrap-zone';
import { PNG } from 'pngjs';

const CELL_M = 0.1;

/** RGBA pixels. */
interface Picture {
  width: number;
  height: number;
  data: Buffer;
}

/** Checker colour at UV (metres): black/white cells, red bar on each cell's top, blue bar on its left. */
function checker(u: number, v: number): [number, number, number] {
  const i = Math.floor(u / CELL_M);
  const j = Math.floor(v / CELL_M);
  const fu = u / CELL_M - i;
  const fv = v / CELL_M - j;
  if (fv < 0.18) return [220, 30, 30];
  if (fu < 0.18) return [30, 60, 220];
  return (i + j) % 2 === 0 ? [235, 235, 235] : [40, 40, 40];
}

/** SVG of the layout's chart outlines (edges used by one triangle), in mm, v down the page. */
export function layoutSvg(layout: UnwrapResult, path: string): void {
  const count = new Map<string, number>();
  const { indices, uvs } = layout;
  for (let t = 0; t < indices.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e]!;
      const b = indices[t + ((e + 1) % 3)]!;
      const key = a < b ? `${a},${b}` : `${b},${a}`;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  const [w, h] = layout.sizeM.map((x) => Math.ceil(x * 1000) + 20);
  const lines: string[] = [];
  for (const [key, n] of count) {
    if (n !== 1) continue;
    const [a, b] = key.split(',').map(Number) as [number, number];
    const f = (x: number) => (x * 1000 + 10).toFixed(1);
    lines.push(
      `<line x1="${f(uvs[a * 2]!)}" y1="${f(uvs[a * 2 + 1]!)}" x2="${f(uvs[b * 2]!)}" y2="${f(uvs[b * 2 + 1]!)}"/>`,
    );
  }
  writeFileSync(
    path,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}mm" height="${h}mm" viewBox="0 0 ${w} ${h}">` +
      `<rect width="${w}" height="${h}" fill="white"/>` +
      `<text x="12" y="24" font-size="14">${layout.type}: ${Math.round(layout.sizeM[0] * 1000)} × ${Math.round(layout.sizeM[1] * 1000)} mm, ${layout.charts} chart(s), ${(layout.withinTenPercent * 100).toFixed(1)} % within ±10 %</text>` +
      `<g stroke="black" stroke-width="0.6" fill="none">${lines.join('')}</g></svg>`,
  );
}

/** Rasterise triangles into `png` with per-pixel UV from `screen` (x, y, depth per vertex). */
function raster(
  png: Picture,
  x0: number,
  screen: Float64Array,
  layout: UnwrapResult,
  depthTest: boolean,
): void {
  const { indices, uvs } = layout;
  const width = png.width;
  const height = png.height;
  const depth = new Float64Array(width * height).fill(-Infinity);
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    const ax = screen[a * 3]!;
    const ay = screen[a * 3 + 1]!;
    const bx = screen[b * 3]!;
    const by = screen[b * 3 + 1]!;
    const cx = screen[c * 3]!;
    const cy = screen[c * 3 + 1]!;
    const det = (bx - ax) * (cy - ay) - (cx - ax) * (by - ay);
    if (Math.abs(det) < 1e-12) continue;
    const minX = Math.max(0, Math.floor(Math.min(ax, bx, cx)));
    const maxX = Math.min(width - 1 - x0, Math.ceil(Math.max(ax, bx, cx)));
    const minY = Math.max(0, Math.floor(Math.min(ay, by, cy)));
    const maxY = Math.min(height - 1, Math.ceil(Math.max(ay, by, cy)));
    for (let y = minY; y <= maxY; y++)
      for (let x = minX; x <= maxX; x++) {
        const px = x + 0.5;
        const py = y + 0.5;
        const l1 = ((px - ax) * (cy - ay) - (cx - ax) * (py - ay)) / det;
        const l2 = ((bx - ax) * (py - ay) - (px - ax) * (by - ay)) / det;
        const l0 = 1 - l1 - l2;
        if (l0 < 0 || l1 < 0 || l2 < 0) continue;
        const z = l0 * screen[a * 3 + 2]! + l1 * screen[b * 3 + 2]! + l2 * screen[c * 3 + 2]!;
        const k = y * width + x + x0;
        if (depthTest && z <= depth[k]!) continue;
        depth[k] = z;
        const u = l0 * uvs[a * 2]! + l1 * uvs[b * 2]! + l2 * uvs[c * 2]!;
        const v = l0 * uvs[a * 2 + 1]! + l1 * uvs[b * 2 + 1]! + l2 * uvs[c * 2 + 1]!;
        png.data.set([...checker(u, v), 255], k * 4);
      }
  }
}

/** PNG: the layout with the checker (left) and the zone seen from outside (or `from` a direction) with the checker on it (right). */
export function checkerPng(
  layout: UnwrapResult,
  path: string,
  pxPerM = 300,
  from?: [number, number, number],
): void {
  const { positions, indices, uvs, sizeM } = layout;
  const n = positions.length / 3;
  // View: look against the zone's facing (or from `from`); screen up = the image-top direction across the view.
  const facing = from ?? meanNormal(positions, indices);
  const f = facing[0] || facing[1] || facing[2] ? facing : ([0, 0, 1] as [number, number, number]);
  let up = imageTop(layout.type) as number[];
  const k = up[0]! * f[0] + up[1]! * f[1] + up[2]! * f[2];
  up = [up[0]! - k * f[0], up[1]! - k * f[1], up[2]! - k * f[2]];
  if (Math.hypot(...up) < 0.2) up = [0, 1, 0];
  const ul = Math.hypot(...up);
  up = up.map((x) => x / ul);
  // right = up × facing (the viewer looks along −facing).
  const right = [up[1]! * f[2] - up[2]! * f[1], up[2]! * f[0] - up[0]! * f[2], up[0]! * f[1] - up[1]! * f[0]];
  const sx = new Float64Array(n);
  const sy = new Float64Array(n);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const p = [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!];
    sx[i] = p[0]! * right[0]! + p[1]! * right[1]! + p[2]! * right[2]!;
    sy[i] = -(p[0]! * up[0]! + p[1]! * up[1]! + p[2]! * up[2]!);
    minX = Math.min(minX, sx[i]!);
    maxX = Math.max(maxX, sx[i]!);
    minY = Math.min(minY, sy[i]!);
    maxY = Math.max(maxY, sy[i]!);
  }
  const pad = 20;
  const leftW = Math.ceil(sizeM[0] * pxPerM) + 2 * pad;
  const rightW = Math.ceil((maxX - minX) * pxPerM) + 2 * pad;
  const h = Math.ceil(Math.max(sizeM[1], maxY - minY) * pxPerM) + 2 * pad;
  const png: Picture = {
    width: leftW + rightW,
    height: h,
    data: Buffer.alloc((leftW + rightW) * h * 4, 255),
  };
  const flat = new Float64Array(n * 3);
  const car = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) {
    flat.set([uvs[i * 2]! * pxPerM + pad, uvs[i * 2 + 1]! * pxPerM + pad, 0], i * 3);
    const p = [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!];
    car.set(
      [
        (sx[i]! - minX) * pxPerM + pad,
        (sy[i]! - minY) * pxPerM + pad,
        p[0]! * f[0] + p[1]! * f[1] + p[2]! * f[2],
      ],
      i * 3,
    );
  }
  raster(png, 0, flat, layout, false);
  raster(png, leftW, car, layout, true);
  writeFileSync(path, PNG.sync.write(png));
}
