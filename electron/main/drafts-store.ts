import { mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from '../domain/drafts/canonical';
import { maskMobile } from '../domain/drafts/customer';
import { DRAFT_ID_PATTERN } from '../domain/drafts/id';
import type { OrderDraft } from '../domain/drafts/schema';
import { verifyDraftText } from '../domain/drafts/verify';
import { syncDir, writeFileAtomic } from './atomic-file';

/** One row of the drafts list: a draft that verifies, or a file that does not (kept, flagged, explained). */
export type DraftListEntry =
  | {
      status: 'ok';
      id: string;
      createdAt: string;
      customerName?: string;
      /** Mobile number with the middle digits hidden (138****5678). */
      customerMobile?: string;
      totalFen: number;
      trimName: { zh: string; en: string };
      storeName: { zh: string; en: string };
      configurationCode: string;
      priceListVersion: string;
    }
  | { status: 'damaged'; id: string; file: string; reason: string };

/** Thrown for a draft id that is malformed or names no saved draft. */
export class DraftNotFoundError extends Error {
  override name = 'DraftNotFoundError';
}

const FILE = /^([0-9A-Z]{26})\.json$/;

/** Age after which a leftover temporary file is certainly not a write in progress. */
const TEMP_MAX_AGE_MS = 60 * 60 * 1000;

/**
 * Order drafts on disk: `<dataDir>/drafts/<id>.json` (+ `<id>.png`, the car as rendered), written
 * atomically and never overwritten; deleted drafts move to `drafts/trash/`; PDFs go to `drafts/pdf/`.
 */
export class DraftStore {
  readonly dir: string;
  readonly trashDir: string;
  readonly pdfDir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'drafts');
    this.trashDir = join(this.dir, 'trash');
    this.pdfDir = join(this.dir, 'pdf');
  }

  /** Saves a new draft: the car image first, then the JSON, so a listed draft always has its image. */
  async save(draft: OrderDraft, carImagePng?: Uint8Array): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    if (carImagePng && draft.carImage) {
      await writeFileAtomic(join(this.dir, draft.carImage.file), carImagePng, { overwrite: false });
    }
    const path = this.jsonPath(draft.id);
    await writeFileAtomic(path, `${JSON.stringify(draft, null, 2)}\n`, { overwrite: false });
    return path;
  }

  /** Every draft file, newest first; unreadable or tampered files are listed as damaged with the reason. */
  async list(): Promise<DraftListEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    await this.sweepTemps(names);
    const ids = names
      .flatMap((n) => FILE.exec(n)?.[1] ?? [])
      .sort()
      .reverse();
    return Promise.all(ids.map((id) => this.entry(id)));
  }

  /** Removes temporary files a crash left behind (older than an hour, so no write in progress is touched). */
  private async sweepTemps(names: readonly string[]): Promise<void> {
    const cutoff = Date.now() - TEMP_MAX_AGE_MS;
    for (const name of names.filter((n) => n.startsWith('.') && n.endsWith('.tmp'))) {
      const path = join(this.dir, name);
      const info = await stat(path).catch(() => undefined);
      if (info && info.mtimeMs < cutoff) await unlink(path).catch(() => {});
    }
  }

  private async entry(id: string): Promise<DraftListEntry> {
    const file = this.jsonPath(id);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      return {
        status: 'damaged',
        id,
        file,
        reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
      };
    }
    const v = verifyDraftText(text);
    if (!v.ok) return { status: 'damaged', id, file, reason: v.reason };
    const d = v.draft;
    if (d.id !== id)
      return {
        status: 'damaged',
        id,
        file,
        reason: `the file name says ${id} but the draft inside is ${d.id}`,
      };
    const entry: DraftListEntry = {
      status: 'ok',
      id,
      createdAt: d.createdAt,
      totalFen: d.quote.totalFen,
      trimName: d.vehicle.trimName,
      storeName: d.store.name,
      configurationCode: d.configurationCode,
      priceListVersion: d.priceList.version,
    };
    if (d.customer?.name) entry.customerName = d.customer.name;
    if (d.customer?.mobile) entry.customerMobile = maskMobile(d.customer.mobile);
    return entry;
  }

  /** Reads and verifies one draft and its car image; throws DraftNotFoundError or an Error with the reason. */
  async get(id: string): Promise<{ draft: OrderDraft; carImagePng?: Buffer }> {
    const path = this.jsonPath(id);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        throw new DraftNotFoundError(`no saved draft ${id}`);
      throw e;
    }
    const v = verifyDraftText(text);
    if (!v.ok) throw new Error(`draft ${id} is damaged: ${v.reason}`);
    if (v.draft.id !== id) throw new Error(`draft ${id} is damaged: the file holds draft ${v.draft.id}`);
    const image = v.draft.carImage;
    if (!image) return { draft: v.draft };
    const png = await readFile(join(this.dir, image.file)).catch(() => undefined);
    if (!png || sha256Hex(png) !== image.sha256) return { draft: v.draft };
    return { draft: v.draft, carImagePng: png };
  }

  /** Moves a draft (JSON, image, PDFs) to the trash folder; a name already in the trash gets a time suffix. */
  async delete(id: string): Promise<void> {
    const path = this.jsonPath(id);
    if (!(await exists(path))) throw new DraftNotFoundError(`no saved draft ${id}`);
    await mkdir(this.trashDir, { recursive: true });
    const suffix = (await exists(join(this.trashDir, `${id}.json`))) ? `.${Date.now()}` : '';
    const moves: [string, string][] = [
      [join(this.dir, `${id}.png`), join(this.trashDir, `${id}${suffix}.png`)],
    ];
    for (const lang of ['zh', 'en'])
      moves.push([this.pdfPath(id, lang), join(this.trashDir, `${id}${suffix}.${lang}.pdf`)]);
    for (const [from, to] of moves) await rename(from, to).catch(() => {});
    await rename(path, join(this.trashDir, `${id}${suffix}.json`));
    await syncDir(this.dir);
    await syncDir(this.trashDir);
  }

  /** Where a draft's JSON lives; refuses anything that is not a draft id (no path tricks). */
  jsonPath(id: string): string {
    if (!DRAFT_ID_PATTERN.test(id))
      throw new DraftNotFoundError(`"${id.slice(0, 40)}" is not a draft id (26 characters, 0-9 and A-Z)`);
    return join(this.dir, `${id}.json`);
  }

  /** Where a draft's PDF quote in a language is written. */
  pdfPath(id: string, language: string): string {
    this.jsonPath(id);
    return join(this.pdfDir, `${id}.${language}.pdf`);
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
