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

type Extra = Partial<Omit<MaterialSpec, 'name' | 'color' | 'metallic' | 'roughness'>>;
const rgba = (r: number, g: number, b: number, a = 1): [number, number, number, number] => [r, g, b, a];
const m = (
  name: string,
  color: MaterialSpec['color'],
  metallic: number,
  roughness: number,
  extra: Extra = {},
) => [name, { name, color, metallic, roughness, ...extra }] as const;

/** All materials of the default car, keyed by name. */
export const MATERIALS: Record<string, MaterialSpec> = Object.fromEntries([
  m('paint', rgba(0.86, 0.87, 0.88), 0, 0.32, { clearcoat: 1 }),
  m('glass', rgba(0.015, 0.02, 0.024, 0.7), 0, 0.04, { blend: true, doubleSided: true }),
  m('tyre-rubber', rgba(0.04, 0.04, 0.042), 0, 0.86),
  m('rim-alloy', rgba(0.78, 0.79, 0.8), 1, 0.28, { doubleSided: true }),
  m('rim-dark', rgba(0.035, 0.036, 0.04), 0.3, 0.55, { doubleSided: true }),
  m('brake-disc', rgba(0.12, 0.12, 0.125), 0.4, 0.6, { doubleSided: true }),
  m('caliper', rgba(0.32, 0.33, 0.35), 0, 0.35, { clearcoat: 1, doubleSided: true }),
  m('trim-bright', rgba(0.92, 0.93, 0.95), 1, 0.08),
  m('trim-black', rgba(0.022, 0.023, 0.025), 0, 0.55, { doubleSided: true }),
  // One glossy interface (no clear coat over it): piano-black plastic that stays black under a bright ceiling.
  m('trim-gloss-black', rgba(0.01, 0.01, 0.012), 0, 0.12),
  m('light-lens', rgba(0.02, 0.022, 0.026), 0.3, 0.08, { clearcoat: 1 }),
  m('light-lens-red', rgba(0.16, 0.006, 0.008), 0, 0.1, { clearcoat: 1 }),
  m('light-emissive', rgba(1, 1, 1), 0, 0.3, { emissive: [0.95, 0.97, 1], emissiveStrength: 3 }),
  m('light-emissive-red', rgba(0.6, 0.02, 0.02), 0, 0.3, {
    emissive: [1, 0.03, 0.03],
    emissiveStrength: 2.5,
  }),
  m('mirror-glass', rgba(0.9, 0.92, 0.95), 1, 0.02),
  m('interior', rgba(0.042, 0.041, 0.043), 0, 0.78, { doubleSided: true }),
]);
