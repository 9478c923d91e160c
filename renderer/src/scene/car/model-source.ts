/** The default car shipped in assets/models (bundled by Vite; absent until the generator has run). */
const GLB_URLS = import.meta.glob('../../../../assets/models/compact-ev.glb', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const MANIFESTS = import.meta.glob('../../../../assets/models/compact-ev.manifest.json', {
  import: 'default',
  eager: true,
}) as Record<string, unknown>;

/** URL and manifest of the default car, or null when the model has not been generated yet. */
export function defaultCarSource(): { url: string; manifest: unknown; name: string } | null {
  const url = Object.values(GLB_URLS)[0];
  const manifest = Object.values(MANIFESTS)[0];
  return url && manifest ? { url, manifest, name: 'compact-ev.glb' } : null;
}

/** Downloads a bundled file, reporting progress 0..1 as bytes arrive. */
export async function fetchWithProgress(
  url: string,
  onProgress: (fraction: number) => void,
): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok || !response.body)
    throw new Error(`The model file could not be read (HTTP ${response.status}).`);
  const total = Number(response.headers.get('content-length') ?? 0);
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    received += value.byteLength;
    if (total > 0) onProgress(Math.min(0.95, received / total));
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.byteLength;
  }
  return bytes.buffer;
}
