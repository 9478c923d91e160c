/** Reads the committed default car and its manifest once for the model tests. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Document, type Node, NodeIO } from '@gltf-transform/core';
import { KHRMaterialsClearcoat, KHRMaterialsEmissiveStrength } from '@gltf-transform/extensions';

/** Repository paths of the committed model files. */
export const MODEL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../assets/models');
export const GLB_PATH = resolve(MODEL_DIR, 'compact-ev.glb');
export const MANIFEST_PATH = resolve(MODEL_DIR, 'compact-ev.manifest.json');

/** Parse a GLB into a glTF-Transform document. */
export function readGlb(bytes: Uint8Array): Promise<Document> {
  return new NodeIO()
    .registerExtensions([KHRMaterialsClearcoat, KHRMaterialsEmissiveStrength])
    .readBinary(bytes);
}

/** The committed GLB bytes and manifest JSON. */
export const committed = () => ({
  glb: new Uint8Array(readFileSync(GLB_PATH)),
  manifest: JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as unknown,
});

/** Whether a node or any ancestor is hidden by default (extras.hidden). */
export function isHidden(node: Node): boolean {
  let n: Node | null = node;
  while (n) {
    if ((n.getExtras() as { hidden?: boolean }).hidden) return true;
    const parent = n.getParentNode();
    n = parent;
  }
  return false;
}

/** Triangle area from three 3-vectors. */
export function triArea(a: number[], b: number[], c: number[]): number {
  const u = [b[0]! - a[0]!, b[1]! - a[1]!, b[2]! - a[2]!];
  const v = [c[0]! - a[0]!, c[1]! - a[1]!, c[2]! - a[2]!];
  return (
    Math.hypot(u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!) /
    2
  );
}
