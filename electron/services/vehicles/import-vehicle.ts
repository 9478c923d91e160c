/**
 * The import pipeline the app and the CLI run (docs/VEHICLES.md): the shop's file(s) are normalised and their parts
 * found in a worker thread (import/, parts/), and the library gets the normalised glb with a manifest of what was
 * found: one zone `body` (the exterior paint, measured at the real length) until zones are cut (issue #17).
 */
import type { ModelManifest } from '@domain/model/manifest';
import type { Message } from '@domain/vehicle/vehicle';
import { VehicleImportError } from './import/errors';
import { vehicleIO } from './import/io';
import { normaliseInWorker } from './import/normalise-in-worker';
import type { ImportVehicle, MeasureVehicle } from './library/importer';
import { VehicleRefusal } from './library/importer';
import { applyCorrections } from './parts/corrections';
import { findParts } from './parts/find-parts';
import type { PartsResult } from './parts/types';

/** The body zone's name on screen and in work orders. */
const BODY_NAME = { zh: '车身', en: 'Body' };

/** The manifest of a normalised car from what the part finder found (areas at the real length). */
export function manifestOf(parts: PartsResult, id: string, name: string): ModelManifest {
  const paint = parts.paint.meshes;
  return {
    schemaVersion: 1,
    id,
    name: { zh: name, en: name },
    file: 'model.glb',
    lengthM: parts.modelLengthM,
    zones:
      paint.length > 0
        ? [
            {
              id: 'body',
              name: BODY_NAME,
              meshes: paint,
              areaM2: round4(parts.bodyAreaM2),
              labourHours: 0,
              body: true,
            },
          ]
        : [],
    paintMaterials: parts.paint.materials,
    glass: { meshes: parts.glass.meshes, windowSets: {} },
    wheels: { nodes: parts.wheels.nodes, rims: {}, calipers: parts.wheels.calipers, discs: [], sizes: [] },
    lights: {},
    brightTrim: [],
    accessories: {},
    mountPoints: parts.mounts.map((m) => ({ id: m.id, position: m.position })),
    hiddenByDefault: [],
  };
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** What staff are told about a car's parts beyond the guesses: mounts the shape does not allow, no paint found. */
function partWarnings(parts: PartsResult): Message[] {
  const out: Message[] = parts.missingMounts.map((m) => m.reason);
  if (parts.paint.meshes.length === 0) out.push({ key: 'library.noPaintFound' });
  return out;
}

/** Imports a shop's car: normalise + find parts off the main thread; refusals become `VehicleRefusal`s. */
export const importVehicle: ImportVehicle = async (files, options) => {
  try {
    const { glb, report, parts } = await normaliseInWorker(files, { ...options, findParts: true });
    if (!parts) throw new Error('the import worker did not find the parts');
    const name =
      files.find((f) => /\.(glb|gltf)$/i.test(f.name))?.name.replace(/\.(glb|gltf)$/i, '') ?? 'car';
    return {
      glb,
      manifest: manifestOf(parts, report.source.sha256, name),
      report: {
        ...report,
        guesses: [...report.guesses, ...parts.guesses],
        warnings: [...report.warnings, ...partWarnings(parts)],
      },
      lengthMm: report.lengthMm.value,
      bodyAreaM2: round4(parts.bodyAreaM2),
      name,
    };
  } catch (e) {
    if (e instanceof VehicleImportError) throw new VehicleRefusal(e.reason);
    throw e;
  }
};

/** Measures a stored car again at its (new) real length with the staff corrections applied. */
export const measureVehicle: MeasureVehicle = async (input) => {
  const document = await (await vehicleIO()).readBinary(input.glb);
  const found = findParts(document, { lengthM: input.lengthMm / 1000 });
  const parts = applyCorrections(found, input.corrections);
  const manifest = manifestOf(parts, input.manifest.id, input.manifest.name.en);
  return {
    manifest: { ...manifest, name: input.manifest.name },
    bodyAreaM2: round4(parts.bodyAreaM2),
    warnings: partWarnings(parts),
  };
};
