import { refuse } from './errors';

/** The glTF JSON as read (repairs work on it before @gltf-transform sees it). */
// biome-ignore lint/suspicious/noExplicitAny: raw glTF JSON from a shop's file, checked field by field
export type GltfJson = Record<string, any>;

/** A list read from the glTF JSON (anything but an array reads as empty). */
// biome-ignore lint/suspicious/noExplicitAny: raw glTF JSON entries, checked field by field where used
export const list = (value: unknown): any[] => (Array.isArray(value) ? value : []);

/** A model file split into its JSON and, for a GLB, its binary chunk. */
export interface SplitModel {
  json: GltfJson;
  bin: Uint8Array | null;
}

const GLB_MAGIC = 0x46546c67;
const CHUNK_JSON = 0x4e4f534a;
const CHUNK_BIN = 0x004e4942;

/** Files people pick by mistake, known by their first bytes. */
const FOREIGN: [kind: string, test: (head: string) => boolean][] = [
  ['ZIP', (h) => h.startsWith('PK\u0003\u0004')],
  ['HTML', (h) => /^\s*(<!doctype html|<html|<head|<body)/i.test(h)],
  ['PDF', (h) => h.startsWith('%PDF')],
  ['FBX', (h) => h.startsWith('Kaydara FBX') || h.startsWith('; FBX')],
  ['OBJ', (h) => /^(#.*\n)*\s*(v|o|g|mtllib) /m.test(h)],
  ['gzip', (h) => h.startsWith('\u001f\u008b')],
  ['PNG/JPEG', (h) => h.startsWith('\u0089PNG') || h.startsWith('\u00ff\u00d8\u00ff')],
];

function parseJson(file: string, bytes: Uint8Array): GltfJson {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    refuse('import.jsonUnreadable', { file, detail: e instanceof Error ? e.message : String(e) });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse('import.notGltf', { file });
  return value as GltfJson;
}

function splitGlb(file: string, bytes: Uint8Array): SplitModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== 2) refuse('import.glbVersion', { file, version });
  const declared = view.getUint32(8, true);
  if (declared > bytes.byteLength) refuse('import.truncated', { file, declared, got: bytes.byteLength });
  const jsonLength = view.getUint32(12, true);
  if (view.getUint32(16, true) !== CHUNK_JSON || 20 + jsonLength > declared)
    refuse('import.badJsonChunk', { file });
  const json = parseJson(file, bytes.subarray(20, 20 + jsonLength));
  let at = 20 + jsonLength;
  at += (4 - (at % 4)) % 4;
  if (at + 8 > declared) return { json, bin: null };
  const binLength = view.getUint32(at, true);
  if (view.getUint32(at + 4, true) !== CHUNK_BIN) return { json, bin: null };
  if (at + 8 + binLength > declared)
    refuse('import.binChunkCut', { file, bytes: binLength, left: declared - at - 8 });
  return { json, bin: bytes.subarray(at + 8, at + 8 + binLength) };
}

/** Splits a .glb or .gltf into JSON (+ binary chunk); refuses empty, cut, foreign and unreadable files by name. */
export function splitModel(file: string, bytes: Uint8Array): SplitModel {
  if (bytes.byteLength === 0) refuse('import.emptyFile', { file });
  if (
    bytes.byteLength >= 12 &&
    new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true) === GLB_MAGIC
  ) {
    if (bytes.byteLength < 20) refuse('import.truncated', { file, declared: 20, got: bytes.byteLength });
    return splitGlb(file, bytes);
  }
  const head = String.fromCharCode(...bytes.subarray(0, 64));
  if (head.trimStart().startsWith('{')) return { json: parseJson(file, bytes), bin: null };
  const foreign = FOREIGN.find(([, test]) => test(head));
  if (foreign) refuse('import.foreignFile', { file, kind: foreign[0] });
  refuse('import.notGltf', { file });
}
