import type { Document } from '@gltf-transform/core';
import { bakeTransforms } from './bake';
import { checkIndices } from './check-indices';
import { dequantize } from './dequantize';
import { refuse } from './errors';
import { extents, meshItems, unionBox } from './items';
import type { Mat4 } from './math';
import { nameNodesAndMeshes } from './names';
import { findOrientation, type Orientation } from './orient';
import { pruneUnused } from './prune';
import { readVehicleFiles } from './read';
import { splitScenery } from './scenery';
import { dropReason } from './scenery-reasons';
import { stripNonGeometry } from './strip';
import type { ImportProgress, ImportReport, Message, NormaliseOptions, VehicleFile } from './types';
import { findScale } from './units';

/** The correction that takes file space to the stage: metres, +Y up, nose +Z, lowest point on y = 0, centred x/z. */
function correction(o: Orientation, scale: number, box: { min: number[]; max: number[] }): Mat4 {
  const axis = (index: number, sign: number) => [0, 1, 2].map((a) => (a === index ? sign : 0));
  const y = axis(o.up, o.upSign);
  const z = axis(o.long, o.noseSign);
  const x = [y[1]! * z[2]! - y[2]! * z[1]!, y[2]! * z[0]! - y[0]! * z[2]!, y[0]! * z[1]! - y[1]! * z[0]!];
  const rows = [x, y, z];
  // The box maps exactly (the rotation only swaps and flips axes): centre x/z, bottom y.
  const mapped = rows.map((row) => {
    const ends = [0, 1].map(
      (end) => scale * row.reduce((sum, r, a) => sum + r * (end ? box.max[a]! : box.min[a]!), 0),
    );
    return [Math.min(...ends), Math.max(...ends)] as const;
  });
  const t = [-(mapped[0]![0] + mapped[0]![1]) / 2, -mapped[1]![0], -(mapped[2]![0] + mapped[2]![1]) / 2];
  const m: Mat4 = new Array(16).fill(0);
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 3; col++) m[col * 4 + row] = scale * rows[row]![col]!;
    m[12 + row] = t[row]!;
  }
  m[15] = 1;
  return m;
}

/**
 * Reads a shop's car file(s) and returns it normalised for the part finder and the library: decoded (Draco,
 * meshopt, quantization), repaired, every node and mesh uniquely named, scenery, cameras and lights removed, in
 * metres, +Y up, nose +Z, lowest point on y = 0, centred in x/z, node transforms baked into the vertices. Throws a
 * VehicleImportError with the reason (`import.lengthNeeded`: call again with `lengthMm`); an AbortError on abort.
 */
export async function normaliseVehicle(
  files: VehicleFile[],
  options: NormaliseOptions = {},
): Promise<{ document: Document; report: ImportReport }> {
  const { signal } = options;
  const step = (stage: ImportProgress['stage'], fraction: number) => {
    signal?.throwIfAborted();
    options.onProgress?.({ stage, fraction });
  };
  step('read', 0);
  const read = await readVehicleFiles(files, () => step('decode', 0.05));
  const { document, file } = read;
  step('repair', 0.5);
  const repairs: Message[] = [...read.repairs];
  const warnings: Message[] = [];
  const dropped: ImportReport['dropped'] = [];
  nameNodesAndMeshes(document, repairs);
  dequantize(document);
  checkIndices(document, file);
  stripNonGeometry(document, dropped, warnings);
  step('scenery', 0.6);
  const items = meshItems(document);
  if (items.length === 0) refuse('import.nothingDrawn', { file });
  const { car, drops } = splitScenery(items);
  const carBox = unionBox(car);
  const positions = new Float32Array(car.reduce((n, item) => n + item.positions.length, 0));
  let at = 0;
  for (const item of car) {
    positions.set(item.positions, at);
    at += item.positions.length;
  }
  step('orient', 0.7);
  const orientation = findOrientation(positions, carBox);
  if (!orientation.noseSure) warnings.push({ key: 'import.noseUncertain' });
  step('measure', 0.75);
  const { unit, lengthMm } = findScale(extents(carBox)[orientation.long]!, options.lengthMm);
  for (const drop of drops) {
    dropped.push({ node: drop.item.name, reason: dropReason(drop, unit.scale, orientation, carBox) });
    drop.item.node.setMesh(null);
  }
  step('bake', 0.8);
  bakeTransforms(document, correction(orientation, unit.scale, carBox), warnings);
  pruneUnused(document);
  step('bake', 0.95);
  const report: ImportReport = {
    source: read.source,
    unit,
    lengthMm,
    repairs,
    dropped,
    guesses: [],
    warnings,
  };
  return { document, report };
}
