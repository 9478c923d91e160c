import type { Page } from '@playwright/test';

/** The stage canvas's pixels as read inside the page, with its size on the page (CSS px). */
export interface CanvasRead {
  data: Uint8ClampedArray;
  /** Size of what was read, canvas px. */
  width: number;
  height: number;
  /** The canvas on the page, CSS px. */
  rect: DOMRect;
  /** Canvas px per CSS px. */
  scale: number;
}

declare global {
  interface Window {
    /** Copies the stage canvas (or a box of it: x, y, width, height in CSS px) to a 2D canvas; its pixels. */
    __readCanvas?: (box?: [number, number, number, number]) => CanvasRead;
  }
}

/**
 * Puts `window.__readCanvas` on the page (once), so every helper that measures pixels reads the canvas the
 * same way and only its numbers cross over (whole-canvas transfers are slow). Call before evaluating code
 * that uses it.
 */
export function canvasReader(page: Page): Promise<void> {
  return page.evaluate(() => {
    if (window.__readCanvas) return;
    window.__readCanvas = (box) => {
      const canvas = document.querySelector('canvas');
      if (!canvas) throw new Error('no canvas');
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(canvas, 0, 0);
      const rect = canvas.getBoundingClientRect();
      const scale = canvas.width / rect.width;
      const [x, y, w, h] = box ? box.map((v) => Math.round(v * scale)) : [0, 0, copy.width, copy.height];
      return { data: ctx.getImageData(x!, y!, w!, h!).data, width: w!, height: h!, rect, scale };
    };
  });
}
