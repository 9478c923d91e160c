import { type ArtworkProblem, artworkProblem, type FileKind } from './problem';

/** Image types whose headers this reader understands. */
export type ImageMime = 'image/png' | 'image/jpeg' | 'image/webp';

/** What the header says about an image, before anything is decoded. */
export interface ImageHeader {
  mime: ImageMime;
  width: number;
  height: number;
}

/** Header outcome: the image's facts, or why the file is refused. */
export type HeaderResult = ({ ok: true } & ImageHeader) | { ok: false; problem: ArtworkProblem };

/**
 * Largest image this app decodes: 16384 px per side and 150 megapixels (≈ 600 MB as RGBA). Anything larger
 * is refused from its header; anything above the GPU's texture limit is downscaled by the renderer.
 */
export const MAX_IMAGE_SIDE = 16_384;
/** Largest pixel count (see MAX_IMAGE_SIDE). */
export const MAX_IMAGE_PIXELS = 150_000_000;

/** Raised inside a reader; caught by readImageHeader. */
class Refusal extends Error {
  constructor(readonly problem: ArtworkProblem) {
    super(problem.where);
  }
}

const truncated = (format: string, where: string) =>
  new Refusal(artworkProblem('truncated', where, { format }));
const corrupt = (format: string, where: string, detail: string) =>
  new Refusal(artworkProblem('corrupt-header', where, { format, detail }));

// Hand-written, not `image-size`: a designer's broken export must be told which part of the file is wrong, at
// which byte, in zh and en (and sizes refused before decoding); image-size only throws a generic error.
/** Bounds-checked reading: running off the end is reported as a truncated file. */
class Reader {
  constructor(
    readonly bytes: Uint8Array,
    readonly format: string,
  ) {}
  need(offset: number, length: number, what: string): void {
    if (offset + length > this.bytes.length) {
      throw truncated(this.format, `${what} at byte ${offset}, file has ${this.bytes.length} bytes`);
    }
  }
  u8(offset: number, what: string): number {
    this.need(offset, 1, what);
    return this.bytes[offset] as number;
  }
  u16be(offset: number, what: string): number {
    this.need(offset, 2, what);
    return ((this.bytes[offset] as number) << 8) | (this.bytes[offset + 1] as number);
  }
  u16le(offset: number, what: string): number {
    this.need(offset, 2, what);
    return (this.bytes[offset] as number) | ((this.bytes[offset + 1] as number) << 8);
  }
  u24le(offset: number, what: string): number {
    this.need(offset, 3, what);
    return this.u16le(offset, what) | ((this.bytes[offset + 2] as number) << 16);
  }
  u32be(offset: number, what: string): number {
    this.need(offset, 4, what);
    return this.u16be(offset, what) * 0x10000 + this.u16be(offset + 2, what);
  }
  u32le(offset: number, what: string): number {
    this.need(offset, 4, what);
    return this.u16le(offset, what) + this.u16le(offset + 2, what) * 0x10000;
  }
  ascii(offset: number, length: number, what: string): string {
    this.need(offset, length, what);
    return String.fromCharCode(...this.bytes.subarray(offset, offset + length));
  }
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** Reads the header of a PNG, JPEG or WebP file; refuses everything else with a specific reason. */
export function readImageHeader(bytes: Uint8Array): HeaderResult {
  try {
    if (bytes.length === 0) throw new Refusal(artworkProblem('empty', 'byte 0'));
    const header = readKnown(bytes);
    return { ok: true, ...checkSize(header) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}

function readKnown(bytes: Uint8Array): ImageHeader {
  // A partial signature is a truncated image of that type, not "some other file".
  if (startsWith(bytes, PNG_SIGNATURE.slice(0, Math.min(bytes.length, 8))) && bytes[0] === 0x89) {
    return readPng(new Reader(bytes, 'PNG'));
  }
  if (bytes[0] === 0xff && (bytes.length === 1 || bytes[1] === 0xd8))
    return readJpeg(new Reader(bytes, 'JPEG'));
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46].slice(0, Math.min(bytes.length, 4)))) {
    if (bytes.length < 12 || startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
      return readWebp(new Reader(bytes, 'WebP'));
    }
  }
  throw new Refusal(artworkProblem('not-image', 'file signature at byte 0', { kind: sniffOther(bytes) }));
}

/** What a non-image file most likely is. */
function sniffOther(bytes: Uint8Array): FileKind {
  const head = String.fromCharCode(...bytes.subarray(0, 512)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  const lower = head.trimStart().toLowerCase();
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (lower.startsWith('%pdf')) return 'pdf';
  if (lower.startsWith('gif8')) return 'gif';
  if (head.startsWith('BM') && bytes.length > 14) return 'bmp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'tiff';
  if (head.startsWith('8BPS')) return 'psd';
  if (head.slice(4, 8) === 'ftyp') return 'heic';
  if (lower.startsWith('<svg') || (lower.startsWith('<?xml') && lower.includes('<svg'))) return 'svg';
  if (lower.startsWith('<!doctype html') || lower.startsWith('<html')) return 'html';
  if (lower.startsWith('{') || lower.startsWith('[')) return 'json';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21])) return 'rar';
  if (isMostlyText(bytes)) return 'text';
  return 'unknown';
}

function isMostlyText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let text = 0;
  for (const b of sample) if (b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127)) text += 1;
  return text / sample.length > 0.95;
}

function checkSize(h: ImageHeader): ImageHeader {
  const format = h.mime === 'image/png' ? 'PNG' : h.mime === 'image/jpeg' ? 'JPEG' : 'WebP';
  const params = { format, width: h.width, height: h.height };
  if (h.width === 0 || h.height === 0) throw new Refusal(artworkProblem('zero-size', 'image size', params));
  if (h.width > MAX_IMAGE_SIDE || h.height > MAX_IMAGE_SIDE || h.width * h.height > MAX_IMAGE_PIXELS) {
    throw new Refusal(
      artworkProblem('too-large', 'image size', {
        ...params,
        maxSide: MAX_IMAGE_SIDE,
        maxMegapixels: MAX_IMAGE_PIXELS / 1_000_000,
      }),
    );
  }
  return h;
}

// ---------------------------------------------------------------- PNG

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * CRC-32 as PNG chunks use it, for the IHDR check. Hand-written: the domain also runs in the page, where
 * `node:zlib` `crc32` (which the template PNG encoder in services uses) does not exist.
 */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

const PNG_DEPTHS: Record<number, number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

function readPng(r: Reader): ImageHeader {
  r.need(0, 8, 'PNG signature');
  const length = r.u32be(8, 'IHDR length');
  const type = r.ascii(12, 4, 'IHDR chunk type');
  if (type !== 'IHDR')
    throw corrupt('PNG', 'chunk at byte 8', `the first chunk is "${printable(type)}", not IHDR`);
  if (length !== 13) throw corrupt('PNG', 'IHDR at byte 8', `IHDR length is ${length}, not 13`);
  const width = r.u32be(16, 'IHDR width');
  const height = r.u32be(20, 'IHDR height');
  const depth = r.u8(24, 'IHDR bit depth');
  const colour = r.u8(25, 'IHDR colour type');
  const compression = r.u8(26, 'IHDR compression method');
  const filter = r.u8(27, 'IHDR filter method');
  const interlace = r.u8(28, 'IHDR interlace method');
  const stored = r.u32be(29, 'IHDR CRC');
  const actual = crc32(r.bytes.subarray(12, 29));
  if (stored !== actual) {
    throw corrupt(
      'PNG',
      'IHDR CRC at byte 29',
      `checksum ${hex(stored)} does not match the contents (${hex(actual)})`,
    );
  }
  if (width > 0x7fffffff || height > 0x7fffffff) throw corrupt('PNG', 'IHDR at byte 16', 'size over 2³¹−1');
  if (!PNG_DEPTHS[colour]?.includes(depth)) {
    throw corrupt('PNG', 'IHDR at byte 24', `bit depth ${depth} with colour type ${colour} is not valid`);
  }
  if (compression !== 0 || filter !== 0 || interlace > 1) {
    throw corrupt('PNG', 'IHDR at byte 26', 'unknown compression, filter or interlace method');
  }
  walkPngChunks(r);
  return { mime: 'image/png', width, height };
}

/** Follows the chunk chain to IEND: a file cut short, or without image data, is refused before decoding. */
function walkPngChunks(r: Reader): void {
  let offset = 33;
  let sawData = false;
  for (;;) {
    const length = r.u32be(offset, 'chunk length');
    const type = r.ascii(offset + 4, 4, 'chunk type');
    if (length > 0x7fffffff || !/^[A-Za-z]{4}$/.test(type)) {
      throw corrupt('PNG', `chunk at byte ${offset}`, `"${printable(type)}" is not a valid chunk`);
    }
    r.need(offset + 8, length + 4, `${type} chunk data`);
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') {
      if (!sawData) throw corrupt('PNG', `IEND at byte ${offset}`, 'the file has no image data (IDAT)');
      return;
    }
    offset += 12 + length;
  }
}

// ---------------------------------------------------------------- JPEG

/** Start-of-frame markers (SOF0–SOF15 except DHT C4, JPG C8, DAC CC). */
const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function readJpeg(r: Reader): ImageHeader {
  r.need(0, 2, 'JPEG start marker (SOI)');
  let offset = 2;
  for (;;) {
    if (r.u8(offset, 'marker') !== 0xff) {
      throw corrupt(
        'JPEG',
        `byte ${offset}`,
        `expected a marker (FF xx), found ${hex(r.bytes[offset] ?? 0, 2)}`,
      );
    }
    let marker = r.u8(offset + 1, 'marker code');
    while (marker === 0xff) {
      offset += 1;
      marker = r.u8(offset + 1, 'marker code');
    }
    const at = offset;
    offset += 2;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (marker === 0xd9 || marker === 0xda) {
      throw corrupt(
        'JPEG',
        `marker ${hex(marker, 2)} at byte ${at}`,
        'the image data starts before its frame header (SOF)',
      );
    }
    if (marker === 0x00) throw corrupt('JPEG', `byte ${at}`, 'FF 00 is not a marker');
    const length = r.u16be(offset, `segment length of marker ${hex(marker, 2)}`);
    if (length < 2) throw corrupt('JPEG', `segment at byte ${at}`, `segment length ${length} is below 2`);
    if (isSof(marker)) {
      if (length < 8) throw corrupt('JPEG', `SOF at byte ${at}`, `frame header length ${length} is below 8`);
      const height = r.u16be(offset + 3, 'SOF height');
      const width = r.u16be(offset + 5, 'SOF width');
      const components = r.u8(offset + 7, 'SOF component count');
      if (components !== 1 && components !== 3 && components !== 4) {
        throw corrupt('JPEG', `SOF at byte ${at}`, `${components} colour components (expected 1, 3 or 4)`);
      }
      r.need(offset, length, 'SOF frame header');
      requireJpegEnd(r);
      return { mime: 'image/jpeg', width, height };
    }
    r.need(offset, length, `segment of marker ${hex(marker, 2)}`);
    offset += length;
  }
}

/** A JPEG cut short has no end marker (FF D9) near its end. */
function requireJpegEnd(r: Reader): void {
  const b = r.bytes;
  for (let i = b.length - 2; i >= Math.max(0, b.length - 65_536); i--) {
    if (b[i] === 0xff && b[i + 1] === 0xd9) return;
  }
  throw truncated('JPEG', `end marker FF D9 missing, file has ${b.length} bytes`);
}

// ---------------------------------------------------------------- WebP

function readWebp(r: Reader): ImageHeader {
  r.need(0, 12, 'RIFF/WEBP header');
  const riffSize = r.u32le(4, 'RIFF size');
  if (riffSize < 4 + 8) throw corrupt('WebP', 'RIFF size at byte 4', `RIFF size ${riffSize} is too small`);
  if (r.bytes.length < riffSize + 8) {
    throw truncated('WebP', `RIFF declares ${riffSize + 8} bytes, file has ${r.bytes.length}`);
  }
  const chunk = r.ascii(12, 4, 'first chunk type');
  const size = r.u32le(16, `${chunk} chunk size`);
  if (size + 20 > riffSize + 8)
    throw corrupt('WebP', 'chunk at byte 12', `${printable(chunk)} chunk is larger than the file`);
  const d = 20;
  if (chunk === 'VP8 ') {
    if (size < 10) throw corrupt('WebP', 'VP8 at byte 12', 'frame header too short');
    const tag = r.u8(d, 'VP8 frame tag');
    if ((tag & 1) !== 0)
      throw corrupt('WebP', 'VP8 frame tag at byte 20', 'the first frame is not a key frame');
    if (
      r.u8(d + 3, 'VP8 start code') !== 0x9d ||
      r.u8(d + 4, 'VP8 start code') !== 0x01 ||
      r.u8(d + 5, 'VP8 start code') !== 0x2a
    ) {
      throw corrupt('WebP', 'VP8 start code at byte 23', 'start code is not 9D 01 2A');
    }
    return {
      mime: 'image/webp',
      width: r.u16le(d + 6, 'VP8 width') & 0x3fff,
      height: r.u16le(d + 8, 'VP8 height') & 0x3fff,
    };
  }
  if (chunk === 'VP8L') {
    if (size < 5) throw corrupt('WebP', 'VP8L at byte 12', 'lossless header too short');
    if (r.u8(d, 'VP8L signature') !== 0x2f)
      throw corrupt('WebP', 'VP8L signature at byte 20', 'signature is not 2F');
    const bits = r.u32le(d + 1, 'VP8L size bits');
    if (bits >>> 29 !== 0)
      throw corrupt('WebP', 'VP8L version at byte 21', `version ${bits >>> 29} is not 0`);
    return { mime: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    if (size < 10) throw corrupt('WebP', 'VP8X at byte 12', 'extended header too short');
    r.need(d, 10, 'VP8X header');
    return {
      mime: 'image/webp',
      width: r.u24le(d + 4, 'VP8X width') + 1,
      height: r.u24le(d + 7, 'VP8X height') + 1,
    };
  }
  throw corrupt('WebP', 'chunk at byte 12', `"${printable(chunk)}" is not VP8, VP8L or VP8X`);
}

const hex = (n: number, digits = 8) => `0x${n.toString(16).toUpperCase().padStart(digits, '0')}`;
const printable = (s: string) => s.replace(/[^\x20-\x7e]/g, '?');
