import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DraftListResponse, DraftSummary } from '@contract/drafts-contract';
import { messagesText, messageText } from '@contract/i18n';
import { RefusedError } from '@contract/result';
import { type CodeNotice, decodeConfigurationCode } from '@domain/code/decode';
import type { Configuration } from '@domain/configuration';
import { buildDraft, DraftInputError } from '@domain/drafts/build';
import { newDraftId } from '@domain/drafts/id';
import type { Customer, OrderDraft } from '@domain/drafts/schema';
import { buildWorkOrder, type WorkOrder } from '@domain/drafts/workorder';
import type { Catalog, ZoneTable } from '@domain/index';
import { priceQuote } from '@domain/index';
import { configurationAsText } from '@domain/vehicle/not-here';
import type { PricedVehicle } from '@domain/vehicle/record';
import QRCode from 'qrcode';
import { writeFileAtomic } from '../app/atomic-file';
import { sha256Hex } from '../app/file-hash';
import { loadCatalogArchive } from '../catalog/catalog-archive';
import { libraryCarOf } from '../vehicles/priced-vehicles';
import { cleanCarImage, decodeCarImage, pngDataUrl } from './car-image';
import { type CheckReport, checkDrafts } from './drafts-check';
import { DraftNotFoundError, DraftStore, type StoreLog } from './drafts-store';

const NO_VEHICLES: ReadonlyMap<string, PricedVehicle> = new Map();

/** The catalog main prices with (throws a RefusedError when it failed to load). */
export type CatalogAccess = () => { catalog: Catalog; zones: ZoneTable; hash: string };

/** A printable page of the quote renderer entry: a draft's quote or work order, or a comparison sheet. */
export type PrintDocument = 'quote' | 'workorder' | 'comparison';

/** Prints a page of the quote renderer entry to PDF (Electron printToPDF or Chromium page.pdf). */
export type PdfPrinter = ((page: {
  id: string;
  language: 'zh' | 'en';
  document: PrintDocument;
}) => Promise<Buffer>) & { close?: () => Promise<void> };

/** What the drafts service needs from the process that hosts it. */
export interface DraftDeps {
  dataDir: string;
  appVersion: string;
  /** The machine's store (settings) when the configuration names none. */
  storeId: string;
  catalog: CatalogAccess;
  today: () => string;
  /** Folder of archived catalogs (older price lists). */
  archiveDir: string;
  printer?: () => Promise<PdfPrinter>;
  now?: () => Date;
  /** Where the store reports what it cleaned at startup and damage it found (the app log). */
  log?: StoreLog;
  /** The shop's library cars pricing can use, by id (`readPricedLibrary`); absent = the launch EV only. */
  vehicles?: () => Promise<ReadonlyMap<string, PricedVehicle>>;
}

/** What `draft:list` asks: an optional search and one page (from 0) of at most `limit` rows. */
export interface ListRequest {
  query?: string;
  from?: string;
  to?: string;
  page?: number;
  limit?: number;
}

/** What `draft:save` needs; prices are never accepted, main re-prices the configuration. */
export interface SaveRequest {
  configuration: Configuration;
  customer?: Customer;
  pickup?: { store: string; date: string };
  carImagePng?: string;
}

/** The answer to a save or duplicate: where the draft is and what the customer takes away. */
export type { DraftSummary } from '@contract/drafts-contract';

/** Order drafts for both transports: save, list, read, reopen, copy, delete, decode codes, print. */
export class DraftService {
  readonly store: DraftStore;
  private archive?: Promise<Catalog[]>;

  constructor(private readonly deps: DraftDeps) {
    this.store = new DraftStore(deps.dataDir, deps.log);
  }

  /**
   * Opens the store now (startup cleanup of interrupted saves, index loaded and matched to the folder) and
   * runs the background check `delayMs` later; `stop` ends the check between two files.
   */
  startBackgroundCheck(delayMs = 10_000): { stop: () => void; done: Promise<CheckReport | undefined> } {
    let stopped = false;
    let wake: (() => void) | undefined;
    const log = this.deps.log;
    const failed = (e: unknown) => {
      log?.warn(`drafts: background check failed: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    };
    const done = this.store
      .open()
      .then(
        () =>
          new Promise<void>((resolve) => {
            if (stopped) return resolve();
            wake = resolve;
            setTimeout(resolve, delayMs).unref();
          }),
      )
      .then(() =>
        stopped ? undefined : checkDrafts(this.store, { ...(log ? { log } : {}), stopped: () => stopped }),
      )
      .catch(failed);
    return {
      stop: () => {
        stopped = true;
        wake?.();
      },
      done,
    };
  }

  /** The library car a configuration is for (undefined for the launch EV); refused when not in this shop. */
  private async vehicleFor(catalog: Catalog, c: Configuration): Promise<PricedVehicle | undefined> {
    if (typeof c.vehicle !== 'object') return undefined;
    return libraryCarOf(catalog, c, (await this.deps.vehicles?.()) ?? NO_VEHICLES);
  }

  /** Prices the configuration in main and saves it as a new draft. */
  async save(req: SaveRequest, duplicateOf?: { id: string; png?: Buffer }): Promise<DraftSummary> {
    const { catalog, zones: launchZones, hash } = this.deps.catalog();
    const date = this.deps.today();
    const store = req.configuration.store ?? this.deps.storeId;
    const car = await this.vehicleFor(catalog, req.configuration);
    const zones = car?.zones ?? launchZones;
    const vehicle = car ? { vehicle: car.vehicle } : {};
    const priced = priceQuote(catalog, req.configuration, { date, store, zones, ...vehicle });
    if (!priced.ok) {
      const reasons = messagesText(priced.reasons);
      throw new RefusedError(
        'refused',
        `The configuration cannot be quoted, so no draft was saved: ${reasons}`,
        priced.reasons,
      );
    }
    let png = duplicateOf?.png;
    if (req.carImagePng !== undefined) {
      const image = decodeCarImage(req.carImagePng);
      if (!image.ok) throw new RefusedError('invalid-payload', image.reason);
      png = image.png;
    }
    const now = (this.deps.now ?? (() => new Date()))();
    const id = newDraftId({ now: () => now.getTime(), randomBytes: (n) => randomBytes(n) });
    let draft: OrderDraft;
    try {
      draft = buildDraft({
        id,
        createdAt: now,
        appVersion: this.deps.appVersion,
        catalog,
        catalogHash: hash,
        configuration: req.configuration,
        quote: priced.quote,
        ...vehicle,
        ...(req.customer ? { customer: req.customer } : {}),
        ...(req.pickup ? { pickup: req.pickup } : {}),
        ...(png ? { carImage: { file: `${id}.png`, sha256: sha256Hex(png), bytes: png.length } } : {}),
        ...(duplicateOf ? { duplicateOf: duplicateOf.id } : {}),
      });
    } catch (e) {
      if (e instanceof DraftInputError) throw new RefusedError('invalid-payload', e.message);
      throw e;
    }
    const file = await this.store.save(draft, png);
    return {
      id,
      file,
      createdAt: draft.createdAt,
      configurationCode: draft.configurationCode,
      totalFen: draft.quote.totalFen,
      validUntil: draft.validUntil,
    };
  }

  /** One page of the saved drafts matching a search, newest first, damaged files flagged. */
  async list(req: ListRequest = {}): Promise<DraftListResponse> {
    const page = req.page ?? 0;
    const limit = req.limit ?? 50;
    const query = {
      ...(req.query ? { text: req.query } : {}),
      ...(req.from ? { from: req.from } : {}),
      ...(req.to ? { to: req.to } : {}),
    };
    return { ...(await this.store.list(query, page, limit)), page, limit };
  }

  /** A verified draft with its car image and the QR code of its configuration code. */
  async get(id: string): Promise<{ draft: OrderDraft; carImage?: string; qrSvg: string; file: string }> {
    const { draft, carImagePng } = await this.read(id);
    const qrSvg = await QRCode.toString(draft.configurationCode, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 1,
    });
    return {
      draft,
      qrSvg,
      file: this.store.jsonPath(id),
      ...(carImagePng ? { carImage: pngDataUrl(carImagePng) } : {}),
    };
  }

  /** The configuration to load into the configurator, carried over to today's price list with notices. */
  async open(id: string): Promise<{ id: string; configuration: Configuration; notices: CodeNotice[] }> {
    const { draft } = await this.read(id);
    const decoded = await this.decode(draft.configurationCode).catch((e: unknown) => {
      if (!(e instanceof RefusedError)) throw e;
      throw new RefusedError(
        'refused',
        `Draft ${id} cannot be reopened with today's catalog: ${e.message}`,
        e.details,
      );
    });
    return { id, configuration: decoded.configuration, notices: decoded.notices };
  }

  /** Saves a copy of a draft (same configuration, customer, pickup and image), priced today. */
  async duplicate(id: string): Promise<DraftSummary> {
    const { draft, carImagePng } = await this.read(id);
    const opened = await this.open(id);
    const req: SaveRequest = { configuration: opened.configuration };
    if (draft.customer) req.customer = draft.customer;
    if (draft.pickup && draft.pickup.date >= this.deps.today())
      req.pickup = { store: draft.pickup.store.id, date: draft.pickup.date };
    return this.save(req, { id, ...(carImagePng ? { png: carImagePng } : {}) });
  }

  /** Moves a draft to the trash folder. */
  async delete(id: string): Promise<{ id: string; trashed: true }> {
    await this.guard(() => this.store.delete(id));
    return { id, trashed: true };
  }

  /** Decodes a configuration code against the current and archived price lists. */
  async decode(
    code: string,
  ): Promise<{ configuration: Configuration; madeWith: string; current: boolean; notices: CodeNotice[] }> {
    const { catalog, zones } = this.deps.catalog();
    this.archive ??= loadCatalogArchive(this.deps.archiveDir).then((a) => a.catalogs);
    const library = (await this.deps.vehicles?.()) ?? NO_VEHICLES;
    const result = decodeConfigurationCode(code, {
      catalog,
      zones,
      date: this.deps.today(),
      archive: await this.archive,
      vehicles: (id) => library.get(id),
    });
    if (!result.ok) {
      // A car not in this shop: say so, and give the configuration and its text to show instead.
      const details =
        'configuration' in result
          ? {
              ...result.error,
              vehicle: result.vehicle,
              configuration: result.configuration,
              text: configurationAsText(catalog, result.configuration),
            }
          : result.error;
      throw new RefusedError('refused', messageText(result.error.message), details);
    }
    return {
      configuration: result.configuration,
      madeWith: result.madeWith,
      current: result.current,
      notices: result.notices,
    };
  }

  /** The workshop work order of a draft. */
  async workOrder(id: string): Promise<WorkOrder> {
    const { draft } = await this.read(id);
    const { catalog, zones } = this.deps.catalog();
    if (draft.vehicle.kind !== 'service') return buildWorkOrder(draft, catalog, zones);
    // A library car's zones come from its library entry; without it the draft's own lines carry the areas.
    const car = (await this.deps.vehicles?.())?.get(draft.vehicle.id);
    return buildWorkOrder(draft, catalog, car?.zones);
  }

  /** Prints the quote (or the work order) to `drafts/pdf/` and returns its path and bytes. */
  async pdf(
    id: string,
    language: 'zh' | 'en',
    document: 'quote' | 'workorder' = 'quote',
  ): Promise<{ file: string; pdf: Buffer }> {
    await this.read(id);
    if (!this.deps.printer)
      throw new RefusedError('refused', 'PDF printing is not available in this process.');
    const print = await this.deps.printer();
    const pdf = await print({ id, language, document });
    await mkdir(this.store.pdfDir, { recursive: true });
    const file =
      document === 'quote'
        ? this.store.pdfPath(id, language)
        : join(this.store.pdfDir, `${id}.workorder.${language}.pdf`);
    await writeFileAtomic(file, pdf, { overwrite: true });
    return { file, pdf };
  }

  /**
   * A verified draft, its car image re-encoded from pixels (so whatever is on disk, only pixels reach the
   * quote page and the printer); an image that no longer decodes is left out like a missing one.
   */
  private async read(id: string): Promise<{ draft: OrderDraft; carImagePng?: Buffer }> {
    const { draft, carImagePng } = await this.guard(() => this.store.get(id));
    const image = carImagePng ? cleanCarImage(carImagePng) : undefined;
    return image?.ok ? { draft, carImagePng: image.png } : { draft };
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (e instanceof DraftNotFoundError) throw new RefusedError('not-found', e.message);
      if (e instanceof Error && /is damaged/.test(e.message)) throw new RefusedError('refused', e.message);
      const errno = e instanceof Error ? (e as NodeJS.ErrnoException) : undefined;
      if (errno?.code === 'EISDIR')
        throw new RefusedError(
          'refused',
          `${errno.path ?? 'The draft file'} is a folder, not a draft file; move it out of the drafts folder.`,
        );
      throw e;
    }
  }
}
