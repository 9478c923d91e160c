import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import draco3d from 'draco3d';
import { MeshoptDecoder } from 'meshoptimizer';

let io: Promise<NodeIO> | null = null;

/**
 * The one NodeIO of this thread: every extension @gltf-transform knows, with the Draco decoder (draco3d, WebAssembly)
 * and the meshopt decoder (meshoptimizer, WebAssembly) from npm. Made once, on first use.
 */
export function vehicleIO(): Promise<NodeIO> {
  io ??= (async () => {
    const [decoder] = await Promise.all([draco3d.createDecoderModule(), MeshoptDecoder.ready]);
    return new NodeIO()
      .registerExtensions(ALL_EXTENSIONS)
      .registerDependencies({ 'draco3d.decoder': decoder, 'meshopt.decoder': MeshoptDecoder });
  })();
  return io;
}
