import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { messagesText } from '@contract/i18n';
import { RefusedError } from '@contract/result';
import type { Configuration } from '@domain/configuration';
import { newDraftId } from '@domain/drafts/id';
import {
  buildComparisonSheet,
  type ComparisonSheet,
  compareConfigurations,
} from '@domain/pricing/compare-sheet';
import { writeFileAtomic } from '../app/atomic-file';
import { sideVehicles } from '../vehicles/priced-vehicles';
import { decodeCarImage, pngDataUrl } from './car-image';
import type { CatalogAccess, PdfPrinter } from './drafts-service';

/** Each option's car picture as a clean PNG data URL (see `cleanCarImage`); a side without one prints none. */
export type SheetPictures = { a?: string; b?: string };

/** A sheet being printed with its pictures (what `compare:sheet` answers). */
export interface PrintingSheet {
  sheet: ComparisonSheet;
  pictures: SheetPictures;
}

/** Re-encodes the page's pictures (only pixels reach the printing browser); a bad one refuses the sheet. */
function cleanPictures(pictures: SheetPictures | undefined): SheetPictures {
  const out: SheetPictures = {};
  for (const side of ['a', 'b'] as const) {
    const url = pictures?.[side];
    if (url === undefined) continue;
    const image = decodeCarImage(url);
    if (!image.ok)
      throw new RefusedError('invalid-payload', `Option ${side.toUpperCase()}'s picture: ${image.reason}`);
    out[side] = pngDataUrl(image.png);
  }
  return out;
}

/** Sheets printing at once at most (a print takes a second or two; more means something is stuck). */
const MAX_PRINTING = 8;

/** What the comparison printer needs from the process that hosts it. */
export interface ComparisonSheetDeps {
  catalog: CatalogAccess;
  today: () => string;
  /** The machine's store: heads the sheet, prices an option that names none. */
  storeId: string;
  /** Where the PDFs go (the drafts' `pdf/` folder, beside the quotes). */
  pdfDir: string;
  printer?: () => Promise<PdfPrinter>;
  now?: () => Date;
  /** The data folder whose vehicle library prices options on library cars (absent = the launch EV only). */
  dataDir?: string;
}

/**
 * The sales comparison sheet as a PDF made in main: prices both options, keeps the sheet while the print
 * page reads it (`compare:sheet`), prints it like a quote and saves it as `pdf/comparison-<id>.<lang>.pdf`.
 */
export class ComparisonSheets {
  private readonly printing = new Map<string, PrintingSheet>();

  constructor(private readonly deps: ComparisonSheetDeps) {}

  /**
   * Prices A and B today, prints their comparison in `language` (with each option's picture when given) and
   * saves it; refused with each side's reasons, or naming the side whose picture is not a clean PNG.
   */
  async pdf(
    a: Configuration,
    b: Configuration,
    language: 'zh' | 'en',
    pictures?: SheetPictures,
  ): Promise<{ id: string; file: string; pdf: Buffer }> {
    const cleaned = cleanPictures(pictures);
    const { catalog, zones } = this.deps.catalog();
    const date = this.deps.today();
    const store = this.deps.storeId;
    const dataDir = this.deps.dataDir;
    const vehicles = dataDir === undefined ? {} : await sideVehicles(dataDir, catalog, zones, a, b);
    const result = compareConfigurations(catalog, a, b, { date, zones, store, vehicles });
    if (!result.ok) {
      const why = (['a', 'b'] as const)
        .filter((side) => result.refused[side])
        .map((side) => `${side.toUpperCase()}: ${messagesText(result.refused[side]!)}`)
        .join(' | ');
      throw new RefusedError('refused', `No comparison sheet: ${why}`, result.refused);
    }
    if (!this.deps.printer)
      throw new RefusedError('refused', 'PDF printing is not available in this process.');
    if (this.printing.size >= MAX_PRINTING)
      throw new RefusedError('refused', 'Too many comparison sheets are printing; try again in a moment.');
    const sheet = buildComparisonSheet(catalog, {
      a,
      b,
      comparison: result.comparison,
      date,
      store,
      vehicles: { a: vehicles.a?.vehicle, b: vehicles.b?.vehicle },
    });
    const now = (this.deps.now ?? (() => new Date()))();
    const id = newDraftId({ now: () => now.getTime(), randomBytes: (n) => randomBytes(n) });
    this.printing.set(id, { sheet, pictures: cleaned });
    let pdf: Buffer;
    try {
      pdf = await (await this.deps.printer())({ id, language, document: 'comparison' });
    } finally {
      this.printing.delete(id);
    }
    await mkdir(this.deps.pdfDir, { recursive: true });
    const file = join(this.deps.pdfDir, `comparison-${id}.${language}.pdf`);
    await writeFileAtomic(file, pdf, { overwrite: true });
    return { id, file, pdf };
  }

  /** The sheet the print page is printing and its pictures (only while its print runs). */
  sheet(id: string): PrintingSheet {
    const sheet = this.printing.get(id);
    if (!sheet) throw new RefusedError('not-found', `No comparison sheet ${id} is being printed.`);
    return sheet;
  }
}
