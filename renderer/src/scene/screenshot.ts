import type { Object3D, PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { Vector2 } from 'three';
import { fillFrame, framedCamera, type NdcBox, type ShotAngle, shiftProjection } from './camera/shot-frame';

/** Screenshot sizes the stage offers: twice the on-screen size, or 4K UHD. */
export type ScreenshotSize = '2x' | '4k';

/** Pixel size of a screenshot for a canvas of this CSS size. */
export function screenshotPixels(
  kind: ScreenshotSize,
  cssWidth: number,
  cssHeight: number,
): [number, number] {
  return kind === '4k' ? [3840, 2160] : [Math.round(cssWidth * 2), Math.round(cssHeight * 2)];
}

/**
 * Renders one frame at the requested size into the canvas, copies it as PNG, and puts the canvas back.
 * The camera is the caller's (`framedCamera` for pictures framed on the car); the stage's own camera is
 * left untouched.
 */
export function captureFrame(
  gl: WebGLRenderer,
  scene: Scene,
  camera: PerspectiveCamera,
  width: number,
  height: number,
): Promise<Blob> {
  const size = gl.getSize(new Vector2());
  const ratio = gl.getPixelRatio();
  gl.setPixelRatio(1);
  gl.setSize(width, height, false);
  gl.render(scene, camera);
  const done = new Promise<Blob>((resolve, reject) =>
    gl.domElement.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('The screenshot could not be encoded.'))),
      'image/png',
    ),
  );
  gl.setPixelRatio(ratio);
  gl.setSize(size.x, size.y, false);
  return done;
}

/** Width of the trial render that finds what the picture shows beyond the car's own silhouette (px). */
const TRIAL_WIDTH = 240;
/** The trial render's zoom against the silhouette's frame (sees a third more on each axis). */
const TRIAL_ZOOM_OUT = 0.75;
/** A pixel belongs to the picture's subject when a channel differs this much from the floor (8-bit). */
const SUBJECT_LEVELS = 24;

/**
 * Where the picture's subject lies in a frame just drawn on the canvas: the box of the pixels that differ
 * from the floor colour (the most common colour of the frame's edge), in normalised device coordinates.
 * Catches what the car's vertices do not: the contact shadow under it.
 */
function subjectBox(gl: WebGLRenderer, width: number, height: number): NdcBox | null {
  const ctx = gl.getContext();
  const px = new Uint8Array(width * height * 4);
  ctx.readPixels(0, 0, width, height, ctx.RGBA, ctx.UNSIGNED_BYTE, px);
  const counts = new Map<number, number>();
  const edge = (x: number, y: number) => {
    const i = (y * width + x) * 4;
    const key = (px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (let x = 0; x < width; x++) {
    edge(x, 0);
    edge(x, height - 1);
  }
  for (let y = 0; y < height; y++) {
    edge(0, y);
    edge(width - 1, y);
  }
  const floor = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const [fr, fg, fb] = [(floor >> 16) & 255, (floor >> 8) & 255, floor & 255];
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const d = Math.max(Math.abs(px[i]! - fr), Math.abs(px[i + 1]! - fg), Math.abs(px[i + 2]! - fb));
      if (d <= SUBJECT_LEVELS) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  if (x1 < 0) return null;
  // readPixels rows run bottom-up, as NDC y does.
  return {
    x0: (x0 / width) * 2 - 1,
    x1: ((x1 + 1) / width) * 2 - 1,
    y0: (y0 / height) * 2 - 1,
    y1: ((y1 + 1) / height) * 2 - 1,
  };
}

/**
 * A picture of the car from `angle`, `width` × `height` pixels, framed on the car whatever the window's
 * layout: the camera is aimed by the car's silhouette (`framedCamera`), then a small trial render finds what
 * shows around it (the contact shadow) and the frame is zoomed and shifted once more so car and shadow sit
 * centred with SHOT_MARGIN free. The background is the stage's floor and backdrop, one colour.
 * Without a car on stage, the scene as `fallback` sees it.
 */
export function captureCar(
  gl: WebGLRenderer,
  scene: Scene,
  fallback: PerspectiveCamera,
  angle: ShotAngle,
  width: number,
  height: number,
): Promise<Blob> {
  const car: Object3D | undefined = scene.getObjectByName('car');
  if (!car) {
    const c = fallback.clone();
    c.aspect = width / Math.max(1, height);
    c.updateProjectionMatrix();
    return captureFrame(gl, scene, c, width, height);
  }
  const camera = framedCamera(car, angle, width, height, fallback);
  // The trial looks wider than the silhouette's frame, so a shadow reaching past it is seen whole.
  shiftProjection(camera.projectionMatrix, { scale: TRIAL_ZOOM_OUT, cx: 0, cy: 0 });
  const tw = Math.min(width, TRIAL_WIDTH);
  const th = Math.max(1, Math.round((tw * height) / Math.max(1, width)));
  const size = gl.getSize(new Vector2());
  const ratio = gl.getPixelRatio();
  gl.setPixelRatio(1);
  gl.setSize(tw, th, false);
  gl.render(scene, camera);
  const subject = subjectBox(gl, tw, th);
  gl.setPixelRatio(ratio);
  gl.setSize(size.x, size.y, false);
  if (subject) {
    shiftProjection(camera.projectionMatrix, fillFrame(subject));
    camera.projectionMatrixInverse.copy(camera.projectionMatrix).invert();
  }
  return captureFrame(gl, scene, camera, width, height);
}
