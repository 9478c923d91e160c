import { CONTENT_SECURITY_POLICY } from '@services/app/csp';
import { readStaticFile } from '@services/app/static-files';
import type { Protocol } from 'electron';

/** Our custom scheme: the packaged renderer is served from `app://bundle/`, never from a remote URL. */
export const APP_SCHEME = 'app';

/** Privileges our scheme needs (must be registered before the app is ready). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/** Serves the built renderer folder on `app://bundle/`, with the CSP on every response. */
export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'bundle') return new Response('Not found', { status: 404 });
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
