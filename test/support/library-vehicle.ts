/**
 * Writes a library entry the way the vehicle library stores it (docs/VEHICLES.md):
 * `<data folder>/vehicles/<id>/vehicle.json` with the summary fields and the manifest (one `body` zone with
 * the measured area until zones are cut). Test-only: the library service writes real ones on import.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes `<dataDir>/vehicles/<id>/vehicle.json` for a service car of `areaM2` m² of paint. */
export function writeLibraryVehicle(
  dataDir: string,
  id: string,
  areaM2: number,
  extra: Record<string, unknown> = {},
): string {
  const dir = path.join(dataDir, 'vehicles', id);
  mkdirSync(dir, { recursive: true });
  const record = {
    schemaVersion: 1,
    id,
    modelSha256: id,
    name: 'Roma coupe',
    bodyStyle: 'coupe',
    kind: 'service',
    lengthMm: 4656,
    bodyAreaM2: areaM2,
    builtIn: false,
    status: 'ok',
    importedAt: '2026-11-20T08:00:00.000Z',
    sourceSha256: 'f'.repeat(64),
    manifest: {
      schemaVersion: 1,
      id,
      name: { zh: 'Roma coupe', en: 'Roma coupe' },
      file: 'model.glb',
      lengthM: 4.656,
      zones: [
        {
          id: 'body',
          name: { zh: '车身', en: 'Body' },
          meshes: ['mesh-3'],
          areaM2,
          labourHours: 0,
          body: true,
        },
      ],
      paintMaterials: ['black paint'],
      glass: { meshes: [], windowSets: {} },
      wheels: { nodes: [] },
      mountPoints: [{ id: 'roof', position: [0, 1.3, -0.2] }],
    },
    ...extra,
  };
  const file = path.join(dir, 'vehicle.json');
  writeFileSync(file, JSON.stringify(record));
  return file;
}
