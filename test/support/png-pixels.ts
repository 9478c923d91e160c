/** Reads the pixels of the PNGs the app writes itself (RGBA, filter 0: the UV templates' encoder). */
import { inflateSync } from 'node:zlib';

/** Size and an `rgb(x, y)` reader of a filter-0 RGBA PNG. */
export function pngPixels(png: Buffer): {
  width: number;
  height: number;
  rgb: (x: number, y: number) => [number, number, number];
} {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgb = (x: number, y: number): [number, number, number] => {
    const i = y * (width * 4 + 1) + 1 + x * 4;
    return [raw[i]!, raw[i + 1]!, raw[i + 2]!];
  };
  return { width, height, rgb };
}
