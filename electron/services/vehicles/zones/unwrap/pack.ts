/**
 * Places a zone's charts side by side without overlap, as they are (never turned: each chart already reads
 * upright). Shelf packing: tallest first, rows as wide as the widest chart or the square root of the charts' box
 * area, whichever is more, with a gap between charts so a printed template can be cut apart.
 */

/** A chart's UV box before packing, metres. */
export interface ChartBox {
  minU: number;
  minV: number;
  width: number;
  height: number;
}

/** Gap between charts in the layout, metres (10 mm). */
export const CHART_GAP_M = 0.01;

/** Offset (du, dv) to add to each chart's UVs, and the layout's extent, metres. */
export function packCharts(boxes: readonly ChartBox[]): {
  offsets: [number, number][];
  size: [number, number];
} {
  const order = boxes
    .map((b, i) => ({ b, i }))
    .sort((x, y) => y.b.height - x.b.height || y.b.width - x.b.width || x.i - y.i);
  const boxArea = boxes.reduce((s, b) => s + (b.width + CHART_GAP_M) * (b.height + CHART_GAP_M), 0);
  const rowWidth = Math.max(...boxes.map((b) => b.width), Math.sqrt(boxArea) * 1.15);
  const offsets: [number, number][] = boxes.map(() => [0, 0]);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const { b, i } of order) {
    if (x > 0 && x + b.width > rowWidth + 1e-9) {
      y += rowHeight + CHART_GAP_M;
      x = 0;
      rowHeight = 0;
    }
    offsets[i] = [x - b.minU, y - b.minV];
    x += b.width + CHART_GAP_M;
    width = Math.max(width, x - CHART_GAP_M);
    rowHeight = Math.max(rowHeight, b.height);
  }
  return { offsets, size: [width, y + rowHeight] };
}
