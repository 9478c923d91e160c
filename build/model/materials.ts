/** Materials written into the default car: names are the contract with the app (see the manifest). */

/** A PBR material description, independent of the glTF library. */
export interface MaterialSpec {
  name: string;
  color: [number, number, number, number];
  metallic: number;
  roughness: number;
  emissive?: [number, number, number];
  emissiveStrength?: number;
  clearcoat?: number;
  blend?: boolean;
  doubleSided?: boolean;
}

/** All materials of the default car, keyed by name. */
export const MATERIALS: Record<string, MaterialSpec> = {
  paint: { name: 'paint', color: [0.86, 0.87, 0.88, 1], metallic: 0, roughness: 0.32, clearcoat: 1 },
  glass: {
    name: 'glass',
    color: [0.015, 0.02, 0.025, 0.72],
    metallic: 0,
    roughness: 0.04,
    blend: true,
    doubleSided: true,
  },
  'tyre-rubber': { name: 'tyre-rubber', color: [0.028, 0.028, 0.03, 1], metallic: 0, roughness: 0.82 },
  'rim-alloy': {
    name: 'rim-alloy',
    color: [0.78, 0.79, 0.8, 1],
    metallic: 1,
    roughness: 0.28,
    doubleSided: true,
  },
  'rim-dark': {
    name: 'rim-dark',
    color: [0.06, 0.065, 0.07, 1],
    metallic: 0.6,
    roughness: 0.4,
    doubleSided: true,
  },
  'brake-disc': {
    name: 'brake-disc',
    color: [0.45, 0.45, 0.46, 1],
    metallic: 1,
    roughness: 0.45,
    doubleSided: true,
  },
  caliper: {
    name: 'caliper',
    color: [0.06, 0.06, 0.065, 1],
    metallic: 0,
    roughness: 0.35,
    clearcoat: 1,
    doubleSided: true,
  },
  'trim-bright': { name: 'trim-bright', color: [0.92, 0.93, 0.95, 1], metallic: 1, roughness: 0.08 },
  'trim-black': {
    name: 'trim-black',
    color: [0.022, 0.023, 0.025, 1],
    metallic: 0,
    roughness: 0.55,
    doubleSided: true,
  },
  'trim-gloss-black': {
    name: 'trim-gloss-black',
    color: [0.01, 0.01, 0.012, 1],
    metallic: 0,
    roughness: 0.12,
    clearcoat: 1,
  },
  'light-lens': {
    name: 'light-lens',
    color: [0.02, 0.022, 0.026, 1],
    metallic: 0.3,
    roughness: 0.08,
    clearcoat: 1,
  },
  'light-lens-red': {
    name: 'light-lens-red',
    color: [0.16, 0.006, 0.008, 1],
    metallic: 0,
    roughness: 0.1,
    clearcoat: 1,
  },
  'light-emissive': {
    name: 'light-emissive',
    color: [1, 1, 1, 1],
    metallic: 0,
    roughness: 0.3,
    emissive: [0.95, 0.97, 1],
    emissiveStrength: 3,
  },
  'light-emissive-red': {
    name: 'light-emissive-red',
    color: [0.6, 0.02, 0.02, 1],
    metallic: 0,
    roughness: 0.3,
    emissive: [1, 0.03, 0.03],
    emissiveStrength: 2.5,
  },
  'mirror-glass': { name: 'mirror-glass', color: [0.9, 0.92, 0.95, 1], metallic: 1, roughness: 0.02 },
  interior: {
    name: 'interior',
    color: [0.045, 0.045, 0.05, 1],
    metallic: 0,
    roughness: 0.85,
    doubleSided: true,
  },
  'screen-emissive': {
    name: 'screen-emissive',
    color: [0.02, 0.03, 0.05, 1],
    metallic: 0,
    roughness: 0.2,
    emissive: [0.1, 0.2, 0.35],
    emissiveStrength: 1,
  },
};
