import { Readable } from 'node:stream';
import { CONTENT_SECURITY_POLICY } from '@services/app/csp';
import { readStaticFile } from '@services/app/static-files';
import type { VehicleLibrary } from '@services/vehicles/library/library';
import { isVehiclePath, vehicleBytes } from '@services/vehicles/library/serve';
import type { Protocol } from 'electron';

/** Our custom scheme: the packaged renderer is served from `app://bundle/`, never from a remote URL. */
export const APP_SCHEME = 'app';

/** Privileges our scheme needs (must be registered before the app is ready). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/**
 * Serves the built renderer folder on `app://bundle/`, with the CSP on every response, and the vehicle library's
 * model and thumbnail bytes at `app://bundle/vehicles/<id>/model.glb|thumbnail.png` (streamed).
 */
export function serveRenderer(protocol: Protocol, rendererDir: string, vehicles?: VehicleLibrary): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'bundle') return new Response('Not found', { status: 404 });
    if (isVehiclePath(url.pathname)) return vehicleResponse(vehicles, url.pathname);
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'content-type': file.contentType,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}

/** A library file as a streamed response, or 404 (unknown id, other file name, missing file). */
async function vehicleResponse(vehicles: VehicleLibrary | undefined, path: string): Promise<Response> {
  const file = vehicles ? await vehicleBytes(vehicles, path) : null;
  if (!file) return new Response('Not found', { status: 404 });
  const body = Readable.toWeb(file.open()) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      'content-type': file.contentType,
      'content-length': String(file.size),
      'x-content-type-options': 'nosniff',
    },
  });
}
