import { MeshStandardMaterial } from 'three';

/** Light transmission of the factory glass per window set, percent: lightly tinted, darker behind the B-pillar. */
export const FACTORY_VLT: Readonly<Record<string, number>> = {
  windscreen: 75,
  'front-sides': 70,
  'rear-sides': 45,
  rear: 45,
  other: 70,
};

/**
 * Window glass: a thin, reflective, transparent sheet whose darkness follows the tint's VLT. A standard
 * material: glass needs none of the physical extras, and it covers much of the car's pixels.
 */
export function createGlassMaterial(name = 'glass'): MeshStandardMaterial {
  return new MeshStandardMaterial({
    name,
    color: '#0a0e10',
    metalness: 0,
    roughness: 0.02,
    transparent: true,
    depthWrite: false,
    envMapIntensity: 1.1,
  });
}

/** Opacity of glass that lets `vltPercent` of the light through (the set's factory glass when null). */
export function glassOpacity(vltPercent: number | null, set = 'windscreen'): number {
  const vlt = Math.min(100, Math.max(0, vltPercent ?? FACTORY_VLT[set] ?? FACTORY_VLT.other!)) / 100;
  return Math.min(0.97, 0.4 + (1 - vlt) * 0.6);
}

/** Sets a window's tint from its VLT (factory glass of that window set when null). */
export function applyTint(m: MeshStandardMaterial, vltPercent: number | null, set = 'windscreen'): void {
  m.opacity = glassOpacity(vltPercent, set);
}
