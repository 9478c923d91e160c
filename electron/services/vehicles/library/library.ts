import { readFile } from 'node:fs/promises';
import { readImageHeader } from '@domain/artwork/header';
import type { ModelManifest } from '@domain/model/manifest';
import {
  type BodyStyle,
  BUILT_IN_VEHICLE_ID,
  type ImportReport,
  type Message,
  type PartAssignment,
  summaryOf,
  VEHICLE_SCHEMA_VERSION,
  VehicleRecord,
  type VehicleSummary,
} from '@domain/vehicle/vehicle';
import { sha256Hex } from '../../app/file-hash';
import { BuiltInVehicle } from './built-in';
import {
  type ImportOptions,
  type ImportVehicle,
  type MeasureVehicle,
  scaleByLength,
  sourceSha256,
  type VehicleFile,
} from './importer';
import { libraryMessage, messageText } from './problems';
import { type LibrarySweep, type StoredEntry, VehicleStore } from './store';

/** What staff may say about a car when importing or editing it. */
export interface VehicleFacts {
  name?: string;
  make?: string;
  model?: string;
  year?: number;
  bodyStyle?: BodyStyle;
}

/** A library vehicle opened for the stage: summary, manifest, report, corrections, and whether it has a thumbnail. */
export interface OpenedVehicle {
  summary: VehicleSummary;
  manifest: ModelManifest;
  report: ImportReport;
  corrections: PartAssignment[];
  thumbnail: boolean;
}

/** The answer of an import: the entry, its report, and whether the same file (or model) was already there. */
export interface ImportResult {
  summary: VehicleSummary;
  report: ImportReport;
  duplicate: boolean;
}

/** Dependencies of the library: where it lives, the import pipeline and the re-measure (injected). */
export interface VehicleLibraryOptions {
  dataDir: string;
  /** The app's models folder (assets/models): the launch EV is read from there. */
  modelsDir: string;
  importVehicle: ImportVehicle;
  /** Re-measures after a length or corrections change; defaults to scaling the areas by the length. */
  measureVehicle?: MeasureVehicle;
  now?: () => Date;
}

/** A refusal of a library request: the reason as a sentence, and the API error code to answer with. */
export class LibraryRefusal extends Error {
  constructor(
    readonly code: 'not-found' | 'refused',
    readonly problem: Message,
    text = messageText(problem),
  ) {
    super(text);
    this.name = 'LibraryRefusal';
  }
}

/**
 * The shop's vehicle library: the launch EV (built in) and the imported customer cars. Lists never throw (a bad
 * entry is listed as damaged with the reason); imports are content-addressed and deduplicated; every change is
 * atomic on disk and changes run one at a time.
 */
export class VehicleLibrary {
  readonly store: VehicleStore;
  readonly builtIn: BuiltInVehicle;
  readonly #importVehicle: ImportVehicle;
  readonly #measure: MeasureVehicle;
  readonly #now: () => Date;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: VehicleLibraryOptions) {
    this.store = new VehicleStore(options.dataDir);
    this.builtIn = new BuiltInVehicle(options.modelsDir);
    this.#importVehicle = options.importVehicle;
    this.#measure = options.measureVehicle ?? scaleByLength;
    this.#now = options.now ?? (() => new Date());
  }

  /** Prepares the folder and sweeps what a crashed import or removal left behind. */
  open(): Promise<LibrarySweep> {
    return this.store.open();
  }

  /** Every vehicle: the launch EV first, then the imported ones by name; damaged ones with their problem. */
  async list(): Promise<VehicleSummary[]> {
    const [builtIn, entries] = await Promise.all([this.builtIn.detail(), this.store.entries()]);
    const imported = entries
      .map((e) => e.summary)
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id));
    const builtInSummary = { ...builtIn.summary };
    if (builtInSummary.status === 'ok' && !(await this.store.hasThumbnail(BUILT_IN_VEHICLE_ID))) {
      builtInSummary.problem = libraryMessage('thumbnailMissing');
    }
    return [builtInSummary, ...imported];
  }

  /** One vehicle for the stage; refuses an unknown id (`not-found`) or a damaged entry (`refused`, with the reason). */
  async get(id: string): Promise<OpenedVehicle> {
    if (id === BUILT_IN_VEHICLE_ID) {
      const detail = await this.builtIn.detail();
      if (detail.summary.status !== 'ok' || !detail.manifest) throw damagedRefusal(detail.summary);
      const thumbnail = await this.store.hasThumbnail(id);
      return { ...detail, manifest: detail.manifest, corrections: [], thumbnail };
    }
    const entry = await this.#ok(id);
    const { record } = entry;
    return {
      summary: entry.summary,
      manifest: record.manifest,
      report: record.report,
      corrections: record.corrections,
      thumbnail: entry.thumbnail,
    };
  }

  /**
   * Imports files into the library. The same files as an existing sound entry answer that entry (`duplicate`)
   * without running the importer; otherwise the importer runs, and its glb's SHA-256 names the new entry (a model
   * already in the library is a duplicate too). A damaged entry of that id is replaced.
   */
  async import(files: VehicleFile[], facts: VehicleFacts, options: ImportOptions): Promise<ImportResult> {
    const source = sourceSha256(files);
    const existing = (await this.store.entries()).find((e) => e.record?.sourceSha256 === source);
    if (existing?.record && existing.summary.status === 'ok') {
      return { summary: existing.summary, report: existing.record.report, duplicate: true };
    }
    const imported = await this.#importVehicle(files, options);
    options.signal?.throwIfAborted();
    const id = sha256Hex(imported.glb);
    const report: ImportReport = {
      ...imported.report,
      source: {
        files: files.map((f) => f.name),
        bytes: files.reduce((n, f) => n + f.bytes.length, 0),
        sha256: source,
      },
    };
    const record = VehicleRecord.parse({
      schemaVersion: VEHICLE_SCHEMA_VERSION,
      id,
      modelSha256: id,
      sourceSha256: source,
      name: facts.name ?? (imported.name?.trim().slice(0, 80) || undefined) ?? defaultName(files),
      ...(facts.make === undefined ? {} : { make: facts.make }),
      ...(facts.model === undefined ? {} : { model: facts.model }),
      ...(facts.year === undefined ? {} : { year: facts.year }),
      bodyStyle: facts.bodyStyle ?? imported.bodyStyle ?? 'sedan',
      kind: 'service',
      lengthMm: imported.lengthMm,
      bodyAreaM2: imported.bodyAreaM2,
      importedAt: this.#now().toISOString(),
      manifest: { ...imported.manifest, id, file: 'model.glb' },
      report,
      corrections: [],
    });
    return this.#serial(async () => {
      const there = await this.store.entry(id);
      if (there?.record && there.summary.status === 'ok') {
        return { summary: there.summary, report: there.record.report, duplicate: true };
      }
      options.signal?.throwIfAborted();
      await this.store.commit(record, imported.glb);
      const summary = summaryOf(record);
      summary.problem = libraryMessage('thumbnailMissing');
      return { summary, report, duplicate: false };
    });
  }

  /**
   * Renames or corrects an imported vehicle. A new length or new corrections measure the body area again (the glb
   * is never rewritten: its hash is the id every configuration names). The report's length becomes `given`.
   */
  async update(
    id: string,
    changes: VehicleFacts & { lengthMm?: number; corrections?: PartAssignment[] },
  ): Promise<{ summary: VehicleSummary; report: ImportReport }> {
    if (id === BUILT_IN_VEHICLE_ID) throw builtInRefusal();
    return this.#serial(async () => {
      const entry = await this.#ok(id);
      let record = { ...entry.record };
      for (const key of ['name', 'make', 'model', 'year', 'bodyStyle'] as const) {
        if (changes[key] !== undefined) record = { ...record, [key]: changes[key] };
      }
      const lengthChanged = changes.lengthMm !== undefined && changes.lengthMm !== record.lengthMm;
      const correctionsChanged =
        changes.corrections !== undefined &&
        JSON.stringify(changes.corrections) !== JSON.stringify(record.corrections);
      if (lengthChanged || correctionsChanged) {
        const lengthMm = changes.lengthMm ?? record.lengthMm;
        const corrections = changes.corrections ?? record.corrections;
        const glb = new Uint8Array(await readFile(this.store.paths.model(id)));
        const measured = await this.#measure({
          glb,
          manifest: record.manifest,
          lengthMm,
          previousLengthMm: record.lengthMm,
          bodyAreaM2: record.bodyAreaM2,
          corrections,
          correctionsChanged,
        });
        const warnings = [...record.report.warnings, ...measured.warnings].filter(
          (w, i, all) => all.findIndex((x) => JSON.stringify(x) === JSON.stringify(w)) === i,
        );
        record = {
          ...record,
          lengthMm,
          corrections,
          bodyAreaM2: measured.bodyAreaM2,
          manifest: { ...measured.manifest, id, file: 'model.glb' },
          report: {
            ...record.report,
            lengthMm: lengthChanged ? { value: lengthMm, from: 'given' } : record.report.lengthMm,
            warnings,
          },
        };
      }
      const checked = VehicleRecord.parse(record);
      await this.store.writeRecord(checked);
      const summary = summaryOf(checked);
      if (!entry.thumbnail) summary.problem = libraryMessage('thumbnailMissing');
      return { summary, report: checked.report };
    });
  }

  /** Removes an imported vehicle (damaged ones too); never the launch EV. */
  async remove(id: string): Promise<void> {
    if (id === BUILT_IN_VEHICLE_ID) throw builtInRefusal();
    await this.#serial(async () => {
      if (!(await this.store.remove(id))) throw notFound(id);
    });
  }

  /** Saves the thumbnail the page rendered (a PNG) for a vehicle that is in the library. */
  async saveThumbnail(id: string, png: Uint8Array): Promise<void> {
    const header = readImageHeader(png);
    if (!header.ok || header.mime !== 'image/png') {
      const reason = header.ok ? header.mime : header.problem.en;
      throw new LibraryRefusal('refused', libraryMessage('thumbnailNotPng', { reason }));
    }
    await this.#serial(async () => {
      if (id !== BUILT_IN_VEHICLE_ID && !(await this.store.entry(id))) throw notFound(id);
      await this.store.writeThumbnail(id, png);
    });
  }

  /** An imported entry that is sound, or the refusal to answer with. */
  async #ok(id: string): Promise<StoredEntry & { record: VehicleRecord }> {
    const entry = await this.store.entry(id);
    if (!entry) throw notFound(id);
    if (entry.summary.status !== 'ok' || !entry.record) throw damagedRefusal(entry.summary);
    return entry as StoredEntry & { record: VehicleRecord };
  }

  /** Runs library changes one at a time (two imports of the same file give one entry). */
  #serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => {});
    return run;
  }
}

/** A name for a car nobody named: its file name without the extension. */
function defaultName(files: VehicleFile[]): string {
  const main = files.find((f) => /\.(glb|gltf)$/i.test(f.name)) ?? files[0];
  const base = (main?.name.split('/').pop() ?? 'vehicle').replace(/\.(glb|gltf)$/i, '').trim();
  return (base || 'vehicle').slice(0, 80);
}

const notFound = (id: string) => new LibraryRefusal('not-found', libraryMessage('notFound', { id }));

const builtInRefusal = () => new LibraryRefusal('refused', libraryMessage('builtInFixed'));

/** Opening a damaged entry: the entry's own problem, and a text that says it is damaged. */
function damagedRefusal(summary: VehicleSummary): LibraryRefusal {
  const problem = summary.problem ?? libraryMessage('modelMissing');
  return new LibraryRefusal(
    'refused',
    problem,
    messageText(libraryMessage('damaged', { reason: messageText(problem) })),
  );
}
