import { join } from 'node:path';
import { messagesText } from '@contract/i18n';
import { RefusedError } from '@contract/result';
import { encodeConfigurationCode } from '@domain/code/decode';
import { evaluateRules } from '@domain/index';
import QRCode from 'qrcode';
import type { Handlers } from '../app/dispatch';
import type { Services } from '../app/services';
import { readPricedLibrary } from '../vehicles/priced-vehicles';
import { ComparisonSheets } from './comparison-sheets';
import { type CatalogAccess, DraftService, type PdfPrinter } from './drafts-service';

type DraftChannel =
  | 'draft:save'
  | 'draft:list'
  | 'draft:get'
  | 'draft:open'
  | 'draft:duplicate'
  | 'draft:delete'
  | 'draft:pdf'
  | 'workorder:get'
  | 'code:decode'
  | 'code:encode'
  | 'compare:pdf'
  | 'compare:sheet';

/** Loads the printer for this runtime only (the Electron one must never load in plain Node). */
function printerFor(services: Services, pages: () => PrintPages): () => Promise<PdfPrinter> {
  let printer: Promise<PdfPrinter> | undefined;
  return () => {
    printer ??= loadPrinter(services, pages);
    return printer;
  };
}

/** What the print page may read: drafts (quote, work order) and the comparison sheet being printed. */
interface PrintPages {
  drafts: DraftService;
  sheets: ComparisonSheets;
}

async function loadPrinter(services: Services, pages: () => PrintPages): Promise<PdfPrinter> {
  if (services.printer) return services.printer();
  const { chromiumPrinter } = await import('../printing/pdf-chromium');
  return chromiumPrinter({
    rendererDir: join(services.appRoot, 'out', 'renderer'),
    log: (level, line) => services.log[level](line),
    api: async (channel, payload) => {
      const id = (payload as { id: string }).id;
      if (channel === 'draft:get') return pages().drafts.get(id);
      if (channel === 'workorder:get') return pages().drafts.workOrder(id);
      if (channel === 'compare:sheet') return pages().sheets.sheet(id);
      throw new RefusedError('unknown-channel', `the quote page may not call ${channel}`);
    },
  });
}

/** The loaded catalog, or a refusal naming what needs it. */
function catalogFor(services: Services, what: string): CatalogAccess {
  return () => {
    const state = services.catalog;
    if (!state.ok)
      throw new RefusedError('refused', `The catalog in ${state.dir} could not be loaded; ${what} need it.`);
    return state;
  };
}

/** Builds the drafts service on the process's services (catalog, data folder, today's date). */
export function createDraftService(services: Services): DraftService {
  return createPrintServices(services).drafts;
}

/** The drafts service and the comparison sheets, sharing one printer. */
function createPrintServices(services: Services): PrintPages {
  const printer = printerFor(services, () => pages);
  const drafts = new DraftService({
    dataDir: services.dataDir,
    appVersion: services.appVersion,
    storeId: services.settings.storeId,
    today: services.today,
    archiveDir: join(services.catalog.dir, 'archive'),
    catalog: catalogFor(services, 'drafts'),
    printer,
    log: services.log,
    // Library cars as pricing reads them from the data folder (until the library service offers them).
    vehicles: async () => {
      const state = services.catalog;
      if (!state.ok) return new Map();
      return (await readPricedLibrary(services.dataDir, state.catalog)).vehicles;
    },
  });
  const check = drafts.startBackgroundCheck();
  services.onStop(() => {
    check.stop();
    return check.done;
  });
  const sheets = new ComparisonSheets({
    catalog: catalogFor(services, 'comparisons'),
    today: services.today,
    storeId: services.settings.storeId,
    pdfDir: drafts.store.pdfDir,
    printer,
    dataDir: services.dataDir,
  });
  const pages: PrintPages = { drafts, sheets };
  return pages;
}

/** Handlers for order drafts, configuration codes, PDF quotes and work orders. */
export function draftHandlers(services: Services): Pick<Handlers, DraftChannel> {
  const { drafts, sheets } = createPrintServices(services);
  return {
    'draft:save': (req) => drafts.save(req),
    'draft:list': (req) => drafts.list(req),
    'draft:get': ({ id }) => drafts.get(id),
    'draft:open': ({ id }) => drafts.open(id),
    'draft:duplicate': ({ id }) => drafts.duplicate(id),
    'draft:delete': ({ id }) => drafts.delete(id),
    'draft:pdf': async ({ id, language, document }) => {
      const { file, pdf } = await drafts.pdf(id, language, document ?? 'quote');
      return { file, bytes: pdf.length, pdfBase64: pdf.toString('base64') };
    },
    'workorder:get': ({ id }) => drafts.workOrder(id),
    'compare:pdf': async ({ a, b, language, pictures }) => {
      const { file, pdf } = await sheets.pdf(a, b, language, pictures);
      return { file, bytes: pdf.length, pdfBase64: pdf.toString('base64') };
    },
    'compare:sheet': ({ id }) => sheets.sheet(id),
    'code:decode': ({ code }) => drafts.decode(code),
    'code:encode': async ({ configuration }) => {
      const state = services.catalog;
      if (!state.ok) throw new RefusedError('refused', 'The catalog could not be loaded; codes need it.');
      const rules = evaluateRules(state.catalog, configuration, {
        zones: state.zones,
        date: services.today(),
      });
      if (!rules.valid) {
        const why = messagesText(rules.violations);
        throw new RefusedError(
          'refused',
          `No code for a configuration the rules refuse: ${why}`,
          rules.violations,
        );
      }
      const code = encodeConfigurationCode(configuration, state.catalog);
      return {
        code,
        qrSvg: await QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }),
      };
    },
  };
}
