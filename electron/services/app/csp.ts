/**
 * Content Security Policy for every page we serve (Electron protocol and local host alike):
 * nothing remote, no eval; blob:/data: only for textures and fonts the app itself makes. WebAssembly may be
 * compiled (`'wasm-unsafe-eval'`, nothing more): the Draco, meshopt and Basis decoders the app ships are
 * WebAssembly (docs/SECURITY.md).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
