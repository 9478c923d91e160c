/** Layout of the quote's print picture (no imports: the end-to-end tests read it too). */

/** One view in a print picture: where it goes (pixels of the full-size picture) and what it shows. */
interface Panel {
  view: 'front34' | 'rear34' | 'side';
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Gap between the views of a print picture (px at full size); the page's white shows through. */
const GUTTER = 12;

/**
 * The quote's print picture at full size: the hero (front ¾) on the left two thirds, the rear ¾ and the
 * side stacked on the right third, each rendered from the stage and framed on the car.
 */
export const PRINT_PICTURE = {
  width: 1800,
  height: 800,
  panels: [
    { view: 'front34', x: 0, y: 0, w: 1200 - GUTTER / 2, h: 800 },
    { view: 'rear34', x: 1200 + GUTTER / 2, y: 0, w: 600 - GUTTER / 2, h: 400 - GUTTER / 2 },
    { view: 'side', x: 1200 + GUTTER / 2, y: 400 + GUTTER / 2, w: 600 - GUTTER / 2, h: 400 - GUTTER / 2 },
  ] satisfies Panel[],
};
