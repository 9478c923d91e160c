/**
 * Child process for the library crash test: opens the real VehicleLibrary on a data folder (a restart after the
 * previous child's SIGKILL: it sweeps what that one left and prints "ready <staging> <trash>" removed), then runs
 * the operations of a JSON file one by one (`import <glb path>` / `remove <id>`), printing "done <op> <id>" after
 * each returns. The test SIGKILLs it at random moments.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportVehicle } from '@services/vehicles/library/importer';
import { VehicleLibrary } from '@services/vehicles/library/library';
import { passThroughImport } from '@services/vehicles/library/pass-through';

const [dataDir, modelsDir, opsFile, templateGlb] = process.argv.slice(2) as [string, string, string, string];
const ops = JSON.parse(readFileSync(opsFile, 'utf8')) as { op: 'import' | 'remove'; arg: string }[];

/**
 * The pass-through importer's answer for a small glb, reused with each file's own bytes: the large glb is stored as
 * given without parsing it, so the child's time goes to writing the entry (where a kill must land).
 */
const template = await passThroughImport([{ name: 'car.glb', bytes: readFileSync(templateGlb) }], {});
const bytesImport: ImportVehicle = async (files) => {
  const bytes = files[0]!.bytes;
  return {
    ...template,
    glb: bytes,
    report: { ...template.report, source: { ...template.report.source, bytes: bytes.length } },
  };
};

const library = new VehicleLibrary({ dataDir, modelsDir, importVehicle: bytesImport });
const swept = await library.open();
process.stdout.write(`ready ${swept.staging.length} ${swept.trash.length}\n`);
for (const { op, arg } of ops) {
  if (op === 'import') {
    const { summary } = await library.import([{ name: basename(arg), bytes: readFileSync(arg) }], {}, {});
    process.stdout.write(`done import ${summary.id} ${Math.round(performance.now())}\n`);
  } else {
    await library.remove(arg);
    process.stdout.write(`done remove ${arg} ${Math.round(performance.now())}\n`);
  }
}
process.stdout.write('finished\n');
