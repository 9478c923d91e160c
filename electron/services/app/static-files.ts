import { readFile, stat } from 'node:fs/promises';
import { extname, normalize, relative, resolve, sep } from 'node:path';

/** MIME types of the files the renderer build contains. */
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.glb': 'model/gltf-binary',
  '.hdr': 'application/octet-stream',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** A file read from the renderer build, ready to send. */
export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Reads a URL path from the built renderer folder; refuses anything that escapes it.
 * Used by the Electron protocol handler and the local host, so both serve the same bytes.
 */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const root = resolve(rootDir);
  const full = resolve(root, `.${normalize(wanted)}`);
  const rel = relative(root, full);
  if (rel.startsWith('..') || rel.includes(`..${sep}`) || resolve(root, rel) !== full) return null;
  try {
    if (!(await stat(full)).isFile()) return null;
    return {
      body: await readFile(full),
      contentType: MIME[extname(full).toLowerCase()] ?? 'application/octet-stream',
    };
  } catch {
    return null;
  }
}
