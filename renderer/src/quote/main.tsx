import type { ResponseOf } from '@contract/contract';
import type { WorkOrder } from '@domain/drafts/workorder';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { call, openHostSession } from '../api';
import { setupI18n } from '../i18n';
import { ComparisonPage } from './ComparisonPage';
import { languageOf, type PrintLanguage } from './format';
import { QuotePage } from './QuotePage';
import { WorkOrderPage } from './WorkOrderPage';
import './quote.css';

declare global {
  interface Window {
    /** Renders another draft in this already-loaded page (the Chromium printer reuses one page). */
    quotePrint?: (query: string) => Promise<void>;
  }
}

let root: Root | undefined;

/**
 * Printable pages: a saved draft's quote or work order (`quote.html?id=<draft>&lang=zh|en&doc=quote|workorder`),
 * or the sales comparison sheet main is printing (`doc=comparison`, `id` from `compare:pdf`).
 * Sets `data-print-ready` on <html> to "true" once data, fonts and images are in (or "error" with the reason).
 */
async function show(params: URLSearchParams): Promise<void> {
  const html = document.documentElement;
  delete html.dataset.printReady;
  delete html.dataset.printError;
  const id = params.get('id') ?? '';
  const lang: PrintLanguage = params.get('lang') === 'en' ? 'en' : 'zh';
  const doc = params.get('doc') === 'workorder' ? 'workorder' : 'quote';
  html.lang = languageOf(lang);
  root ??= createRoot(document.getElementById('root')!);
  if (params.get('doc') === 'comparison') {
    const sheet = await call('compare:sheet', { id });
    if (!sheet.ok) return failed(sheet.error.message);
    root.render(
      <StrictMode>
        <ComparisonPage sheet={sheet.value.sheet} pictures={sheet.value.pictures} lang={lang} />
      </StrictMode>,
    );
    return ready(`Comparison ${id}`);
  }
  const got = await call('draft:get', { id });
  if (!got.ok) return failed(got.error.message);
  let order: WorkOrder | undefined;
  if (doc === 'workorder') {
    const wo = await call('workorder:get', { id });
    if (!wo.ok) return failed(wo.error.message);
    order = wo.value;
  }
  const data: ResponseOf<'draft:get'> = got.value;
  root.render(
    <StrictMode>
      {order ? (
        <WorkOrderPage order={order} draft={data.draft} lang={lang} />
      ) : (
        <QuotePage data={data} lang={lang} />
      )}
    </StrictMode>,
  );
  return ready(`${doc === 'quote' ? 'Quote' : 'Work order'} ${id}`);
}

/** Waits for the rendered page's fonts and images, then flags it ready to print. */
async function ready(title: string): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  await document.fonts.ready;
  await Promise.all(
    [...document.images].map((img) => (img.complete ? Promise.resolve() : img.decode().catch(() => {}))),
  );
  document.title = title;
  document.documentElement.dataset.printReady = 'true';
}

function failed(message: string): void {
  root?.render(<p>{message}</p>);
  document.documentElement.dataset.printError = message;
  document.documentElement.dataset.printReady = 'error';
}

const guarded = (params: URLSearchParams) =>
  show(params).catch((e: unknown) => failed(e instanceof Error ? e.message : String(e)));

setupI18n();
void openHostSession();
window.quotePrint = (query) => guarded(new URLSearchParams(query));
void guarded(new URLSearchParams(window.location.search));
