import { describe, expect, it } from 'vitest';
import { deltaE2000, differingRegion, hexToRgb, medianColor, srgbToLab } from '../../e2e/scene-color';

describe('CIEDE2000 (the colour-fidelity measure)', () => {
  it('matches the published test pairs of Sharma, Wu & Dalal', () => {
    const pairs: [[number, number, number], [number, number, number], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
      [[50, 2.5, 0], [50, 0, -2.5], 4.3065],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    ];
    for (const [a, b, want] of pairs) expect(deltaE2000(a, b)).toBeCloseTo(want, 3);
  });

  it('converts sRGB to Lab (white, black, red)', () => {
    expect(srgbToLab(255, 255, 255)[0]).toBeCloseTo(100, 2);
    expect(srgbToLab(0, 0, 0)[0]).toBeCloseTo(0, 5);
    const red = srgbToLab(255, 0, 0);
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 1);
    expect(hexToRgb('#c0161c')).toEqual([0xc0, 0x16, 0x1c]);
  });

  it('finds the inner part of a region that changed and its median colour', () => {
    const w = 20;
    const a = { width: w, height: w, data: new Array(w * w * 4).fill(0) };
    const b = { data: new Array(w * w * 4).fill(0) };
    for (let y = 5; y < 15; y += 1)
      for (let x = 5; x < 15; x += 1) a.data.splice((y * w + x) * 4, 3, 200, 100, 50);
    const region = differingRegion(a, b, 2);
    expect(region.length).toBe(36);
    expect(medianColor(a, region)).toEqual([200, 100, 50]);
  });
});
