import type { Localized } from '../catalog/common';
import { eachTextPixel } from './font';
import { DIRECTION_WORDS, type SurfaceTriangles, type TemplateEdges, templateEdges } from './orientation';
import { type Polyline, type UvTriangles, uvOutline } from './outline';

/** Pixels to encode: 8-bit RGBA, row by row (services turn them into a PNG file). */
export interface RgbaImage {
  width: number;
  height: number;
  /** width × height × 4 bytes. */
  data: Uint8Array;
}

/** A zone's UV layout at real size: outline in millimetres (x = u along the car, y = v), canvas size in mm. */
export interface ZoneLayout {
  zone: string;
  name: Localized;
  widthMm: number;
  heightMm: number;
  outlineMm: Polyline[];
  /** Which way each edge points on the car (when the parts carry surface positions). */
  edges: TemplateEdges;
}

/**
 * Lays a zone's UV triangles out in millimetres. With `uvSizeM` the UVs are in units of `uvUnitM` metres
 * (default 1) and the canvas is `uvSizeM`; without it the UV square 0–1 is 1 m (as the renderer places artwork).
 */
export function zoneLayout(
  zone: { id: string; name: Localized; uvSizeM?: [number, number] },
  uvUnitM: number | undefined,
  parts: readonly (UvTriangles | SurfaceTriangles)[],
): ZoneLayout {
  const surfaces = parts.filter((p): p is SurfaceTriangles => 'positions' in p);
  const mmPerUv = (zone.uvSizeM ? (uvUnitM ?? 1) : 1) * 1000;
  const [w, h] = zone.uvSizeM ? [zone.uvSizeM[0] * 1000, zone.uvSizeM[1] * 1000] : [1000, 1000];
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    zone: zone.id,
    name: zone.name,
    widthMm: round(w),
    heightMm: round(h),
    outlineMm: uvOutline(parts).map((line) => line.map(([u, v]) => [round(u * mmPerUv), round(v * mmPerUv)])),
    edges: surfaces.length === parts.length ? templateEdges(surfaces) : {},
  };
}

/** "1686 × 1118 mm". */
export const sizeLabel = (l: ZoneLayout) => `${Math.round(l.widthMm)} × ${Math.round(l.heightMm)} mm`;

const OUTLINE = '#d0021b';
const FILL = '#fdecee';

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );

/** Arrow drawn with each edge's label, pointing off the template towards that edge. */
const ARROW = { top: '↑', bottom: '↓', left: '←', right: '→' } as const;

/** Each labelled edge with its text: arrow first on the top, left and bottom edges, last on the right. */
function edgeLabels(l: ZoneLayout, word: (d: keyof typeof DIRECTION_WORDS) => string) {
  return (Object.keys(ARROW) as (keyof typeof ARROW)[]).flatMap((edge) => {
    const d = l.edges[edge];
    if (!d) return [];
    const text = edge === 'right' ? `${word(d)} ${ARROW[edge]}` : `${ARROW[edge]} ${word(d)}`;
    return [{ edge, direction: d, text }];
  });
}

/** Grid line positions every `step` mm up to `size`. */
const gridLines = (size: number, step: number) =>
  Array.from({ length: Math.floor(size / step) + 1 }, (_, i) => i * step);

/**
 * The UV template as SVG at real size: width/height in mm, viewBox in mm (1 unit = 1 mm), a 10 mm and
 * 100 mm grid, the zone's outline (filled lightly, even-odd), its name and "W × H mm".
 */
export function templateSvg(l: ZoneLayout): string {
  const { widthMm: w, heightMm: h } = l;
  const grid = (step: number) =>
    [...gridLines(w, step).map((x) => `M${x} 0V${h}`), ...gridLines(h, step).map((y) => `M0 ${y}H${w}`)].join(
      '',
    );
  const outline = l.outlineMm.map((line) => `M${line.map(([x, y]) => `${x} ${y}`).join('L')}`).join('');
  const font = Math.max(3, Math.min(25, Math.min(w, h) * 0.03));
  const title = `${l.name.zh} ${l.name.en} (${l.zone})`;
  const at = {
    top: `x="${w / 2}" y="${font * 3.9}" text-anchor="middle"`,
    bottom: `x="${w / 2}" y="${h - font * 0.5}" text-anchor="middle"`,
    left: `x="${font * 0.5}" y="${h / 2}" text-anchor="start"`,
    right: `x="${w - font * 0.5}" y="${h / 2}" text-anchor="end"`,
  };
  const edges = edgeLabels(l, (d) => `${DIRECTION_WORDS[d].zh} ${DIRECTION_WORDS[d].en}`).map(
    (e) =>
      `<text data-edge="${e.edge}" data-direction="${e.direction}" ${at[e.edge]} font-family="sans-serif" font-size="${font}" fill="#0050b3">${escapeXml(e.text)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}mm" height="${h}mm" viewBox="0 0 ${w} ${h}">`,
    `<title>${escapeXml(`${title} — ${sizeLabel(l)}`)}</title>`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    `<path d="${outline}" fill="${FILL}" fill-rule="evenodd" stroke="none"/>`,
    `<path d="${grid(10)}" stroke="#d9d9d9" stroke-width="0.2" fill="none"/>`,
    `<path d="${grid(100)}" stroke="#8c8c8c" stroke-width="0.6" fill="none"/>`,
    `<path d="${outline}" stroke="${OUTLINE}" stroke-width="1" fill="none" stroke-linejoin="round"/>`,
    `<text x="${font * 0.5}" y="${font * 1.3}" font-family="sans-serif" font-size="${font}" fill="#222">${escapeXml(title)}</text>`,
    `<text x="${font * 0.5}" y="${font * 2.6}" font-family="sans-serif" font-size="${font}" fill="#222">${escapeXml(sizeLabel(l))}</text>`,
    ...edges,
    '</svg>',
    '',
  ].join('\n');
}

/** Pixel density of PNG templates: 2 px/mm (≈ 51 dpi), lowered so the longest side stays ≤ 6000 px. */
export function templateDensity(l: ZoneLayout): { pxPerMm: number; pixelsPerMetre: number } {
  const pxPerMm = Math.min(2, 6000 / Math.max(l.widthMm, l.heightMm));
  // Round the density down: rounding up could push the longest side one pixel past the limit.
  const pixelsPerMetre = Math.floor(pxPerMm * 1000);
  return { pxPerMm: pixelsPerMetre / 1000, pixelsPerMetre };
}

/**
 * The same drawing as pixels at the template density; services encode them as a PNG whose pHYs chunk makes its
 * physical size the zone's real size, so layout tools open it at scale. Label in ASCII (English zone name), since the PNG carries no font.
 */
export function templatePixels(l: ZoneLayout): {
  image: RgbaImage;
  width: number;
  height: number;
  pixelsPerMetre: number;
} {
  const { pxPerMm, pixelsPerMetre } = templateDensity(l);
  const width = Math.max(1, Math.round(l.widthMm * pxPerMm));
  const height = Math.max(1, Math.round(l.heightMm * pxPerMm));
  const data = new Uint8Array(width * height * 4).fill(255);
  const put = (x: number, y: number, rgb: number) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const i = (y * width + x) * 4;
    data[i] = rgb >> 16;
    data[i + 1] = (rgb >> 8) & 255;
    data[i + 2] = rgb & 255;
  };
  // The light fill covers most pixels: write whole row spans as 32-bit words (RGBA bytes in memory order).
  const words = new Uint32Array(data.buffer, data.byteOffset, width * height);
  const fillWord = new Uint32Array(new Uint8Array([0xfd, 0xec, 0xee, 0xff]).buffer)[0] as number;
  fillEvenOdd(l.outlineMm, pxPerMm, width, height, (y, x0, x1) =>
    words.fill(fillWord, y * width + x0, y * width + x1),
  );
  for (const [step, rgb, thick] of [
    [10, 0xd9d9d9, 1],
    [100, 0x8c8c8c, 2],
  ] as const) {
    for (const xMm of gridLines(l.widthMm, step)) {
      const x = Math.min(width - thick, Math.round(xMm * pxPerMm));
      for (let y = 0; y < height; y++) for (let t = 0; t < thick; t++) put(x + t, y, rgb);
    }
    for (const yMm of gridLines(l.heightMm, step)) {
      const y = Math.min(height - thick, Math.round(yMm * pxPerMm));
      for (let x = 0; x < width; x++) for (let t = 0; t < thick; t++) put(x, y + t, rgb);
    }
  }
  const pen = Math.max(1, Math.round(pxPerMm));
  for (const line of l.outlineMm) {
    for (let k = 1; k < line.length; k++) {
      const [a, b] = [line[k - 1], line[k]] as [[number, number], [number, number]];
      drawLine(a[0] * pxPerMm, a[1] * pxPerMm, b[0] * pxPerMm, b[1] * pxPerMm, pen, (x, y) =>
        put(x, y, 0xd0021b),
      );
    }
  }
  const scale = Math.max(1, Math.floor(Math.min(width, height) / 30 / 7));
  const text = (label: string, x0: number, y0: number, rgb: number) =>
    eachTextPixel(label, (x, y) => {
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) put(x0 + scale * x + dx, y0 + scale * y + dy, rgb);
    });
  text(`${l.name.en} - ${sizeLabel(l)}`, 2 * scale, 2 * scale, 0x222222);
  for (const e of edgeLabels(l, (d) => DIRECTION_WORDS[d].ascii)) {
    const w = eachTextPixel(e.text, () => undefined) * scale;
    const x = {
      top: (width - w) / 2,
      bottom: (width - w) / 2,
      left: 2 * scale,
      right: width - w - 2 * scale,
    }[e.edge];
    const y = {
      top: 12 * scale,
      bottom: height - 9 * scale,
      left: (height - 7 * scale) / 2,
      right: (height - 7 * scale) / 2,
    }[e.edge];
    text(e.text, Math.round(x), Math.round(y), 0x0050b3);
  }
  return { image: { width, height, data }, width, height, pixelsPerMetre };
}

function drawLine(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  pen: number,
  dot: (x: number, y: number) => void,
): void {
  const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
  const half = Math.floor(pen / 2);
  for (let s = 0; s <= steps; s++) {
    const x = Math.round(x0 + ((x1 - x0) * s) / steps);
    const y = Math.round(y0 + ((y1 - y0) * s) / steps);
    for (let dy = -half; dy < pen - half; dy++)
      for (let dx = -half; dx < pen - half; dx++) dot(x + dx, y + dy);
  }
}

/** Scanline fill of the outline's closed loops (even-odd), sampling pixel centres; `span` gets [x0, x1) per row. */
function fillEvenOdd(
  lines: readonly Polyline[],
  pxPerMm: number,
  width: number,
  height: number,
  span: (y: number, x0: number, x1: number) => void,
): void {
  const segments: [number, number, number, number][] = [];
  for (const line of lines) {
    const first = line[0];
    const last = line.at(-1);
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) continue;
    for (let k = 1; k < line.length; k++) {
      const a = line[k - 1] as [number, number];
      const b = line[k] as [number, number];
      segments.push([a[0] * pxPerMm, a[1] * pxPerMm, b[0] * pxPerMm, b[1] * pxPerMm]);
    }
  }
  for (let y = 0; y < height; y++) {
    const cy = y + 0.5;
    const xs: number[] = [];
    for (const [ax, ay, bx, by] of segments) {
      if (ay <= cy === by <= cy) continue;
      xs.push(ax + ((cy - ay) * (bx - ax)) / (by - ay));
    }
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const x0 = Math.max(0, Math.ceil((xs[i] as number) - 0.5));
      const x1 = Math.min(width, Math.ceil((xs[i + 1] as number) - 0.5));
      if (x1 > x0) span(y, x0, x1);
    }
  }
}
