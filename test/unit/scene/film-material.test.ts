import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FilmMaterial } from '@domain/catalog/film-material';
import { FILM_FINISHES } from '@domain/vocabulary';
import {
  applyFilmParams,
  createFilmMaterial,
  FILM_VARIANTS,
  filmVariant,
  setFilmUvUnit,
  shapeFilmMaterial,
} from '@renderer/scene/materials/film-material';
import { FEATURE_EPSILON, filmParams } from '@renderer/scene/materials/film-params';
import { createFilmTextures } from '@renderer/scene/materials/textures';
import { DataTexture, MeshPhysicalMaterial } from 'three';
import { describe, expect, it } from 'vitest';

const films = (
  JSON.parse(readFileSync(join(__dirname, '../../../assets/catalog/films.json'), 'utf8')) as {
    films: { id: string; finish: string; material: unknown }[];
  }
).films.map((f) => ({ ...f, material: FilmMaterial.parse(f.material) }));

/** What decides which shader program three.js picks for a physical material (see WebGLPrograms). */
function programShape(m: MeshPhysicalMaterial) {
  return {
    map: !!m.map,
    normalMap: !!m.normalMap,
    roughnessMap: !!m.roughnessMap,
    clearcoat: m.clearcoat > 0,
    iridescence: m.iridescence > 0,
    sheen: m.sheen > 0,
    anisotropy: m.anisotropy > 0,
    transmission: m.transmission > 0,
    dispersion: m.dispersion > 0,
    transparent: m.transparent,
    metalnessMap: !!m.metalnessMap,
    specularColorMap: !!m.specularColorMap,
    side: m.side,
  };
}

describe('film materials', () => {
  const textures = createFilmTextures();

  it('cover every finish of the catalog', () => {
    const finishes = new Set(films.map((f) => f.finish));
    for (const f of FILM_FINISHES) {
      expect(finishes.has(f), f).toBe(true);
    }
  });

  /** The program shape of each variant as warm-up compiles it. */
  const warmed = new Map(
    FILM_VARIANTS.map((v) => {
      const m = createFilmMaterial(textures);
      shapeFilmMaterial(m, v, textures);
      return [JSON.stringify(programShape(m)), v] as const;
    }),
  );

  it('has one distinct program shape per variant', () => {
    expect(warmed.size).toBe(FILM_VARIANTS.length);
  });

  it('come from the catalog parameters only, each film in one of the variants warm-up compiles', () => {
    const m = createFilmMaterial(textures);
    const used = new Set<string>();
    for (const film of films) {
      for (const ppf of [null, 'gloss', 'matte'] as const) {
        const p = filmParams(film.material, ppf);
        applyFilmParams(m, p, textures);
        expect(`#${m.color.getHexString()}`, film.id).toBe(film.material.color.toLowerCase());
        expect(m.roughness).toBeCloseTo(film.material.roughness);
        // Metallic paint is a clear binder with metal flakes: part of its metalness is drawn by the flakes.
        expect(m.metalness).toBeCloseTo(film.material.metalness * (film.material.flake ? 0.4 : 1));
        expect(m.clearcoat).toBeGreaterThanOrEqual(FEATURE_EPSILON);
        const variant = warmed.get(JSON.stringify(programShape(m)));
        expect(variant, `${film.id} ${ppf}`).toBe(filmVariant(p, false));
        used.add(variant!);
      }
    }
    // The catalog exercises every variant but the printed one (that needs artwork, below).
    expect([...used].sort()).toEqual(['full', 'patterned', 'plain']);
  });

  it('draw the common films with the cheapest variant and switch features off, not down', () => {
    const m = createFilmMaterial(textures);
    applyFilmParams(m, filmParams(films.find((f) => f.id === 'gloss-red')!.material), textures);
    expect(m.userData.filmVariant).toBe('plain');
    expect([m.map, m.normalMap, m.roughnessMap]).toEqual([null, null, null]);
    expect([m.iridescence, m.sheen, m.anisotropy]).toEqual([0, 0, 0]);
    const before = m.version;
    applyFilmParams(m, filmParams(films.find((f) => f.id === 'pearl-white')!.material), textures);
    expect(m.userData.filmVariant).toBe('full');
    expect(m.version).toBeGreaterThan(before);
    expect(m.iridescence).toBeCloseTo(0.6);
    expect(m.sheen).toBeGreaterThan(0);
    expect(m.normalMap?.source).toBe(textures.flakeNormal.source);
  });

  it('draw each finish with its own character', () => {
    const byId = (id: string) => filmParams(films.find((f) => f.id === id)!.material);
    expect(byId('metallic-silver').pattern).toBe('flake');
    expect(byId('metallic-silver').specularColor).toBe('#e8eaee');
    expect(byId('pearl-white').iridescence).toBeCloseTo(0.6);
    expect(byId('pearl-white').pattern).toBe('flake');
    expect(byId('shift-purple-green').shift).toBe(1);
    expect(byId('shift-purple-green').shiftColor).toBe('#2f9b5a');
    expect(byId('shift-purple-green').iridescence).toBeLessThan(0.5);
    expect(byId('gloss-red').shift).toBe(0);
    expect(byId('carbon-black').pattern).toBe('carbon-weave');
    expect(byId('brushed-aluminium').anisotropy).toBeGreaterThan(0.5);
    expect(byId('chrome-silver').metalness).toBe(1);
    expect(byId('matte-black').clearcoat).toBe(FEATURE_EPSILON);
    // Below a full clear coat the colour layer hardly reflects; without a coat it is the surface.
    expect(byId('gloss-red').specularIntensity).toBeCloseTo(0.4);
    expect(byId('matte-black').specularIntensity).toBeCloseTo(1);
  });

  it('turn real-world pattern sizes into texture repeats', () => {
    const m = createFilmMaterial(textures);
    const carbon = films.find((f) => f.id === 'carbon-black')!.material;
    applyFilmParams(m, filmParams(carbon), textures);
    // A 2×2 twill repeats every 4 tows: 16 tows per tile are 4 repeats of 8 mm, 32 mm, so 31.25 tiles per metre.
    expect(m.map!.repeat.x).toBeCloseTo(1000 / 32, 3);
    expect(m.map!.source).toBe(textures.carbonColor.source);
    // A model whose UVs count centimetres: 100 times fewer tiles per UV unit.
    setFilmUvUnit(m, 0.01);
    applyFilmParams(m, filmParams(carbon), textures);
    expect(m.map!.repeat.x).toBeCloseTo(1000 / 32 / 100, 5);
    // Flakes: one per texel at the catalog's flake size.
    const silver = films.find((f) => f.id === 'metallic-silver')!.material;
    expect(filmParams(silver).tileM).toBeCloseTo((silver.flake!.sizeMm * 256) / 1000, 6);
  });

  it('keep a fine pattern as grain in the far mip levels instead of averaging it to grey', () => {
    const carbon = textures.carbonColor as DataTexture;
    const levels = carbon.mipmaps as unknown as { data: Uint8Array; width: number }[];
    expect(levels.length).toBe(Math.log2(carbon.image.width) + 1);
    const spread = (d: Uint8Array) => {
      const v = [...d].filter((_, i) => i % 4 === 0);
      const mean = v.reduce((a, b) => a + b, 0) / v.length;
      return Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
    };
    const level0 = spread(levels[0]!.data);
    // At 16×16 texels a tow is far below a texel: a box filter would leave ~0 spread.
    expect(spread(levels[5]!.data)).toBeGreaterThan(level0 * 0.4);
    expect(textures.flakeNormal.generateMipmaps).toBe(false);
  });

  it('lay PPF over a film as a clear layer: gloss is smooth, matte is frosted', () => {
    const matte = films.find((f) => f.id === 'matte-black')!.material;
    const gloss = films.find((f) => f.id === 'gloss-red')!.material;
    expect(filmParams(matte, 'gloss').clearcoat).toBe(1);
    expect(filmParams(matte, 'gloss').clearcoatRoughness).toBeLessThan(0.05);
    expect(filmParams(gloss, 'matte').clearcoatRoughness).toBeGreaterThan(0.4);
    expect(filmParams(gloss, 'matte').color).toBe(gloss.color);
    expect(filmParams(matte, 'gloss').roughness).toBe(matte.roughness);
  });

  it('print artwork as the colour map in a warmed variant', () => {
    const m = createFilmMaterial(textures);
    const printed = films.find((f) => f.finish === 'printed')!.material;
    const artwork = new DataTexture(new Uint8Array(16), 2, 2);
    applyFilmParams(m, filmParams(printed), textures, artwork);
    expect(m.map).toBe(artwork);
    expect(warmed.get(JSON.stringify(programShape(m)))).toBe('printed');
    const flake = films.find((f) => f.id === 'metallic-silver')!.material;
    applyFilmParams(m, filmParams(flake), textures, artwork);
    expect(m.map).toBe(artwork);
    expect(warmed.get(JSON.stringify(programShape(m)))).toBe('patterned');
  });

  it('are physical materials', () => {
    expect(createFilmMaterial(textures)).toBeInstanceOf(MeshPhysicalMaterial);
  });
});
