/** Four rim designs, each a lathe barrel plus repeated spokes; modelled at 19 inch (17 inch = radial scale). */
import { clamp, lerp, smoothstep } from './curves';
import { gridMesh, lathe, type Mesh, mergeMeshes, transformMesh } from './mesh';
import { rimRadius } from './wheels';

/** Rim design ids, in the order the catalog offers them. */
export const RIM_DESIGNS = ['aero', 'turbine', 'y-spoke', 'mesh'] as const;

/** One rim design id. */
export type RimDesign = (typeof RIM_DESIGNS)[number];

const R_LIP = rimRadius(19);
const R_HUB = 0.072;
const R_SPOKE = R_LIP - 0.02;

/** Outboard face height of the rim (concave dish) at radius r. */
const faceX = (r: number): number =>
  0.074 +
  0.012 * smoothstep(R_HUB, R_SPOKE, r) -
  0.006 * Math.sin(Math.PI * clamp((r - R_HUB) / (R_SPOKE - R_HUB), 0, 1));

/** Inner barrel seen through the spokes (drawn dark: it sits in the wheel's shadow). */
const innerBarrel = (): Mesh =>
  lathe(
    [
      [R_LIP - 0.016, 0.085],
      [R_LIP - 0.02, 0.04],
      [R_LIP - 0.024, -0.1],
    ].reverse() as [number, number][],
    48,
  );

/** Lip and centre hub shared by all designs. */
function barrel(): Mesh {
  const lip = lathe(
    [
      [R_LIP - 0.03, faceX(R_SPOKE) - 0.006],
      [R_LIP - 0.012, faceX(R_SPOKE) + 0.006],
      [R_LIP, 0.092],
      [R_LIP + 0.004, 0.1],
      [R_LIP - 0.004, 0.106],
      [R_LIP - 0.016, 0.1],
      [R_LIP - 0.017, 0.085],
    ].reverse() as [number, number][],
    48,
  );
  const hub = lathe(
    [
      [0.0, 0.088],
      [0.026, 0.087],
      [0.033, 0.082],
      [0.04, 0.079],
      [0.062, 0.078],
      [R_HUB + 0.004, 0.078],
      [R_HUB + 0.01, faceX(R_HUB + 0.01) - 0.012],
    ].reverse() as [number, number][],
    30,
  );
  // Five lug nuts around the centre cap.
  const nuts = Array.from({ length: 5 }, (_, k) => {
    const a = (k / 5) * Math.PI * 2 + Math.PI / 10;
    const nut = lathe(
      [
        [0.0, 0.092],
        [0.009, 0.09],
        [0.011, 0.078],
      ].reverse() as [number, number][],
      6,
    );
    return transformMesh(nut, {
      m: [1, 0, 0, 0, 1, 0, 0, 0, 1],
      t: [0, 0.05 * Math.cos(a), 0.05 * Math.sin(a)],
    });
  });
  return mergeMeshes([lip, hub, ...nuts]);
}

/** A spoke from r0 to r1: centre angle theta(r), half width (m) w(r), raised h above the face, `depth` deep. */
function spoke(
  theta: (r: number) => number,
  w: (r: number) => number,
  r0: number,
  r1: number,
  h = 0,
  depth = 0.04,
): Mesh {
  const nr = 10;
  const across = [-1, -1, -0.5, 0.5, 1, 1];
  const f = (i: number, j: number): [number, number, number] => {
    const r = lerp(r0, r1, i / nr);
    const s = across[j]!;
    const edge = j === 0 || j === across.length - 1;
    const round = 1 - 0.25 * Math.abs(s) ** 2;
    const x = faceX(r) + h * round - (edge ? depth : 0);
    const a = theta(r) + (s * w(r) * (edge ? 1.05 : 1)) / r;
    return [x, r * Math.cos(a), r * Math.sin(a)];
  };
  return gridMesh(nr, across.length - 1, f);
}

/** The rim of one design, 19 inch. */
export function rim(design: RimDesign): { alloy: Mesh; dark: Mesh } {
  const parts: Mesh[] = [barrel()];
  if (design === 'turbine') {
    for (let k = 0; k < 15; k++) {
      const base = (k / 15) * Math.PI * 2;
      parts.push(
        spoke(
          (r) => base + 0.75 * ((r - R_HUB) / (R_SPOKE - R_HUB)) ** 1.3,
          (r) => 0.008 + 0.012 * (r / R_SPOKE),
          R_HUB,
          R_SPOKE + 0.004,
        ),
      );
    }
  } else if (design === 'y-spoke') {
    for (let k = 0; k < 5; k++) {
      const base = (k / 5) * Math.PI * 2;
      parts.push(
        spoke(
          () => base,
          (r) => lerp(0.03, 0.022, r / 0.16),
          R_HUB,
          0.16,
        ),
      );
      for (const side of [-1, 1])
        parts.push(
          spoke(
            (r) => base + side * 0.2 * smoothstep(0.13, R_SPOKE, r),
            () => 0.015,
            0.13,
            R_SPOKE + 0.004,
          ),
        );
    }
  } else if (design === 'mesh') {
    for (let k = 0; k < 10; k++)
      for (const side of [-1, 1]) {
        const base = (k / 10) * Math.PI * 2;
        parts.push(
          spoke(
            (r) => base + side * 0.32 * ((r - R_HUB) / (R_SPOKE - R_HUB)),
            () => 0.011,
            R_HUB,
            R_SPOKE + 0.004,
          ),
        );
      }
  } else {
    // Aero: a closed dished cover with five short vents and raised blades.
    const dark = lathe(
      Array.from({ length: 9 }, (_, i) => {
        const r = lerp(R_HUB, R_SPOKE + 0.004, i / 8);
        return [r, faceX(r) - 0.004] as [number, number];
      }).reverse(),
      48,
    );
    for (let k = 0; k < 5; k++) {
      const base = (k / 5) * Math.PI * 2;
      parts.push(
        spoke(
          (r) => base + 0.35 * ((r - R_HUB) / (R_SPOKE - R_HUB)),
          (r) => lerp(0.03, 0.055, (r - R_HUB) / 0.16),
          R_HUB,
          R_SPOKE + 0.004,
          0.004,
          0.012,
        ),
      );
    }
    return { alloy: mergeMeshes(parts), dark: mergeMeshes([dark, innerBarrel()]) };
  }
  return { alloy: mergeMeshes(parts), dark: innerBarrel() };
}

/** Radial scale that turns the 19-inch rim into the 17-inch one (axial scale stays 1). */
export const RIM_17_SCALE = rimRadius(17) / rimRadius(19);
