import {
  type ColorSpace,
  DataTexture,
  LinearMipmapLinearFilter,
  NoColorSpace,
  RepeatWrapping,
  RGBAFormat,
  SRGBColorSpace,
  type Texture,
  UnsignedByteType,
} from 'three';
import { seededRandom } from './random';

/** Procedural surface textures every film material can bind; generated once, nothing downloaded. */
export interface FilmTextures {
  /** 1×1 white: "no colour map" without changing the shader. */
  white: Texture;
  /** 1×1 flat normal. */
  flatNormal: Texture;
  flakeNormal: Texture;
  carbonColor: Texture;
  carbonNormal: Texture;
  brushedNormal: Texture;
  brushedRoughness: Texture;
  /** Texels across one tile of each patterned texture (to turn real-world size into UV repeat). */
  tileTexels: number;
}

const SIZE = 256;

function texture(data: Uint8Array, size: number, colorSpace: ColorSpace): DataTexture {
  const t = new DataTexture(data, size, size, RGBAFormat, UnsignedByteType);
  t.wrapS = RepeatWrapping;
  t.wrapT = RepeatWrapping;
  t.colorSpace = colorSpace;
  if (size > 1) {
    t.generateMipmaps = true;
    t.minFilter = LinearMipmapLinearFilter;
    t.anisotropy = 8;
  }
  t.needsUpdate = true;
  return t;
}

function putNormal(data: Uint8Array, i: number, x: number, y: number): void {
  const z = Math.sqrt(Math.max(0, 1 - x * x - y * y));
  data[i] = Math.round((x * 0.5 + 0.5) * 255);
  data[i + 1] = Math.round((y * 0.5 + 0.5) * 255);
  data[i + 2] = Math.round((z * 0.5 + 0.5) * 255);
  data[i + 3] = 255;
}

/** Metallic flakes: 2×2-texel cells, each tilted at random (normalScale sets how much they sparkle). */
function flakeNormal(): Uint8Array {
  const rnd = seededRandom(7);
  const data = new Uint8Array(SIZE * SIZE * 4);
  for (let cy = 0; cy < SIZE; cy += 2) {
    for (let cx = 0; cx < SIZE; cx += 2) {
      const a = rnd() * Math.PI * 2;
      const r = Math.sqrt(rnd()) * 0.45;
      for (let k = 0; k < 4; k += 1)
        putNormal(data, ((cy + (k >> 1)) * SIZE + cx + (k & 1)) * 4, Math.cos(a) * r, Math.sin(a) * r);
    }
  }
  return data;
}

/** 2×2 twill carbon weave, 8×8 tows per tile: colour variation and rounded tow normals. */
function carbon(): { color: Uint8Array; normal: Uint8Array } {
  const rnd = seededRandom(11);
  const color = new Uint8Array(SIZE * SIZE * 4);
  const normal = new Uint8Array(SIZE * SIZE * 4);
  const cell = SIZE / 8;
  for (let y = 0; y < SIZE; y += 1) {
    for (let x = 0; x < SIZE; x += 1) {
      const i = (y * SIZE + x) * 4;
      const cx = Math.floor(x / cell);
      const cy = Math.floor(y / cell);
      const warp = (cx + cy) % 4 < 2;
      const across = ((warp ? y : x) % cell) / cell - 0.5;
      const bump = Math.sin(across * Math.PI) * 0.55;
      const fibre = 0.9 + rnd() * 0.1;
      const shade = (warp ? 1 : 0.62) * fibre * (1 - Math.abs(across) * 0.5);
      const v = Math.round(Math.min(1, shade) * 255);
      color.set([v, v, v, 255], i);
      if (warp) putNormal(normal, i, 0, bump);
      else putNormal(normal, i, bump, 0);
    }
  }
  return { color, normal };
}

/** Brushed metal: fine streaks along U (normal) and a streaky roughness. */
function brushed(): { normal: Uint8Array; roughness: Uint8Array } {
  const rnd = seededRandom(23);
  const normal = new Uint8Array(SIZE * SIZE * 4);
  const roughness = new Uint8Array(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y += 1) {
    const tilt = (rnd() - 0.5) * 0.35;
    const rough = 0.75 + rnd() * 0.25;
    for (let x = 0; x < SIZE; x += 1) {
      const i = (y * SIZE + x) * 4;
      putNormal(normal, i, 0, tilt + (rnd() - 0.5) * 0.04);
      const g = Math.round(rough * 255);
      roughness.set([g, g, g, 255], i);
    }
  }
  return { normal, roughness };
}

/** Builds every film texture once; the caller disposes them with `disposeFilmTextures`. */
export function createFilmTextures(): FilmTextures {
  const c = carbon();
  const b = brushed();
  return {
    white: texture(new Uint8Array([255, 255, 255, 255]), 1, SRGBColorSpace),
    flatNormal: texture(new Uint8Array([128, 128, 255, 255]), 1, NoColorSpace),
    flakeNormal: texture(flakeNormal(), SIZE, NoColorSpace),
    carbonColor: texture(c.color, SIZE, SRGBColorSpace),
    carbonNormal: texture(c.normal, SIZE, NoColorSpace),
    brushedNormal: texture(b.normal, SIZE, NoColorSpace),
    brushedRoughness: texture(b.roughness, SIZE, NoColorSpace),
    tileTexels: SIZE,
  };
}

/** Frees the GPU copies of the film textures. */
export function disposeFilmTextures(t: FilmTextures): void {
  for (const value of Object.values(t)) if (typeof value === 'object') value.dispose();
}
