// Web-standard globals every runtime of the domain has (Node ≥ 17, Electron, Chromium); the domain's tsconfig
// has neither Node's types nor the DOM library, so these few are declared here and nothing else slips in.
declare function structuredClone<T>(value: T): T;
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
