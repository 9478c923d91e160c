import { crc32, deflateSync } from 'node:zlib';
import type { RgbaImage } from '@domain/artwork/template';

export type { RgbaImage } from '@domain/artwork/template';

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * Encodes RGBA pixels as a PNG (filter 0, zlib). `pixelsPerMetre` adds a pHYs chunk so print and layout
 * tools open the file at its real size (e.g. a UV template at the zone's size in millimetres).
 */
export function encodePng(image: RgbaImage, options: { pixelsPerMetre?: number } = {}): Uint8Array {
  const { width, height, data } = image;
  const ihdr = new Uint8Array(13);
  const ihdrView = new DataView(ihdr.buffer);
  ihdrView.setUint32(0, width);
  ihdrView.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = new Uint8Array((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw.set(data.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr)];
  if (options.pixelsPerMetre !== undefined) {
    const phys = new Uint8Array(9);
    const view = new DataView(phys.buffer);
    const ppm = Math.round(options.pixelsPerMetre);
    view.setUint32(0, ppm);
    view.setUint32(4, ppm);
    phys[8] = 1;
    parts.push(chunk('pHYs', phys));
  }
  parts.push(chunk('IDAT', deflateSync(raw, { level: 6 })), chunk('IEND', new Uint8Array(0)));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
