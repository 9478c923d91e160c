import type { Material } from '@gltf-transform/core';

/** Names that hint at paint (hints only: geometry decides; "black paint" is paint; German "Lack" but not "black"). */
export const PAINT_NAME =
  /paint|carpaint|car_paint|body|(?<![a-z])lack|peinture|carrosserie|vernice|车漆|车身|烤漆/i;
/** Names that hint at window glass. */
export const GLASS_NAME = /glass|window|windscreen|windshield|glas|vitre|verre|玻璃|车窗/i;
/** Names that hint at a tyre, a rim, a brake caliper. */
export const TYRE_NAME = /tyre|tire|rubber|reifen|pneu|轮胎/i;
export const RIM_NAME = /rim|felge|jante|alloy|hub|spoke|轮毂|轮辋/i;
export const CALIPER_NAME = /caliper|brake|bremse|étrier|卡钳|制动/i;

/** What a material says about itself, independent of its name. */
export type MaterialLook = {
  /** Relative luminance of the base colour (0 black … 1 white). */
  luminance: number;
  rgb: [number, number, number];
  metallic: number;
  roughness: number;
  /** Glows: emissive colour × strength, or an emissive texture. */
  emissive: boolean;
  /** See-through: alpha blend, alpha below 1 with blend/mask, or KHR_materials_transmission. */
  seeThrough: 'transmission' | 'alpha' | null;
  clearcoat: boolean;
};

type WithFactor = {
  getTransmissionFactor?(): number;
  getEmissiveStrength?(): number;
  getClearcoatFactor?(): number;
};

/** Reads a material's look (null material: glTF's default, white and rough). */
export function lookOf(material: Material | null): MaterialLook {
  if (!material) {
    return {
      luminance: 1,
      rgb: [1, 1, 1],
      metallic: 1,
      roughness: 1,
      emissive: false,
      seeThrough: null,
      clearcoat: false,
    };
  }
  const [r, g, b, a] = material.getBaseColorFactor();
  const ext = (name: string) => material.getExtension(name) as WithFactor | null;
  const transmission = ext('KHR_materials_transmission')?.getTransmissionFactor?.() ?? 0;
  const strength = ext('KHR_materials_emissive_strength')?.getEmissiveStrength?.() ?? 1;
  const glow = Math.max(...material.getEmissiveFactor()) * strength;
  const alphaMode = material.getAlphaMode();
  const seeThrough =
    transmission > 0.05
      ? 'transmission'
      : alphaMode === 'BLEND' || (alphaMode === 'MASK' && a < 0.95)
        ? 'alpha'
        : null;
  return {
    luminance: 0.2126 * r + 0.7152 * g + 0.0722 * b,
    rgb: [r, g, b],
    metallic: material.getMetallicFactor(),
    roughness: material.getRoughnessFactor(),
    emissive: glow > 0.2 || material.getEmissiveTexture() !== null,
    seeThrough,
    clearcoat: (ext('KHR_materials_clearcoat')?.getClearcoatFactor?.() ?? 0) > 0.1,
  };
}

/** Black, rough and plain: what rubber, unpainted plastic and interiors look like (paint has a coat or metal flake). */
export function looksLikePlastic(look: MaterialLook): boolean {
  return look.luminance < 0.05 && look.metallic < 0.2 && look.roughness > 0.4 && !look.clearcoat;
}

/** Dark, smooth, not metal: what untransparent modelled windows look like. */
export function looksLikeTintedGlass(look: MaterialLook): boolean {
  return look.luminance < 0.08 && look.roughness <= 0.25 && look.metallic <= 0.3 && !look.clearcoat;
}

/** Whether two materials look the same (a paint split over two materials). */
export function sameLook(a: MaterialLook, b: MaterialLook): boolean {
  const d = Math.hypot(a.rgb[0] - b.rgb[0], a.rgb[1] - b.rgb[1], a.rgb[2] - b.rgb[2]);
  return d < 0.12 && Math.abs(a.metallic - b.metallic) < 0.3 && Math.abs(a.roughness - b.roughness) < 0.3;
}
