import { deflateSync } from 'node:zlib';
import { messageText } from '@contract/i18n';
import { crc32, readImageHeader } from '@domain/artwork';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusTally } from '../../support/corpus';
import { jpegBytes, pngBytes, webpBytes, webpExtended, webpLossless, webpLossy } from './samples';

/** A PNG whose IHDR says w × h (with a correct CRC), followed by a tiny IDAT and IEND. */
function pngDeclaring(width: number, height: number, depth = 8, colour = 6): Buffer {
  const ihdr = Buffer.alloc(17);
  ihdr.write('IHDR', 0, 'ascii');
  ihdr.writeUInt32BE(width, 4);
  ihdr.writeUInt32BE(height, 8);
  ihdr.set([depth, colour, 0, 0, 0], 12);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(8 + body.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 4 + body.length);
    return out;
  };
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(13);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(ihdr));
  return Buffer.concat([
    sig,
    len,
    ihdr,
    crc,
    chunk('IDAT', deflateSync(Buffer.alloc(2))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const flip = (bytes: Buffer, at: number, value?: number) => {
  const copy = Buffer.from(bytes);
  copy[at] = value ?? (copy[at] as number) ^ 0xff;
  return copy;
};

const png = pngBytes(8, 8);
const jpeg = jpegBytes(640, 480);
const webp = webpLossy(320, 200);

/** Input name → bytes and the problem code it must be refused with. */
const corpus: [string, Uint8Array, string][] = [
  ['empty file', Buffer.alloc(0), 'empty'],
  ['plain text renamed .png', Buffer.from('hello, this is my logo\n'), 'not-image'],
  [
    'HTML error page renamed .png',
    Buffer.from('<!DOCTYPE html><html><body>404 Not Found</body></html>'),
    'not-image',
  ],
  ['HTML with BOM', Buffer.from('\uFEFF<html><head></head></html>'), 'not-image'],
  ['ZIP archive renamed .png', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]), 'not-image'],
  ['PDF renamed .jpg', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'not-image'],
  ['GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'not-image'],
  ['BMP', Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)]), 'not-image'],
  ['TIFF', Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), 'not-image'],
  ['PSD', Buffer.concat([Buffer.from('8BPS'), Buffer.alloc(30)]), 'not-image'],
  [
    'HEIC',
    Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(12)]),
    'not-image',
  ],
  ['SVG', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), 'not-image'],
  ['JSON', Buffer.from('{"logo": true}'), 'not-image'],
  ['gzip', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), 'not-image'],
  ['random bytes', Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 73 + 11) & 0xff)), 'not-image'],
  [
    'RIFF WAVE audio',
    Buffer.concat([Buffer.from('RIFF'), Buffer.from([36, 0, 0, 0]), Buffer.from('WAVEfmt ')]),
    'not-image',
  ],
  ['PNG signature corrupted (CRLF turned to LF)', flip(png, 4, 0x0a), 'not-image'],
  [
    'PNG first chunk not IHDR',
    (() => {
      const b = Buffer.from(png);
      b.write('IDAT', 12, 'ascii');
      return b;
    })(),
    'corrupt-header',
  ],
  ['PNG IHDR length 12', flip(png, 11, 12), 'corrupt-header'],
  ['PNG IHDR CRC wrong', flip(png, 30), 'corrupt-header'],
  ['PNG width byte flipped (CRC mismatch)', flip(png, 18), 'corrupt-header'],
  ['PNG bit depth 7', pngDeclaring(8, 8, 7, 6), 'corrupt-header'],
  ['PNG colour type 5', pngDeclaring(8, 8, 8, 5), 'corrupt-header'],
  ['PNG zero width', pngDeclaring(0, 8), 'zero-size'],
  ['PNG zero height', pngDeclaring(8, 0), 'zero-size'],
  ['PNG declared 30000 × 30000', pngDeclaring(30_000, 30_000), 'too-large'],
  ['PNG declared 16385 × 10', pngDeclaring(16_385, 10), 'too-large'],
  ['PNG declared 15000 × 15000 (225 MP)', pngDeclaring(15_000, 15_000), 'too-large'],
  ['PNG declared 2³¹ wide', pngDeclaring(0x80000000, 8), 'corrupt-header'],
  ['PNG cut after IHDR (no IDAT, no IEND)', png.subarray(0, 33), 'truncated'],
  ['PNG cut inside IDAT', png.subarray(0, png.length - 20), 'truncated'],
  ['PNG without IDAT', Buffer.concat([png.subarray(0, 33), png.subarray(png.length - 12)]), 'corrupt-header'],
  ['JPEG SOI only', Buffer.from([0xff, 0xd8]), 'truncated'],
  ['JPEG SOI then EOI (no frame)', Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'corrupt-header'],
  [
    'JPEG scan before frame header',
    Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 8, 1, 2, 3, 4, 5, 6]),
    'corrupt-header',
  ],
  ['JPEG garbage where a marker belongs', Buffer.from([0xff, 0xd8, 0x12, 0x34, 0, 0]), 'corrupt-header'],
  ['JPEG segment length 1', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01, 0, 0]), 'corrupt-header'],
  ['JPEG SOF zero height', jpegBytes(640, 0), 'zero-size'],
  ['JPEG SOF zero width', jpegBytes(0, 480), 'zero-size'],
  ['JPEG declared 30000 × 30000', jpegBytes(30_000, 30_000), 'too-large'],
  ['JPEG SOF with 2 components', flip(jpeg, 29, 2), 'corrupt-header'],
  ['JPEG without end marker', jpeg.subarray(0, jpeg.length - 2), 'truncated'],
  ['JPEG cut inside APP0', jpeg.subarray(0, 12), 'truncated'],
  ['WebP RIFF header only', Buffer.from('RIFF\x10\x00\x00\x00WEBP', 'latin1'), 'truncated'],
  [
    'WebP RIFF size larger than file',
    (() => {
      const b = Buffer.from(webp);
      b.writeUInt32LE(100_000, 4);
      return b;
    })(),
    'truncated',
  ],
  [
    'WebP RIFF size too small',
    (() => {
      const b = Buffer.from(webp);
      b.writeUInt32LE(4, 4);
      return b;
    })(),
    'corrupt-header',
  ],
  ['WebP unknown chunk ALPH first', webpBytes('ALPH', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), 'corrupt-header'],
  ['WebP VP8 bad start code', flip(webp, 23), 'corrupt-header'],
  ['WebP VP8 inter frame first', flip(webp, 20, 0x11), 'corrupt-header'],
  ['WebP VP8 zero width', webpLossy(0, 200), 'zero-size'],
  ['WebP VP8L bad signature', flip(webpLossless(), 20, 0x2e), 'corrupt-header'],
  ['WebP VP8L version 1', flip(webpLossless(), 24, 0x20), 'corrupt-header'],
  ['WebP VP8X declared 30000 × 30000', webpExtended(30_000, 30_000), 'too-large'],
  ['WebP VP8X chunk too short', webpBytes('VP8X', [0, 0, 0, 0, 1]), 'corrupt-header'],
];
// Every valid sample cut at every byte of its header region must be refused, never read as an image.
for (const [kind, bytes, headerEnd] of [
  ['PNG', png, 41],
  ['JPEG', jpeg, 40],
  ['WebP lossy', webp, 30],
  ['WebP lossless', webpLossless(), 25],
  ['WebP extended', webpExtended(), 30],
] as const) {
  for (let cut = 1; cut < Math.min(headerEnd, bytes.length); cut++) {
    corpus.push([`${kind} truncated at byte ${cut}`, bytes.subarray(0, cut), 'truncated']);
  }
}

describe('broken artwork corpus', () => {
  const tally = { inputs: 0, refused: 0, crashes: 0 };
  const counted = new CorpusTally('artwork', import.meta.url);
  afterAll(() => {
    counted.write();
    console.log(
      `corpus artwork: ${tally.inputs} inputs, ${tally.refused} refused with a clear message, ${tally.crashes} crashes`,
    );
  });

  it('accepts the valid samples it breaks', () => {
    expect(readImageHeader(png)).toEqual({ ok: true, mime: 'image/png', width: 8, height: 8 });
    expect(readImageHeader(jpeg)).toEqual({ ok: true, mime: 'image/jpeg', width: 640, height: 480 });
    expect(readImageHeader(webp)).toEqual({ ok: true, mime: 'image/webp', width: 320, height: 200 });
    expect(readImageHeader(webpLossless(4000, 3000))).toMatchObject({ ok: true, width: 4000, height: 3000 });
    expect(readImageHeader(webpExtended(16_384, 9000))).toMatchObject({
      ok: true,
      width: 16_384,
      height: 9000,
    });
    expect(readImageHeader(pngDeclaring(16_384, 9155))).toMatchObject({ ok: true });
  });

  it.each(corpus)('%s → %s', (_name, bytes, code) => {
    tally.inputs += 1;
    let result: ReturnType<typeof readImageHeader>;
    try {
      result = readImageHeader(bytes);
    } catch (error) {
      tally.crashes += 1;
      counted.crash(code);
      throw error;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe(code);
    // A clear message: says what, in both languages, and what to do next.
    expect(messageText(result.problem.message).length).toBeGreaterThan(40);
    expect(messageText(result.problem.message, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    expect(messageText(result.problem.message)).toMatch(/Export|Save|smaller/);
    expect(messageText(result.problem.message)).not.toContain('undefined');
    expect(messageText(result.problem.message, 'zh-CN')).not.toContain('undefined');
    tally.refused += 1;
    counted.add(code);
  });
});
