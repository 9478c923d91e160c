import {
  baseSizeM,
  DEFAULT_PLACEMENT,
  placementMatrix,
  printedSizeMm,
  zoneLayouts,
} from '@renderer/scene/artwork/placement';
import { describe, expect, it } from 'vitest';

/** Applies a row-major 3×3 UV transform to a point. */
const apply = (m: number[], u: number, v: number): [number, number] => [
  m[0]! * u + m[1]! * v + m[2]!,
  m[3]! * u + m[4]! * v + m[5]!,
];

const close = (a: [number, number], b: [number, number]) => {
  expect(a[0]).toBeCloseTo(b[0], 6);
  expect(a[1]).toBeCloseTo(b[1], 6);
};

const hood = { sizeM: [1.686, 1.118] as [number, number], uvUnitM: 1 };

describe('artwork placement on a zone UV layout', () => {
  it('fill with the zone aspect maps the zone corners to the image corners (top left = v 0, as on the template)', () => {
    const m = placementMatrix({ ...DEFAULT_PLACEMENT, fit: 'fill' }, hood, 1.686 / 1.118, null);
    close(apply(m, 0, 0), [0, 0]);
    close(apply(m, 1.686, 1.118), [1, 1]);
    close(apply(m, 0.843, 0.559), [0.5, 0.5]);
  });

  it('fit shows the whole image inside the zone; fill covers it; tile repeats the fitted size', () => {
    expect(baseSizeM('fit', [2, 1], 1)).toEqual([1, 1]);
    expect(baseSizeM('fill', [2, 1], 1)).toEqual([2, 2]);
    expect(baseSizeM('tile', [2, 1], 4)).toEqual([2, 0.5]);
    const m = placementMatrix(DEFAULT_PLACEMENT, { sizeM: [2, 1], uvUnitM: 1 }, 1, null);
    close(apply(m, 0.5, 0), [0, 0]);
    close(apply(m, 1.5, 1), [1, 1]);
    close(apply(m, 0, 0.5), [-0.5, 0.5]);
  });

  it('offsets in millimetres, scales about the image centre and rotates counter-clockwise on the layout', () => {
    const square = { sizeM: [1, 1] as [number, number], uvUnitM: 1 };
    const moved = placementMatrix({ ...DEFAULT_PLACEMENT, offsetMm: [100, -200] }, square, 1, null);
    close(apply(moved, 0.6, 0.3), [0.5, 0.5]);
    const half = placementMatrix({ ...DEFAULT_PLACEMENT, scale: 0.5 }, square, 1, null);
    close(apply(half, 0.25, 0.25), [0, 0]);
    const turned = placementMatrix({ ...DEFAULT_PLACEMENT, rotationDeg: 90 }, square, 1, null);
    close(apply(turned, 0.5, 1), [1, 0.5]);
  });

  it('UV units other than metres scale the layout; a padded texture shifts into its border', () => {
    const cm = { sizeM: [1, 1] as [number, number], uvUnitM: 0.01 };
    close(apply(placementMatrix(DEFAULT_PLACEMENT, cm, 1, null), 100, 100), [1, 1]);
    const padded = placementMatrix(DEFAULT_PLACEMENT, { sizeM: [1, 1], uvUnitM: 1 }, 1, {
      border: 1,
      width: 98,
      height: 98,
    });
    close(apply(padded, 0, 0), [0.01, 0.01]);
    close(apply(padded, 1, 1), [0.99, 0.99]);
  });

  it('reports the printed size in millimetres and reads zone layouts from a manifest', () => {
    expect(printedSizeMm({ ...DEFAULT_PLACEMENT, scale: 0.5 }, hood, 1)).toEqual([559, 559]);
    expect(
      zoneLayouts({ uvUnitM: 1, zones: [{ id: 'hood', uvSizeM: [1.686, 1.118] }, { id: 'x' }] }),
    ).toEqual({
      hood: { sizeM: [1.686, 1.118], uvUnitM: 1 },
      x: { sizeM: [1, 1], uvUnitM: 1 },
    });
  });
});
