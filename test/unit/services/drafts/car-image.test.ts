import { deflateSync } from 'node:zlib';
import { crc32 } from '@domain/artwork/header';
import { encodePng } from '@services/artwork/png';
import { cleanCarImage, decodeCarImage, pngDataUrl } from '@services/drafts/car-image';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

/** A small RGBA picture with distinct pixels (a gradient with some transparency). */
function picture(width = 7, height = 5) {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++)
    data.set([i * 9, 255 - i * 5, (i * 37) & 255, i % 3 ? 255 : 128], i * 4);
  return { width, height, data };
}

/** The chunk types of a PNG, in order. */
function chunkTypes(png: Uint8Array): string[] {
  const types: string[] = [];
  const view = new DataView(png.buffer, png.byteOffset, png.length);
  for (let at = 8; at + 8 <= png.length; ) {
    const length = view.getUint32(at);
    types.push(String.fromCharCode(...png.subarray(at + 4, at + 8)));
    at += 12 + length;
  }
  return types;
}

/** A chunk with its CRC, to splice into a PNG. */
function chunk(type: string, body: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  out.set(body, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

/** Inserts chunks right after IHDR (byte 33). */
const withChunks = (png: Uint8Array, ...chunks: Buffer[]) =>
  Buffer.concat([png.subarray(0, 33), ...chunks, png.subarray(33)]);

describe('car image from the page', () => {
  it('is decoded fully and re-encoded: only the pixels cross, every extra chunk is gone', () => {
    const image = picture();
    const sent = withChunks(
      encodePng(image),
      chunk('tEXt', Buffer.from('Comment\0<script>alert(1)</script>')),
      chunk('iCCP', Buffer.concat([Buffer.from('evil\0\0'), deflateSync(Buffer.alloc(4000, 7))])),
      chunk('zzZz', Buffer.alloc(64, 0xee)),
    );
    const clean = decodeCarImage(pngDataUrl(sent));
    if (!clean.ok) throw new Error(clean.reason);
    expect(chunkTypes(clean.png)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(clean.png.includes(Buffer.from('script'))).toBe(false);
    const back = PNG.sync.read(clean.png);
    expect([back.width, back.height]).toEqual([image.width, image.height]);
    expect(Buffer.from(back.data).equals(Buffer.from(image.data))).toBe(true);
  });

  it('turns other PNG colour types into the same pixels as RGBA, and is stable on its own output', () => {
    const image = picture(9, 4);
    // Opaque, so the RGB file holds exactly these colours (pngjs would blend translucent ones).
    for (let i = 3; i < image.data.length; i += 4) image.data[i] = 255;
    const rgb = PNG.sync.write(
      { width: 9, height: 4, data: Buffer.from(image.data) },
      { colorType: 2, inputColorType: 6 },
    );
    const clean = cleanCarImage(rgb);
    if (!clean.ok) throw new Error(clean.reason);
    const back = PNG.sync.read(clean.png);
    for (let i = 0; i < 9 * 4; i++) {
      expect([...back.data.subarray(i * 4, i * 4 + 3)]).toEqual([...image.data.subarray(i * 4, i * 4 + 3)]);
      expect(back.data[i * 4 + 3]).toBe(255);
    }
    const again = cleanCarImage(clean.png);
    expect(again.ok && again.png.equals(clean.png)).toBe(true);
  });

  it('refuses what is not a decodable PNG of a sane size, saying why', () => {
    const good = Buffer.from(encodePng(picture()));
    const reason = (bytes: Uint8Array) => {
      const r = cleanCarImage(bytes);
      return r.ok ? 'accepted' : r.reason;
    };
    expect(reason(Buffer.from('GIF89a....'))).toMatch(/not a PNG image/);
    expect(reason(good.subarray(0, 40))).toMatch(/not a PNG image|does not decode/);
    const badCrc = Buffer.from(good);
    badCrc[good.length - 20] = (badCrc[good.length - 20] ?? 0) ^ 0xff;
    expect(reason(badCrc)).toMatch(/does not decode/);
    // Header claims 4000×4000 (16 MP) on a few hundred bytes: refused before anything is inflated.
    const huge = Buffer.from(encodePng({ width: 4000, height: 1, data: new Uint8Array(16000) }));
    huge.writeUInt32BE(4000, 20);
    huge.writeUInt32BE(crc32(huge.subarray(12, 29)), 29);
    expect(reason(huge)).toMatch(/4000×4000 px; at most 4096 px a side and 4 megapixels/);
    const interlaced = Buffer.from(good);
    interlaced[28] = 1;
    interlaced.writeUInt32BE(crc32(interlaced.subarray(12, 29)), 29);
    expect(reason(interlaced)).toMatch(/interlaced/);
    expect(decodeCarImage(pngDataUrl(Buffer.alloc(800 * 1024)))).toMatchObject({
      reason: expect.stringMatching(/is 800 KB; at most 700 KB/),
    });
    expect(decodeCarImage('data:image/png;base64,%%%')).toEqual({
      ok: false,
      reason: 'carImagePng is not valid base64',
    });
  });
});
