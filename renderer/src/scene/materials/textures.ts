import {
  type ColorSpace,
  DataTexture,
  LinearMipmapLinearFilter,
  NearestFilter,
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
  /** Metallic / pearl flakes: one tilted flake per texel, sampled without mipmaps so they glint at any distance. */
  flakeNormal: Texture;
  carbonColor: Texture;
  carbonNormal: Texture;
  carbonRoughness: Texture;
  brushedNormal: Texture;
  brushedRoughness: Texture;
}

/** Texels across the flake and brushed tiles. */
export const TILE_TEXELS = 256;
/** Texels across the carbon tile. */
export const CARBON_TEXELS = 512;
/** Tows across the carbon tile: a 2×2 twill repeats every 4 tows, so the tile holds 4 repeats of `scaleMm`. */
export const CARBON_TOWS = 16;
/** Twill repeats across one carbon tile. */
export const CARBON_REPEATS = CARBON_TOWS / 4;

/** One mip level as three.js uploads it. */
interface Level {
  data: Uint8Array;
  width: number;
  height: number;
}

function texture(data: Uint8Array, size: number, colorSpace: ColorSpace, mipmaps?: Level[]): DataTexture {
  const t = new DataTexture(data, size, size, RGBAFormat, UnsignedByteType);
  t.wrapS = RepeatWrapping;
  t.wrapT = RepeatWrapping;
  t.colorSpace = colorSpace;
  if (mipmaps) {
    t.mipmaps = mipmaps;
    t.generateMipmaps = false;
    t.minFilter = LinearMipmapLinearFilter;
    // Anisotropic filtering would average the grain kept in the far levels back to grey along the footprint.
    t.anisotropy = 1;
  } else if (size > 1) {
    t.generateMipmaps = true;
    t.minFilter = LinearMipmapLinearFilter;
    t.anisotropy = 8;
  }
  t.needsUpdate = true;
  return t;
}

function putGrey(data: Uint8Array, i: number, v: number): void {
  data[i] = v;
  data[i + 1] = v;
  data[i + 2] = v;
  data[i + 3] = 255;
}

function putNormal(data: Uint8Array, i: number, x: number, y: number): void {
  const z = Math.sqrt(Math.max(0, 1 - x * x - y * y));
  data[i] = Math.round((x * 0.5 + 0.5) * 255);
  data[i + 1] = Math.round((y * 0.5 + 0.5) * 255);
  data[i + 2] = Math.round((z * 0.5 + 0.5) * 255);
  data[i + 3] = 255;
}

/**
 * A mip chain that keeps a pattern's texture once the pattern is too fine to resolve: each texel of level ℓ is
 * the mean of the level-0 texels it covers, moved `keep(ℓ)` of the way towards one of those texels chosen at
 * random. A plain box filter averages a carbon weave or a brushed grain to flat grey at viewing distance, which
 * is not what the eye sees on the car; the random pick keeps the pattern's own contrast as fine grain, without
 * the moiré a regular pattern would make. `normals`: renormalise the encoded vectors.
 */
export function grainMips(
  base: Uint8Array,
  size: number,
  keep: (level: number) => number,
  normals: boolean,
  seed: number,
): Level[] {
  const rnd = seededRandom(seed);
  const levels: Level[] = [{ data: base, width: size, height: size }];
  let box = Float32Array.from(base);
  for (let s = size >> 1, level = 1; s >= 1; s >>= 1, level += 1) {
    const span = size / s;
    const prev = box;
    const ps = s * 2;
    box = new Float32Array(s * s * 4);
    const out = new Uint8Array(s * s * 4);
    const k = keep(level);
    for (let y = 0; y < s; y += 1) {
      for (let x = 0; x < s; x += 1) {
        const o = (y * s + x) * 4;
        const px = x * span + Math.floor(rnd() * span);
        const py = y * span + Math.floor(rnd() * span);
        const pick = (py * size + px) * 4;
        for (let c = 0; c < 4; c += 1) {
          const a = (2 * y * ps + 2 * x) * 4 + c;
          const mean = (prev[a]! + prev[a + 4]! + prev[a + ps * 4]! + prev[a + ps * 4 + 4]!) / 4;
          box[o + c] = mean;
          out[o + c] = Math.round(mean + k * (base[pick + c]! - mean));
        }
        if (normals) {
          const nx = out[o]! / 127.5 - 1;
          const ny = out[o + 1]! / 127.5 - 1;
          const len = Math.hypot(nx, ny);
          const f = len > 0.95 ? 0.95 / len : 1;
          putNormal(out, o, nx * f, ny * f);
        }
      }
    }
    levels.push({ data: out, width: s, height: s });
  }
  return levels;
}

/**
 * Metallic flakes, one per texel: most lie nearly flat in the binder, one in eight is tilted steeply and catches the
 * light as glints (normalScale sets how far).
 */
function flakeNormal(): Uint8Array {
  const rnd = seededRandom(7);
  const data = new Uint8Array(TILE_TEXELS * TILE_TEXELS * 4);
  for (let i = 0; i < data.length; i += 4) {
    const a = rnd() * Math.PI * 2;
    const r = rnd() < 0.12 ? 0.35 + rnd() * 0.4 : Math.sqrt(rnd()) * 0.2;
    putNormal(data, i, Math.cos(a) * r, Math.sin(a) * r);
  }
  return data;
}

/**
 * 2×2 twill carbon weave, `CARBON_TOWS` tows across the tile: tow colour, rounded tow normals, and tows along U
 * smoother than tows across (so the weave flashes as the light moves, as real carbon does).
 */
function carbon(): { color: Uint8Array; normal: Uint8Array; roughness: Uint8Array } {
  const rnd = seededRandom(11);
  const n = CARBON_TEXELS * CARBON_TEXELS * 4;
  const color = new Uint8Array(n);
  const normal = new Uint8Array(n);
  const roughness = new Uint8Array(n);
  const cell = CARBON_TEXELS / CARBON_TOWS;
  for (let y = 0; y < CARBON_TEXELS; y += 1) {
    for (let x = 0; x < CARBON_TEXELS; x += 1) {
      const i = (y * CARBON_TEXELS + x) * 4;
      const cx = Math.floor(x / cell);
      const cy = Math.floor(y / cell);
      const warp = (cx + cy) % 4 < 2;
      const across = ((warp ? y : x) % cell) / cell - 0.5;
      const bump = Math.sin(across * Math.PI) * 0.6;
      const fibre = 0.88 + rnd() * 0.12;
      const shade = (warp ? 1 : 0.4) * fibre * (1 - Math.abs(across) * 0.6);
      const v = Math.round(Math.min(1, shade) * 255);
      putGrey(color, i, v);
      if (warp) putNormal(normal, i, 0, bump);
      else putNormal(normal, i, bump, 0);
      const r = Math.round((warp ? 0.55 : 1) * 255);
      putGrey(roughness, i, r);
    }
  }
  return { color, normal, roughness };
}

/**
 * Brushed metal: grain lines along U one texel apart (the catalog's `scaleMm`), gathered in bands a few to some
 * tens of lines wide that lean and shine a little differently, as a brushed sheet does.
 */
function brushed(): { normal: Uint8Array; roughness: Uint8Array } {
  const rnd = seededRandom(23);
  const normal = new Uint8Array(TILE_TEXELS * TILE_TEXELS * 4);
  const roughness = new Uint8Array(TILE_TEXELS * TILE_TEXELS * 4);
  let bandLeft = 0;
  let bandTilt = 0;
  let bandRough = 0;
  for (let y = 0; y < TILE_TEXELS; y += 1) {
    if (bandLeft <= 0) {
      bandLeft = 3 + Math.floor(rnd() * 30);
      bandTilt = (rnd() - 0.5) * 0.7;
      bandRough = 0.5 + rnd() * 0.5;
    }
    bandLeft -= 1;
    const tilt = bandTilt + (rnd() - 0.5) * 0.3;
    const rough = Math.min(1, bandRough * (0.85 + rnd() * 0.15));
    for (let x = 0; x < TILE_TEXELS; x += 1) {
      const i = (y * TILE_TEXELS + x) * 4;
      putNormal(normal, i, 0, tilt + (rnd() - 0.5) * 0.04);
      const g = Math.round(rough * 255);
      putGrey(roughness, i, g);
    }
  }
  return { normal, roughness };
}

/** How much of a pattern's contrast a mip level keeps: none while the pattern is resolved, then most of it. */
const keepFrom = (level: number) => (l: number) => (l < level ? 0 : 0.9);

/** Builds every film texture once; the caller disposes them with `disposeFilmTextures`. */
export function createFilmTextures(): FilmTextures {
  const c = carbon();
  const b = brushed();
  // A tow is 32 texels: from level 4 (2 texels a tow) on, the weave is no longer resolved.
  const carbonKeep = keepFrom(4);
  // Grain lines are one texel: from level 1 on they merge.
  const brushedKeep = keepFrom(1);
  const flakes = texture(flakeNormal(), TILE_TEXELS, NoColorSpace);
  // Flakes are far smaller than a pixel: sampled one per pixel, unfiltered, they sparkle as real flakes do.
  flakes.generateMipmaps = false;
  flakes.minFilter = NearestFilter;
  flakes.magFilter = NearestFilter;
  return {
    white: texture(new Uint8Array([255, 255, 255, 255]), 1, SRGBColorSpace),
    flatNormal: texture(new Uint8Array([128, 128, 255, 255]), 1, NoColorSpace),
    flakeNormal: flakes,
    carbonColor: texture(
      c.color,
      CARBON_TEXELS,
      SRGBColorSpace,
      grainMips(c.color, CARBON_TEXELS, carbonKeep, false, 31),
    ),
    carbonNormal: texture(
      c.normal,
      CARBON_TEXELS,
      NoColorSpace,
      grainMips(c.normal, CARBON_TEXELS, carbonKeep, true, 31),
    ),
    carbonRoughness: texture(
      c.roughness,
      CARBON_TEXELS,
      NoColorSpace,
      grainMips(c.roughness, CARBON_TEXELS, carbonKeep, false, 31),
    ),
    brushedNormal: texture(
      b.normal,
      TILE_TEXELS,
      NoColorSpace,
      grainMips(b.normal, TILE_TEXELS, brushedKeep, true, 37),
    ),
    brushedRoughness: texture(
      b.roughness,
      TILE_TEXELS,
      NoColorSpace,
      grainMips(b.roughness, TILE_TEXELS, brushedKeep, false, 37),
    ),
  };
}

/** Frees the GPU copies of the film textures. */
export function disposeFilmTextures(t: FilmTextures): void {
  for (const value of Object.values(t)) if (typeof value === 'object') value.dispose();
}
