import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { templateEdges } from '@domain/artwork/orientation';
import { triangleArea } from '@services/vehicles/zones/unwrap/input';
import { imageTop, meanNormal } from '@services/vehicles/zones/unwrap/orient';
import { UnwrapError, type UnwrapResult, unwrapZone } from '@services/vehicles/zones/unwrap/unwrap-zone';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../support/main';
import { overlappingPairs } from '../../../support/unwrap/overlap';
import { checkerPng, layoutSvg } from '../../../support/unwrap/pictures';
import { type CarZone, generatedCarZones } from '../../../support/unwrap/zones-of-car';

/**
 * Share of area within ±10 % of real size, per zone. Measured on the generated car (xatlasjs 0.2.0, this
 * relaxation): 100 % on every zone except the front bumper (96.3 %, 7 charts round its corners). Flat-ish panels
 * must keep ≥ 98 % (measured 100 %, margin for float differences); wrapped-round ones ≥ 90 % (the bar).
 */
const FLAT = ['hood', 'roof', 'door-front-left', 'door-front-right', 'door-rear-left', 'door-rear-right'];
const minWithin = (type: string) => (FLAT.includes(type) ? 0.98 : 0.9);

const OUT = join(ROOT, 'test-results', 'unwrap');
let zones: CarZone[];
const layouts = new Map<string, UnwrapResult>();

beforeAll(async () => {
  zones = await generatedCarZones();
  for (const z of zones) layouts.set(z.type, unwrapZone(z));
}, 300_000);

const zoneArea = (pos: ArrayLike<number>, idx: ArrayLike<number>) => {
  let a = 0;
  for (let t = 0; t < idx.length; t += 3) a += triangleArea(pos, idx[t]!, idx[t + 1]!, idx[t + 2]!);
  return a;
};

describe('unwrapping the generated car zone by zone (zone:<id> meshes, metres)', () => {
  it('every zone: real size, low stretch, no folded or overlapping UV triangles, UVs inside sizeM', () => {
    expect(zones.length).toBe(18);
    for (const z of zones) {
      const l = layouts.get(z.type)!;
      const a3 = zoneArea(z.positions, z.indices);
      expect(
        Math.abs(zoneArea(l.positions, l.indices) - a3) / a3,
        `${z.type} keeps its surface`,
      ).toBeLessThan(1e-3);
      expect(Math.abs(l.stretch.areaRatio - 1), `${z.type}: UV area = surface area`).toBeLessThan(0.01);
      expect(l.withinTenPercent, `${z.type} within ±10 %`).toBeGreaterThanOrEqual(minWithin(z.type));
      expect(l.stretch.folded, `${z.type} folded`).toBe(0);
      expect(overlappingPairs(l.uvs, l.indices), `${z.type} overlapping UV triangles`).toBe(0);
      for (let i = 0; i < l.uvs.length; i += 2) {
        expect(l.uvs[i]!).toBeGreaterThanOrEqual(-1e-6);
        expect(l.uvs[i]!).toBeLessThanOrEqual(l.sizeM[0] + 1e-6);
        expect(l.uvs[i + 1]!).toBeGreaterThanOrEqual(-1e-6);
        expect(l.uvs[i + 1]!).toBeLessThanOrEqual(l.sizeM[1] + 1e-6);
      }
      expect(l.charts).toBe(l.stretch.charts.length);
    }
  }, 300_000);

  it('reads the way the generated car reads: every template edge faces the same car direction', () => {
    for (const z of zones) {
      const l = layouts.get(z.type)!;
      const generated = templateEdges([{ uv: z.generatedUvs, indices: z.indices, positions: z.positions }]);
      const ours = templateEdges([{ uv: l.uvs, indices: l.indices, positions: l.positions }]);
      expect(ours, z.type).toEqual(generated);
      expect(generated.top, z.type).toBeDefined();
    }
  });

  // Mirroring is ruled out per triangle above (no folded triangle: every one winds the unmirrored way). Turning:
  // every sizeable chart facing about the way the zone faces shows the zone's directions on its edges. Charts
  // that face elsewhere, or face the image-top direction itself (a tailgate's top lip facing the sky), carry the
  // image over the edge, so their top differs by design.
  it('every sizeable chart facing the way the zone faces keeps the zone orientation (a design does not turn between charts)', () => {
    let compared = 0;
    for (const z of zones) {
      const l = layouts.get(z.type)!;
      const whole = templateEdges([{ uv: l.uvs, indices: l.indices, positions: l.positions }]);
      const facing = meanNormal(l.positions, l.indices);
      l.stretch.charts.forEach((c, chart) => {
        if (c.areaM2 < 0.01) return;
        const idx: number[] = [];
        for (let t = 0; t < l.chartOfTriangle.length; t++)
          if (l.chartOfTriangle[t] === chart)
            idx.push(l.indices[t * 3]!, l.indices[t * 3 + 1]!, l.indices[t * 3 + 2]!);
        const n = meanNormal(l.positions, idx);
        const top = imageTop(z.type);
        const facesTop = Math.abs(n[0] * top[0] + n[1] * top[1] + n[2] * top[2]) > 0.7;
        if (
          facesTop ||
          (n[0] * facing[0] + n[1] * facing[1] + n[2] * facing[2] < 0.5 && z.type !== 'pillars')
        )
          return;
        compared++;
        const edges = templateEdges([{ uv: l.uvs, indices: idx, positions: l.positions }]);
        expect(edges.top, `${z.type} chart ${chart}`).toBe(whole.top);
        for (const side of ['left', 'right'] as const)
          if (edges[side] && whole[side])
            expect(edges[side], `${z.type} chart ${chart} ${side}`).toBe(whole[side]);
      });
    }
    expect(compared).toBeGreaterThanOrEqual(zones.length);
  });

  it('the hood: image top to the rear (+v runs to the nose, +Z), +u across the car to its left (+X)', () => {
    const l = layouts.get('hood')!;
    const du = [0, 0, 0];
    const dv = [0, 0, 0];
    for (let t = 0; t < l.indices.length; t += 3) {
      const [a, b, c] = [l.indices[t]!, l.indices[t + 1]!, l.indices[t + 2]!];
      const d1 = [l.uvs[b * 2]! - l.uvs[a * 2]!, l.uvs[b * 2 + 1]! - l.uvs[a * 2 + 1]!];
      const d2 = [l.uvs[c * 2]! - l.uvs[a * 2]!, l.uvs[c * 2 + 1]! - l.uvs[a * 2 + 1]!];
      const det = d1[0]! * d2[1]! - d2[0]! * d1[1]!;
      for (let k = 0; k < 3; k++) {
        const e1 = l.positions[b * 3 + k]! - l.positions[a * 3 + k]!;
        const e2 = l.positions[c * 3 + k]! - l.positions[a * 3 + k]!;
        du[k] = du[k]! + (e1 * d2[1]! - e2 * d1[1]!) * Math.sign(det);
        dv[k] = dv[k]! + (e2 * d1[0]! - e1 * d2[0]!) * Math.sign(det);
      }
    }
    const unit = (v: number[]) => v.map((x) => x / Math.hypot(...v));
    expect(unit(du)[0]).toBeGreaterThan(0.95);
    expect(unit(dv)[2]).toBeGreaterThan(0.9);
  });

  it('gives the same layout for the same zone, byte for byte', () => {
    const z = zones.find((x) => x.type === 'bumper-front')!;
    const again = unwrapZone(z);
    const first = layouts.get('bumper-front')!;
    expect(Buffer.from(again.uvs.buffer).equals(Buffer.from(first.uvs.buffer))).toBe(true);
    expect(Buffer.from(again.indices.buffer).equals(Buffer.from(first.indices.buffer))).toBe(true);
    expect(again.sizeM).toEqual(first.sizeM);
  });

  it('draws each layout (SVG in mm) and a checker mapped back on the zone (PNG) into test-results/unwrap', () => {
    mkdirSync(OUT, { recursive: true });
    const rows: string[] = [];
    for (const z of zones) {
      const l = layouts.get(z.type)!;
      layoutSvg(l, join(OUT, `${z.type}.svg`));
      checkerPng(l, join(OUT, `${z.type}.png`), 300, z.type === 'pillars' ? [1, 0, 0] : undefined);
      const s = l.stretch;
      rows.push(
        `${z.type}\t${z.indices.length / 3} tris\t${l.charts} charts\t${(s.withinTenPercent * 100).toFixed(1)} %\tboth axes ${(s.withinTenPercentBothAxes * 100).toFixed(1)} %\tworst chart ${(s.worstChart.withinTenPercent * 100).toFixed(0)} % of ${s.worstChart.areaM2.toFixed(3)} m²\t${l.sizeM.map((x) => Math.round(x * 1000)).join(' × ')} mm`,
      );
    }
    console.log(rows.join('\n'));
  });
});

describe('unwrapZone refuses bad input with a clear reason', () => {
  const tri = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]);
  it('no triangles', () => {
    expect(() => unwrapZone({ type: 'hood', positions: tri, indices: new Uint32Array() })).toThrow(
      /zone "hood": it has no triangles/,
    );
  });
  it('a NaN coordinate, naming the vertex', () => {
    const bad = tri.slice();
    bad[4] = Number.NaN;
    const run = () => unwrapZone({ type: 'roof', positions: bad, indices: new Uint32Array([0, 1, 2]) });
    expect(run).toThrow(UnwrapError);
    expect(run).toThrow(/zone "roof": vertex 1 has a coordinate that is NaN/);
  });
  it('an index past the vertices, naming the triangle', () => {
    expect(() => unwrapZone({ type: 'roof', positions: tri, indices: new Uint32Array([0, 1, 7]) })).toThrow(
      /triangle 0 points at vertex 7 but there are only 3 vertices/,
    );
  });
  it('only triangles without area', () => {
    const flat = new Float32Array([0, 0, 0, 1, 0, 0, 2, 0, 0]);
    expect(() =>
      unwrapZone({ type: 'tailgate', positions: flat, indices: new Uint32Array([0, 1, 2]) }),
    ).toThrow(/all 1 triangles have no area/);
  });
  it('an aborted signal stops before any work', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() =>
      unwrapZone(
        { type: 'hood', positions: tri, indices: new Uint32Array([0, 1, 2]) },
        { signal: controller.signal },
      ),
    ).toThrow(/abort/i);
  });
});
