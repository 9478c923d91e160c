/** The four wheel assemblies: pivot at the wheel centre, tyres for both sizes, every rim design, disc and caliper. */
import { WHEEL_CENTRES } from './dims';
import { RIM_DESIGNS, rim } from './rims';
import { brakeDisc, caliper, tyre, WHEEL_SIZES } from './wheels';
import type { SceneNode } from './write';

/** Rim design shown when the model loads. */
export const DEFAULT_RIM = 'y-spoke';
/** Wheel size shown when the model loads, inches. */
export const DEFAULT_SIZE = 19;

/** Build the wheel nodes; right-hand wheels mirror the left ones with a negative X scale. */
export function wheelNodes(): SceneNode[] {
  const tyres = WHEEL_SIZES.map((inch) => ({ inch, mesh: tyre(inch) }));
  const rims = RIM_DESIGNS.map((d) => ({ d, ...rim(d) }));
  const disc = brakeDisc();
  const cal = caliper();
  return (Object.keys(WHEEL_CENTRES) as (keyof typeof WHEEL_CENTRES)[]).map((id) => ({
    name: `wheel:${id}`,
    translation: WHEEL_CENTRES[id],
    ...(id.endsWith('r') ? { scale: [-1, 1, 1] as [number, number, number] } : {}),
    children: [
      ...tyres.map((t) => ({
        name: `tyre:${t.inch}`,
        shareKey: `tyre:${t.inch}`,
        hidden: t.inch !== DEFAULT_SIZE,
        prims: [{ mesh: t.mesh, material: 'tyre-rubber' }],
      })),
      ...rims.map((r) => ({
        name: `rim:${r.d}`,
        shareKey: `rim:${r.d}`,
        hidden: r.d !== DEFAULT_RIM,
        prims: [
          { mesh: r.alloy, material: 'rim-alloy' },
          ...(r.dark ? [{ mesh: r.dark, material: 'rim-dark' }] : []),
        ],
      })),
      { name: 'disc', shareKey: 'disc', prims: [{ mesh: disc, material: 'brake-disc' }] },
      { name: 'caliper', shareKey: 'caliper', prims: [{ mesh: cal, material: 'caliper' }] },
    ],
  }));
}
