import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Path of the installed Electron runtime binary, or null when the `electron` package has none
 * (its binary is downloaded on first install and cannot be on an offline machine).
 */
export function findElectronRuntime(appRoot: string): string | null {
  const pkgDir = join(appRoot, 'node_modules', 'electron');
  try {
    const rel = readFileSync(join(pkgDir, 'path.txt'), 'utf8').trim();
    const bin = process.env.ELECTRON_OVERRIDE_DIST_PATH
      ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, rel)
      : join(pkgDir, 'dist', rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}
