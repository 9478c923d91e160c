import type { ModelManifest } from '@domain/model/manifest';
import type { ImportReport } from '@domain/vehicle/vehicle';
import { getBounds, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { sha256Hex } from '../../app/file-hash';
import { type ImportVehicle, refusal } from './importer';
import { libraryMessage } from './problems';

/** Plausible car lengths (mm) when the file's own length is taken as the real one. */
const PLAUSIBLE_MM = [3000, 6500] as const;

/**
 * Minimal importer that stores a single .glb as given, without normalising it or finding its parts (no zones, no
 * paint, body area 0; the report says so). It checks the file reads as glTF (@gltf-transform) and takes the length
 * from its bounds when plausible. TODO(issue #16): replace with the spec's `importVehicle()`
 * (electron/services/vehicles/import-vehicle.ts: normaliseVehicle + findParts in a worker); used by the app and the
 * CLI until that is merged, and by the library tests as a small real importer.
 */
export const passThroughImport: ImportVehicle = async (files, options) => {
  const [file] = files;
  if (files.length !== 1 || !file || !/\.glb$/i.test(file.name)) {
    throw refusal('passThroughGlbOnly', { files: files.map((f) => f.name).join(', ') });
  }
  options.onProgress?.({ stage: 'read', fraction: 0 });
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS);
  let lengthM: number;
  try {
    const document = await io.readBinary(file.bytes);
    const scene = document.getRoot().getDefaultScene() ?? document.getRoot().listScenes()[0];
    const { min, max } = scene ? getBounds(scene) : { min: [0, 0, 0], max: [0, 0, 0] };
    lengthM = Math.max(max[0]! - min[0]!, max[2]! - min[2]!);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw refusal('glbUnreadable', { file: file.name, reason: reason.slice(0, 300) });
  }
  options.signal?.throwIfAborted();
  const fileMm = Math.round(lengthM * 1000);
  const plausible = Number.isFinite(fileMm) && fileMm >= PLAUSIBLE_MM[0] && fileMm <= PLAUSIBLE_MM[1];
  if (options.lengthMm === undefined && !plausible) {
    throw refusal('lengthUnknown', { lengthMm: Number.isFinite(fileMm) ? fileMm : 0 });
  }
  const lengthMm = options.lengthMm ?? fileMm;
  const id = sha256Hex(file.bytes);
  const manifest: ModelManifest = {
    schemaVersion: 1,
    id,
    name: { zh: file.name, en: file.name },
    file: 'model.glb',
    lengthM: lengthM > 0 ? lengthM : lengthMm / 1000,
    zones: [],
    paintMaterials: [],
    glass: { meshes: [], windowSets: {} },
    wheels: { nodes: [], rims: {}, calipers: [], discs: [], sizes: [] },
    lights: {},
    brightTrim: [],
    accessories: {},
    mountPoints: [],
    hiddenByDefault: [],
  };
  const report: ImportReport = {
    source: { files: [file.name], bytes: file.bytes.length, sha256: id },
    unit: { detected: 'unknown', scale: 1 },
    lengthMm: { value: lengthMm, from: options.lengthMm === undefined ? 'file' : 'given' },
    repairs: [],
    dropped: [],
    guesses: [],
    warnings: [libraryMessage('passThrough')],
  };
  options.onProgress?.({ stage: 'read', fraction: 1 });
  return {
    glb: file.bytes,
    manifest,
    report,
    lengthMm,
    bodyAreaM2: 0,
    name: file.name.replace(/\.glb$/i, ''),
  };
};
