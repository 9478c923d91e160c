import { safeArtworkName, uniqueName } from '@domain/artwork';
import { sha256Hex } from '@services/app/file-hash';
import { describe, expect, it } from 'vitest';

describe('artwork file names', () => {
  it.each([
    ['livery.png', 'image/png', 'livery.png'],
    ['车门 龙纹.PNG', 'image/png', '车门 龙纹.png'],
    ['photo.jpeg', 'image/jpeg', 'photo.jpeg'],
    ['photo.jpg', 'image/png', 'photo.png'],
    ['scan.tiff', 'image/webp', 'scan.webp'],
    ['no extension', 'image/png', 'no extension.png'],
    ['...hidden.png', 'image/png', 'hidden.png'],
    ['a<b>:c"d|e?f*g.png', 'image/png', 'abcdefg.png'],
    ['evil\u202egnp.exe', 'image/png', 'evilgnp.png'],
    ['CON.png', 'image/png', 'CON-artwork.png'],
    ['lpt1', 'image/jpeg', 'lpt1-artwork.jpg'],
    ['   .png', 'image/png', 'artwork.png'],
    ['tab\tand\nnewline.webp', 'image/webp', 'tabandnewline.webp'],
    ['C:\\Users\\me\\logo.png', 'image/png', 'logo.png'],
  ] as const)('%j as %s → %j', (original, mime, expected) => {
    expect(safeArtworkName(original, mime)).toBe(expected);
  });

  it('cuts long names to 100 characters before the extension, by character not byte', () => {
    const name = safeArtworkName(`${'龙'.repeat(150)}.png`, 'image/png');
    expect(name).toBe(`${'龙'.repeat(100)}.png`);
  });

  it('finds the first free name, ignoring case', () => {
    const taken = new Set(['logo.png', 'logo-2.png']);
    expect(uniqueName('LOGO.png', (n) => taken.has(n.toLowerCase()))).toBe('LOGO-3.png');
    expect(uniqueName('new.png', (n) => taken.has(n))).toBe('new.png');
  });

  it('hashes bytes as lower-case SHA-256 hex', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
