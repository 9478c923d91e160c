import { join } from 'node:path';
import QRCode from 'qrcode';
import { evaluateRules } from '../domain';
import { encodeConfigurationCode } from '../domain/code/decode';
import { RefusedError } from '../shared/result';
import type { Handlers } from './dispatch';
import { DraftService, type PdfPrinter } from './drafts-service';
import type { Services } from './services';

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
  | 'code:encode';

/** Loads the printer for this runtime only (the Electron one must never load in plain Node). */
function printerFor(services: Services, drafts: () => DraftService): () => Promise<PdfPrinter> {
  let printer: Promise<PdfPrinter> | undefined;
  return () => {
    printer ??= loadPrinter(services, drafts);
    return printer;
  };
}

async function loadPrinter(services: Services, drafts: () => DraftService): Promise<PdfPrinter> {
  if (services.runtime === 'electron') return (await import('./pdf-electron')).electronPrinter();
  const { chromiumPrinter } = await import('../host/pdf-chromium');
  return chromiumPrinter({
    rendererDir: join(services.appRoot, 'out', 'renderer'),
    api: async (channel, payload) => {
      const id = (payload as { id: string }).id;
      if (channel === 'draft:get') return drafts().get(id);
      if (channel === 'workorder:get') return drafts().workOrder(id);
      throw new RefusedError('unknown-channel', `the quote page may not call ${channel}`);
    },
  });
}

/** Builds the drafts service on the process's services (catalog, data folder, today's date). */
export function createDraftService(services: Services): DraftService {
  const service: DraftService = new DraftService({
    dataDir: services.dataDir,
    appVersion: services.appVersion,
    storeId: services.settings.storeId,
    today: services.today,
    archiveDir: join(services.catalog.dir, 'archive'),
    catalog: () => {
      const state = services.catalog;
      if (!state.ok)
        throw new RefusedError('refused', `The catalog in ${state.dir} could not be loaded; drafts need it.`);
      return state;
    },
    printer: printerFor(services, () => service),
  });
  return service;
}

/** Handlers for order drafts, configuration codes, PDF quotes and work orders. */
export function draftHandlers(services: Services): Pick<Handlers, DraftChannel> {
  const drafts = createDraftService(services);
  return {
    'draft:save': (req) => drafts.save(req),
    'draft:list': async () => ({ drafts: await drafts.list() }),
    'draft:get': ({ id }) => drafts.get(id),
    'draft:open': ({ id }) => drafts.open(id),
    'draft:duplicate': ({ id }) => drafts.duplicate(id),
    'draft:delete': ({ id }) => drafts.delete(id),
    'draft:pdf': async ({ id, language, document }) => {
      const { file, pdf } = await drafts.pdf(id, language, document ?? 'quote');
      return { file, bytes: pdf.length, pdfBase64: pdf.toString('base64') };
    },
    'workorder:get': ({ id }) => drafts.workOrder(id),
    'code:decode': ({ code }) => drafts.decode(code),
    'code:encode': async ({ configuration }) => {
      const state = services.catalog;
      if (!state.ok) throw new RefusedError('refused', 'The catalog could not be loaded; codes need it.');
      const rules = evaluateRules(state.catalog, configuration, {
        zones: state.zones,
        date: services.today(),
      });
      if (!rules.valid) {
        const why = rules.violations.map((v) => v.message.en).join('; ');
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
