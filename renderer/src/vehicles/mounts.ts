import type { ModelManifest } from '@domain/model/manifest';

/** Mount ids the parts finder names differently from the catalog (catalog id → finder ids also accepted). */
const SAME_MOUNT: Record<string, readonly string[]> = {
  'tow-hitch': ['tow-hitch', 'tow-bar'],
};

/**
 * The catalog mount an accessory needs that this library vehicle lacks, or null when it fits (no mount needed,
 * the launch EV, or the vehicle has that mount point). An accessory without its mount is never drawn floating:
 * the panel disables it and says which mount is missing.
 */
export function missingMount(mount: string, manifest: ModelManifest | null | undefined): string | null {
  if (!manifest || mount === 'none') return null;
  const accepted = SAME_MOUNT[mount] ?? [mount];
  return manifest.mountPoints.some((p) => accepted.includes(p.id)) ? null : mount;
}
