import { PMREMGenerator, Scene, SRGBColorSpace, WebGLRenderer } from 'three';
import { disposeObject } from '../scene/car/dispose';
import { fetchWithProgress } from '../scene/car/model-source';
import { findAll, nameMatcher } from '../scene/car/names';
import { loadCar } from '../scene/import/load';
import { disposeEnvironmentScene, environmentScene, LIGHTING_LOOKS } from '../scene/lighting/env-scenes';
import { FILM_TONE_MAPPING } from '../scene/lighting/tone-mapping';
import { frameTightly, outlinePoints } from './thumbnail-frame';

/** Thumbnail size, pixels (a kiosk tile shows it up to ~900 px wide; 16:10 like the tiles). */
export const THUMB_W = 960;
/** Thumbnail height, pixels. */
export const THUMB_H = 600;

/** What to draw: the model's URL, its manifest (a library car's, or the launch EV's bundled one) and a name. */
export interface ThumbnailSource {
  url: string;
  manifest: unknown;
  name: string;
}

/** Draws cars off the stage; one WebGL canvas and one baked studio light for a whole batch of pictures. */
export interface ThumbnailPainter {
  /** The PNG of one car (see `openThumbnailPainter`). */
  paint(source: ThumbnailSource): Promise<Blob>;
  /** Frees the canvas, its WebGL context and the baked light. */
  close(): void;
}

/**
 * A painter that draws each car off the stage, in its own small WebGL canvas, under the studio light, from the
 * front ¾ and framed tightly (`frameTightly`), on a transparent background. The stage, the car on it and the
 * customer's configuration are untouched, so staff can picture every car of the library in one go.
 */
export function openThumbnailPainter(): ThumbnailPainter {
  const canvas = document.createElement('canvas');
  const renderer = new WebGLRenderer({ canvas, antialias: true, alpha: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(1);
  renderer.setSize(THUMB_W, THUMB_H, false);
  renderer.toneMapping = FILM_TONE_MAPPING;
  renderer.outputColorSpace = SRGBColorSpace;
  renderer.setClearColor(0x000000, 0);
  const pmrem = new PMREMGenerator(renderer);
  const room = environmentScene('studio');
  const environment = pmrem.fromScene(room, 0.04);
  disposeEnvironmentScene(room);
  pmrem.dispose();
  const paint = async (source: ThumbnailSource): Promise<Blob> => {
    const bytes = await fetchWithProgress(source.url, () => {});
    const car = await loadCar(bytes, source.name, source.manifest);
    try {
      const scene = new Scene();
      scene.environment = environment.texture;
      scene.environmentIntensity = LIGHTING_LOOKS.studio.envIntensity;
      scene.add(car.root);
      // As on stage: parts the model hides on load (spare rims, tyre sizes) and accessories not fitted stay hidden.
      car.root.traverse((o) => {
        if (o.userData.hidden === true) o.visible = false;
      });
      for (const n of findAll(car.root, nameMatcher(Object.values(car.manifest.accessories).flat())))
        n.visible = false;
      const camera = frameTightly(outlinePoints(car.root), THUMB_W / THUMB_H);
      renderer.render(scene, camera);
      return await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob(
          (b) => (b ? resolve(b) : reject(new Error('The thumbnail could not be encoded as PNG.'))),
          'image/png',
        ),
      );
    } finally {
      disposeObject(car.root);
    }
  };
  const close = () => {
    environment.dispose();
    renderer.dispose();
    renderer.forceContextLoss();
  };
  return { paint, close };
}
