import { MeshPhysicalMaterial } from 'three';

/** Light transmission of untinted factory glass, percent. */
export const FACTORY_VLT = 78;

/** Window glass: a thin, reflective, transparent sheet whose darkness follows the tint's VLT. */
export function createGlassMaterial(name = 'glass'): MeshPhysicalMaterial {
  return new MeshPhysicalMaterial({
    name,
    color: '#0b0f12',
    metalness: 0,
    roughness: 0.02,
    transparent: true,
    depthWrite: false,
    envMapIntensity: 1.2,
  });
}

/** Opacity of glass that lets `vltPercent` of the light through (factory glass when null). */
export function glassOpacity(vltPercent: number | null): number {
  const vlt = Math.min(100, Math.max(0, vltPercent ?? FACTORY_VLT)) / 100;
  return Math.min(0.97, 0.38 + (1 - vlt) * 0.6);
}

/** Sets a window's tint from its VLT. */
export function applyTint(m: MeshPhysicalMaterial, vltPercent: number | null): void {
  m.opacity = glassOpacity(vltPercent);
}
