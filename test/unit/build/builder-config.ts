import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minimatch } from 'minimatch';

/** Root of the repository. */
export const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** The parts of build/electron-builder.json the packaging tests read. */
export interface BuilderConfig {
  asar: boolean;
  files: string[];
  extraResources: { from: string; to: string }[];
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  electronVersion: string;
  electronFuses: Record<string, boolean>;
}

/** build/electron-builder.json as electron-builder reads it. */
export const builderConfig = JSON.parse(
  readFileSync(join(ROOT, 'build', 'electron-builder.json'), 'utf8'),
) as BuilderConfig;

/** electron-builder's rule for `files`: a path is packed when the last pattern matching it is not a negation. */
export function packs(file: string, patterns: readonly string[] = builderConfig.files): boolean {
  let included = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (minimatch(file, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
  }
  return included;
}
