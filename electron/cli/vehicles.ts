import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import {
  BodyStyle,
  LengthMm,
  ModelYear,
  VehicleMake,
  VehicleModelName,
  VehicleName,
} from '@domain/vehicle/vehicle';
import { defaultUserDataDir, resolveDataDir } from '@services/app/paths';
import { SETTINGS_FILE, Settings } from '@services/app/settings';
import { DEFAULT_CATALOG_DIR } from '@services/catalog/load';
import { type ImportVehicle, type VehicleFile, VehicleRefusal } from '@services/vehicles/library/importer';
import { LibraryRefusal, VehicleLibrary } from '@services/vehicles/library/library';
import { passThroughImport } from '@services/vehicles/library/pass-through';
import { messageText } from '@services/vehicles/library/problems';
import type { z } from 'zod';
import { parse } from './drafts';
import type { CliResult } from './result';

/** Usage lines of the vehicle library commands. */
export const VEHICLE_USAGE = [
  '  cli import-vehicle <file.glb | file.gltf side-files... | folder> [--length-mm N] [--name text] [--make text]',
  '      [--model text] [--year N] [--body-style sedan|hatchback|suv|coupe|wagon|mpv|pickup|van|convertible] [--data folder]',
  '  cli vehicles [--data folder]',
];

const fail = (message: string, code = 1): CliResult => ({ code, stderr: `error: ${message}` });

/** Options of the library commands (`--catalog` finds the launch EV's models folder beside it). */
export interface VehicleCliOptions {
  /** The import pipeline; TODO(issue #16): the spec's importVehicle() once merged. */
  importVehicle?: ImportVehicle;
}

/**
 * The app's data folder, as the app would find it: `dataDir` of settings.json in the user-data folder
 * (CONFIGURATOR_USER_DATA overrides), `data` when the file is absent or invalid (never moved aside from here).
 */
export function appDataDir(): string {
  const userData = defaultUserDataDir();
  const file = join(userData, SETTINGS_FILE);
  let dataDir = Settings.parse({}).dataDir;
  if (existsSync(file)) {
    try {
      const parsed = Settings.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (parsed.success) dataDir = parsed.data.dataDir;
    } catch {
      // An unreadable settings file: the app would use the default too.
    }
  }
  return resolveDataDir(userData, dataDir);
}

async function openLibrary(data: string | undefined, options: VehicleCliOptions): Promise<VehicleLibrary> {
  const library = new VehicleLibrary({
    dataDir: resolve(data ?? appDataDir()),
    modelsDir: join(DEFAULT_CATALOG_DIR, '..', 'models'),
    importVehicle: options.importVehicle ?? passThroughImport,
  });
  await library.open();
  return library;
}

/** `vehicles`: the library as JSON; damaged entries carry `reason` in English. */
export async function vehiclesCommand(
  args: readonly string[],
  options: VehicleCliOptions = {},
): Promise<CliResult> {
  const p = parse(args, ['data']);
  if (typeof p === 'string') return fail(p, 2);
  if (p.positional.length > 0)
    return fail(`unexpected argument "${p.positional[0]}"; usage: cli vehicles [--data folder]`, 2);
  const library = await openLibrary(p.options.get('data'), options);
  const vehicles = (await library.list()).map((v) =>
    v.problem ? { ...v, reason: messageText(v.problem) } : v,
  );
  const damaged = vehicles.filter((v) => v.status === 'damaged');
  const why = (v: (typeof vehicles)[number]) => ('reason' in v ? v.reason : '');
  return {
    code: 0,
    stdout: JSON.stringify({ folder: library.store.paths.root, vehicles }, null, 2),
    ...(damaged.length > 0
      ? {
          stderr: `${damaged.length} damaged vehicle(s): ${damaged.map((v) => `${v.id.slice(0, 12)} ${why(v)}`).join('; ')}`,
        }
      : {}),
  };
}

/** `import-vehicle`: imports a shop's file(s) into the library through the same service as the app. */
export async function importVehicleCommand(
  args: readonly string[],
  options: VehicleCliOptions = {},
): Promise<CliResult> {
  const p = parse(args, ['length-mm', 'name', 'make', 'model', 'year', 'body-style', 'data']);
  if (typeof p === 'string') return fail(p, 2);
  if (p.positional.length === 0)
    return fail(`import-vehicle needs a model file\n${VEHICLE_USAGE.join('\n')}`, 2);
  const facts: Record<string, unknown> = {};
  const checks: [string, string, z.ZodType, (s: string) => unknown][] = [
    ['length-mm', 'lengthMm', LengthMm, Number],
    ['name', 'name', VehicleName, String],
    ['make', 'make', VehicleMake, String],
    ['model', 'model', VehicleModelName, String],
    ['year', 'year', ModelYear, Number],
    ['body-style', 'bodyStyle', BodyStyle, String],
  ];
  for (const [option, key, schema, convert] of checks) {
    const raw = p.options.get(option);
    if (raw === undefined) continue;
    const parsed = schema.safeParse(convert(raw));
    if (!parsed.success) return fail(`bad --${option} "${raw}": ${parsed.error.issues[0]?.message}`, 2);
    facts[key] = parsed.data;
  }
  const files = await readModelFiles(p.positional);
  if (typeof files === 'string') return fail(files);
  const library = await openLibrary(p.options.get('data'), options);
  const { lengthMm, ...named } = facts as { lengthMm?: number } & Parameters<VehicleLibrary['import']>[1];
  const progress: string[] = [];
  try {
    const result = await library.import(files, named, {
      ...(lengthMm === undefined ? {} : { lengthMm }),
      onProgress: ({ stage }) => {
        if (progress.at(-1) !== stage) progress.push(stage);
      },
    });
    const line = result.duplicate
      ? `already in the library as ${result.summary.id} ("${result.summary.name}"); nothing imported`
      : `imported ${result.summary.id} ("${result.summary.name}", ${result.summary.lengthMm} mm)`;
    return {
      code: 0,
      stdout: JSON.stringify({ folder: library.store.paths.root, ...result }, null, 2),
      stderr: line,
    };
  } catch (error) {
    if (error instanceof VehicleRefusal || error instanceof LibraryRefusal)
      return fail(messageText(error.problem));
    throw error;
  }
}

/**
 * The files as given: each file by its name; a folder gives all its files, named relative to it (a .gltf and its
 * side files); several files are named relative to the first one's folder.
 */
async function readModelFiles(paths: readonly string[]): Promise<VehicleFile[] | string> {
  const out: VehicleFile[] = [];
  const base = dirname(resolve(paths[0]!));
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) return `model file not found: ${path}`;
    if (info.isDirectory()) {
      for (const file of await listFiles(resolve(path))) {
        out.push({ name: relative(resolve(path), file).split(sep).join('/'), bytes: await readFile(file) });
      }
      continue;
    }
    const full = resolve(path);
    const name = paths.length === 1 ? basename(full) : relative(base, full).split(sep).join('/');
    if (name.startsWith('..')) return `side file ${path} is not in the folder of ${paths[0]} (or below it)`;
    out.push({ name, bytes: await readFile(full) });
  }
  if (out.length === 0) return `no files in ${paths.join(', ')}`;
  return out;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
