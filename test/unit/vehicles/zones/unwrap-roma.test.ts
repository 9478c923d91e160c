import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { unwrapZone } from '@services/vehicles/zones/unwrap/unwrap-zone';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../support/main';
import { overlappingPairs } from '../../../support/unwrap/overlap';
import { checkerPng, layoutSvg } from '../../../support/unwrap/pictures';
import { connectedPieces, romaPaint } from '../../../support/unwrap/roma-paint';

/**
 * The real third-party car (shared fixture, through the import pipeline). No zones yet (segmentation is another
 * branch), so its paint is unwrapped per connected piece, each as a sky-top zone (`pillars`: both sides, image
 * top to the sky). Bars from what was measured: see the console table and docs/VEHICLES.md "Unwrap".
 */
describe('unwrapping the paint of the real car (lowpoly Roma) piece by piece', () => {
  it('every piece: real size on average, no folds or overlaps, most of the paint within ±10 %', async () => {
    const paint = await romaPaint();
    const pieces = connectedPieces(paint.positions, paint.indices);
    expect(pieces.length).toBeGreaterThan(0);
    const out = join(ROOT, 'test-results', 'unwrap');
    mkdirSync(out, { recursive: true });
    let area = 0;
    let good = 0;
    const rows: string[] = [];
    for (const [i, piece] of pieces.entries()) {
      const t0 = performance.now();
      const l = unwrapZone({ type: 'pillars', ...piece });
      const ms = performance.now() - t0;
      const s = l.stretch;
      const pieceArea = s.charts.reduce((sum, c) => sum + c.areaM2, 0);
      area += pieceArea;
      good += s.withinTenPercent * pieceArea;
      expect(s.folded, `piece ${i}`).toBe(0);
      expect(Math.abs(s.areaRatio - 1), `piece ${i}: UV area = surface area`).toBeLessThan(0.01);
      expect(overlappingPairs(l.uvs, l.indices), `piece ${i}`).toBe(0);
      rows.push(
        `piece ${i}\t${piece.indices.length / 3} tris\t${pieceArea.toFixed(3)} m²\t${l.charts} charts\t${(s.withinTenPercent * 100).toFixed(1)} %\tboth axes ${(s.withinTenPercentBothAxes * 100).toFixed(1)} %\tworst chart ${(s.worstChart.withinTenPercent * 100).toFixed(0)} % of ${s.worstChart.areaM2.toFixed(4)} m²\t${l.sizeM.map((x) => Math.round(x * 1000)).join(' × ')} mm\t${ms.toFixed(0)} ms`,
      );
      if (i < 3) {
        layoutSvg(l, join(out, `roma-piece-${i}.svg`));
        checkerPng(l, join(out, `roma-piece-${i}-left.png`), 150, [1, 0, 0]);
        checkerPng(l, join(out, `roma-piece-${i}-top.png`), 150, [0, 1, 0]);
      }
    }
    rows.push(`all paint\t${area.toFixed(3)} m²\t${((good / area) * 100).toFixed(1)} % within ±10 %`);
    console.log(rows.join('\n'));
    expect(good / area).toBeGreaterThan(0.9);
  }, 600_000);
});
