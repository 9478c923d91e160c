import type { WebGLRenderer } from 'three';
// The glTF-only Draco decoder three ships, copied into the build by Vite (`?url`): nothing is downloaded at
// run time. The Basis transcoder is found the same way by KTX2Loader itself (`new URL(…, import.meta.url)`).
import dracoWasmUrl from 'three/examples/jsm/libs/draco/gltf/draco_decoder.wasm?url';
import dracoWrapperUrl from 'three/examples/jsm/libs/draco/gltf/draco_wasm_wrapper.js?url';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { DRACOLoader } from 'three/examples/jsm/loaders/DRACOLoader.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { KTX2Loader } from 'three/examples/jsm/loaders/KTX2Loader.js';

let draco: DRACOLoader | null = null;
let ktx2: KTX2Loader | null = null;

/**
 * Lets KTX2/Basis textures be read: the transcoder needs the stage's renderer to know which compressed
 * texture formats this GPU takes. Called once the stage's WebGL renderer exists.
 */
export function enableTextureDecoder(renderer: WebGLRenderer): void {
  if (ktx2) return;
  ktx2 = new KTX2Loader().detectSupport(renderer);
}

/** A GLTFLoader that reads Draco and meshopt geometry and (once the stage exists) KTX2 textures. */
export function gltfLoader(): GLTFLoader {
  draco ??= new DRACOLoader().setDecoderPath({ js: dracoWrapperUrl, wasm: dracoWasmUrl });
  const loader = new GLTFLoader().setDRACOLoader(draco).setMeshoptDecoder(MeshoptDecoder);
  if (ktx2) loader.setKTX2Loader(ktx2);
  return loader;
}
