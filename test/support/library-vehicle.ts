/**
 * Writes a library entry the way the vehicle library stores it (docs/VEHICLES.md):
 * `<data folder>/vehicles/<id>/{model.glb, vehicle.json}`, where `<id>` is the SHA-256 of the glb and the record
 * passes the library's own schema (`VehicleRecord`), so the store lists it as sound. The glb is a real, empty
 * GLB 2 (pricing reads the record's measured area, never the geometry); `seed` makes the bytes, and so the id,
 * differ between cars. Test-only: the library service writes real ones on import.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { VehicleRecord } from '@domain/vehicle/vehicle';
import { LibraryPaths } from '@services/vehicles/library/layout';

/** A GLB 2 holding only an `asset` (named by `seed`): what `checkGlb` accepts as a stored model. */
export function emptyGlb(seed: string): Uint8Array {
  let json = JSON.stringify({ asset: { version: '2.0', generator: `library-vehicle ${seed}` } });
  while (json.length % 4 !== 0) json += ' ';
  const chunk = Buffer.from(json, 'utf8');
  const header = Buffer.alloc(20);
  header.writeUInt32LE(0x46546c67, 0); // glTF
  header.writeUInt32LE(2, 4);
  header.writeUInt32LE(20 + chunk.length, 8);
  header.writeUInt32LE(chunk.length, 12);
  header.writeUInt32LE(0x4e4f534a, 16); // JSON
  return new Uint8Array(Buffer.concat([header, chunk]));
}

/**
 * Writes `<dataDir>/vehicles/<id>/` for a service car of `areaM2` m² of paint (a Roma coupe unless `extra` says
 * otherwise) and returns its id and vehicle.json path.
 */
export function writeLibraryVehicle(
  dataDir: string,
  areaM2: number,
  extra: Record<string, unknown> = {},
  seed = `${areaM2}`,
): { id: string; file: string } {
  const glb = emptyGlb(seed);
  const id = createHash('sha256').update(glb).digest('hex');
  const paths = new LibraryPaths(dataDir);
  mkdirSync(paths.entry(id), { recursive: true });
  const record = VehicleRecord.parse({
    schemaVersion: 1,
    id,
    modelSha256: id,
    sourceSha256: 'f'.repeat(64),
    name: 'Roma coupe',
    bodyStyle: 'coupe',
    kind: 'service',
    lengthMm: 4656,
    bodyAreaM2: areaM2,
    importedAt: '2026-11-20T08:00:00.000Z',
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
    report: {
      source: { files: ['lowpoly-roma.glb'], bytes: glb.byteLength, sha256: 'f'.repeat(64) },
      unit: { detected: 'm', scale: 1 },
      lengthMm: { value: 4656, from: 'file' },
      repairs: [],
      dropped: [],
      guesses: [],
      warnings: [],
    },
    corrections: [],
    ...extra,
  });
  writeFileSync(paths.model(id), glb);
  const file = paths.record(id);
  writeFileSync(file, JSON.stringify(record, null, 2));
  return { id, file };
}
