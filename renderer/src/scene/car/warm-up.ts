import { type Camera, type Object3D, type Scene, Texture, type WebGLRenderer } from 'three';
import { FILM_VARIANTS, shapeFilmMaterial } from '../materials/film-material';
import type { FilmTextures } from '../materials/textures';
import type { CarRig } from './rig';

/** Resolves once every shader program the renderer holds has finished linking. */
function programsLinked(gl: WebGLRenderer): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if ((gl.info.programs ?? []).every((p) => (p as { isReady?: () => boolean }).isReady?.() ?? true))
        resolve();
      else setTimeout(check, 10);
    };
    check();
  });
}

/**
 * Resolves once the GPU has carried out every command issued so far. WebGL only queues work: without
 * KHR_parallel_shader_compile (SwiftShader has none) the compiles and bakes run tens of seconds after the calls
 * returned, and frames queue behind them. Polls a fence, never blocks the page; gives up on a lost context.
 */
function gpuDone(gl: WebGLRenderer): Promise<void> {
  const ctx = gl.getContext();
  if (!('fenceSync' in ctx)) return Promise.resolve();
  const fence = ctx.fenceSync(ctx.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!fence) return Promise.resolve();
  ctx.flush();
  return new Promise((resolve) => {
    const check = () => {
      if (ctx.isContextLost() || ctx.getSyncParameter(fence, ctx.SYNC_STATUS) === ctx.SIGNALED) {
        ctx.deleteSync(fence);
        resolve();
      } else setTimeout(check, 50);
    };
    check();
  });
}

/**
 * Compiles every shader the car can need before the user clicks anything (each film variant on every film
 * material, hidden accessories and rims included) and uploads the films' pattern textures, so no film, rim or
 * accessory switch ever compiles or uploads on the click. `restore` puts the look back after the variants were
 * tried on; resolves when all programs are linked and the GPU has done all the work queued so far (this and the
 * lighting bakes that start with it), so `<html data-scene-warm>` means the next frame waits for nothing.
 */
export async function warmUp(
  gl: WebGLRenderer,
  scene: Scene,
  camera: Camera,
  rig: CarRig,
  textures: FilmTextures,
  restore: () => void,
): Promise<void> {
  const hidden: Object3D[] = [];
  rig.root.traverse((o) => {
    if (!o.visible) {
      hidden.push(o);
      o.visible = true;
    }
  });
  const films = [...rig.zoneMaterials.values(), rig.caliperMaterial, rig.trimMaterial];
  // Each material keeps the programs it was compiled with, so later switches between variants find them.
  for (const variant of FILM_VARIANTS) {
    for (const m of films) shapeFilmMaterial(m, variant, textures);
    gl.compile(scene, camera);
  }
  restore();
  // The films' pattern textures go to the GPU now, not on the first click on a metallic or carbon film.
  for (const t of Object.values(textures)) if (t instanceof Texture) gl.initTexture(t);
  const ready = gl.compileAsync(scene, camera);
  for (const o of hidden) o.visible = false;
  await ready;
  await programsLinked(gl);
  await gpuDone(gl);
}
