import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ModelManifest } from '@domain/model/manifest';
import { BUILT_IN_VEHICLE_ID, type ImportReport, type VehicleSummary } from '@domain/vehicle/vehicle';
import { checkGlb } from './glb-check';
import { libraryMessage } from './problems';

/** The launch EV as a library entry: its summary, manifest and a report of what the generator made. */
export interface BuiltInDetail {
  summary: VehicleSummary;
  manifest?: ModelManifest;
  report: ImportReport;
}

/**
 * The launch EV (`compact-ev`): the generated glb and manifest in the app's models folder (assets/models), read
 * in place, never copied into the data folder. A `new-car` vehicle; its body area is the sum of its body zones.
 */
export class BuiltInVehicle {
  readonly glbPath: string;
  readonly manifestPath: string;

  constructor(modelsDir: string) {
    this.glbPath = join(modelsDir, `${BUILT_IN_VEHICLE_ID}.glb`);
    this.manifestPath = join(modelsDir, `${BUILT_IN_VEHICLE_ID}.manifest.json`);
  }

  /** Reads and checks the launch EV; a missing or broken file makes it a damaged entry, never a throw. */
  async detail(): Promise<BuiltInDetail> {
    const glb = await checkGlb(this.glbPath);
    const manifest = await this.#manifest();
    const importedAt = await stat(this.glbPath).then(
      (s) => s.mtime.toISOString(),
      () => new Date(0).toISOString(),
    );
    const sha256 = glb.ok ? glb.sha256 : '0'.repeat(64);
    const lengthMm = manifest.ok ? Math.round(manifest.manifest.lengthM * 1000) : 0;
    const bodyAreaM2 = manifest.ok
      ? Math.round(manifest.manifest.zones.filter((z) => z.body).reduce((a, z) => a + z.areaM2, 0) * 10_000) /
        10_000
      : 0;
    const problem = !glb.ok
      ? libraryMessage('builtInMissing', { file: `${BUILT_IN_VEHICLE_ID}.glb` })
      : !manifest.ok
        ? manifest.problem
        : undefined;
    const summary: VehicleSummary = {
      id: BUILT_IN_VEHICLE_ID,
      modelSha256: sha256,
      name: manifest.ok ? manifest.manifest.name.en : 'Compact EV',
      bodyStyle: 'suv',
      kind: 'new-car',
      lengthMm,
      bodyAreaM2,
      builtIn: true,
      status: problem ? 'damaged' : 'ok',
      ...(problem ? { problem } : {}),
      importedAt,
    };
    const report: ImportReport = {
      source: { files: [`${BUILT_IN_VEHICLE_ID}.glb`], bytes: glb.ok ? glb.bytes : 0, sha256 },
      unit: { detected: 'm', scale: 1 },
      lengthMm: { value: lengthMm, from: 'file' },
      repairs: [],
      dropped: [],
      guesses: [],
      warnings: [],
    };
    return { summary, ...(manifest.ok ? { manifest: manifest.manifest } : {}), report };
  }

  async #manifest(): Promise<
    { ok: true; manifest: ModelManifest } | { ok: false; problem: ReturnType<typeof libraryMessage> }
  > {
    const file = `${BUILT_IN_VEHICLE_ID}.manifest.json`;
    try {
      const parsed = ModelManifest.safeParse(JSON.parse(await readFile(this.manifestPath, 'utf8')));
      if (parsed.success) return { ok: true, manifest: parsed.data };
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        problem: libraryMessage('builtInInvalid', {
          file,
          reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
        }),
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT'
        ? { ok: false, problem: libraryMessage('builtInMissing', { file }) }
        : {
            ok: false,
            problem: libraryMessage('builtInInvalid', {
              file,
              reason: error instanceof Error ? error.message : String(error),
            }),
          };
    }
  }
}
