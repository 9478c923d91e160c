import { encodePng } from '@services/artwork/png';

/** A real, decodable PNG of the given size filled with one colour. */
export function pngBytes(
  width = 4,
  height = 3,
  rgba: [number, number, number, number] = [200, 30, 30, 255],
): Buffer {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set(rgba, i * 4);
  return Buffer.from(encodePng({ width, height, data }));
}

/** A minimal baseline JPEG header stream: SOI, APP0, SOF0 (w × h, 3 components), SOS, data, EOI. */
export function jpegBytes(width = 640, height = 480): Buffer {
  const app0 = [
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
    0x00,
  ];
  const sof = [
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    0x03,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ];
  const sos = [0xff, 0xda, 0x00, 0x0c, 0x03, 1, 0, 2, 0x11, 3, 0x11, 0x00, 0x3f, 0x00];
  return Buffer.from([0xff, 0xd8, ...app0, ...sof, ...sos, 0x12, 0x34, 0x56, 0xff, 0xd9]);
}

/** RIFF/WEBP wrapper around one chunk. */
export function webpBytes(fourcc: string, payload: number[]): Buffer {
  const body = Buffer.concat([Buffer.from(fourcc, 'ascii'), u32le(payload.length), Buffer.from(payload)]);
  const padded = payload.length % 2 ? Buffer.concat([body, Buffer.from([0])]) : body;
  return Buffer.concat([Buffer.from('RIFF'), u32le(4 + padded.length), Buffer.from('WEBP'), padded]);
}

/** Lossy WebP (VP8 key frame header) of w × h. */
export const webpLossy = (width = 320, height = 200) =>
  webpBytes('VP8 ', [
    0x10,
    0x02,
    0x00,
    0x9d,
    0x01,
    0x2a,
    width & 255,
    width >> 8,
    height & 255,
    height >> 8,
    0,
    0,
  ]);

/** Lossless WebP (VP8L header) of w × h. */
export function webpLossless(width = 320, height = 200): Buffer {
  const bits = ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14);
  return webpBytes('VP8L', [
    0x2f,
    bits & 255,
    (bits >>> 8) & 255,
    (bits >>> 16) & 255,
    (bits >>> 24) & 255,
    0,
    0,
    0,
  ]);
}

/** Extended WebP (VP8X canvas) of w × h. */
export function webpExtended(width = 320, height = 200): Buffer {
  const w = width - 1;
  const h = height - 1;
  return webpBytes('VP8X', [
    0,
    0,
    0,
    0,
    w & 255,
    (w >> 8) & 255,
    (w >> 16) & 255,
    h & 255,
    (h >> 8) & 255,
    (h >> 16) & 255,
  ]);
}

function u32le(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
