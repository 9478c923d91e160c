import type { PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { Vector2 } from 'three';

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
 * The camera keeps its position; only the aspect follows the picture.
 */
export function captureScreenshot(
  gl: WebGLRenderer,
  scene: Scene,
  camera: PerspectiveCamera,
  width: number,
  height: number,
): Promise<Blob> {
  const size = gl.getSize(new Vector2());
  const ratio = gl.getPixelRatio();
  const aspect = camera.aspect;
  gl.setPixelRatio(1);
  gl.setSize(width, height, false);
  camera.aspect = width / height;
  camera.updateProjectionMatrix();
  gl.render(scene, camera);
  const done = new Promise<Blob>((resolve, reject) =>
    gl.domElement.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('The screenshot could not be encoded.'))),
      'image/png',
    ),
  );
  gl.setPixelRatio(ratio);
  gl.setSize(size.x, size.y, false);
  camera.aspect = aspect;
  camera.updateProjectionMatrix();
  return done;
}
