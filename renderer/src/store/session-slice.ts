import type { AppInfo, ZoneView } from '@contract/contract';
import type { CatalogData } from '@domain/catalog/schema';
import type { Message } from '@domain/messages/message';
import type { Quote } from '@domain/pricing/types';
import type { OptionStatus } from '@domain/rules/availability';
import type { StateCreator } from 'zustand';

/** A message for the customer: the engine's reasons (domain messages), or an i18n key for our own texts. */
export type Notice = { kind: 'reasons'; reasons: Message[] } | { kind: 'key'; key: string };

/** One catalog problem to show: where (file and JSON path) and why, or why main could not be asked. */
export type CatalogProblem = { where: string; message: Message } | { text: string };

/** What main told us: the catalog, the latest quote and option statuses, and how loading went. */
export interface SessionSlice {
  appInfo: AppInfo | null;
  catalog: CatalogData | null;
  zones: ZoneView[];
  catalogState: 'loading' | 'ready' | 'error';
  /** Catalog problems as main reported them (for the support line under the friendly message). */
  catalogProblems: CatalogProblem[];
  quote: (Quote & { date: string; store: string }) | null;
  /** Why main refused to price the current configuration. */
  quoteRefusal: Message[] | null;
  /** Sequence number of the newest quote request, and of the one on screen. */
  quoteSeq: number;
  shownSeq: number;
  options: OptionStatus[];
  /** A choice in flight with main. */
  applying: boolean;
  notice: Notice | null;
  setSession: (patch: Partial<SessionData>) => void;
  setNotice: (notice: Notice | null) => void;
}

/** The data fields of the session slice. */
export type SessionData = Omit<SessionSlice, 'setSession' | 'setNotice'>;

/** The session slice. */
export const createSessionSlice: StateCreator<SessionSlice, [], [], SessionSlice> = (set) => ({
  appInfo: null,
  catalog: null,
  zones: [],
  catalogState: 'loading',
  catalogProblems: [],
  quote: null,
  quoteRefusal: null,
  quoteSeq: 0,
  shownSeq: 0,
  options: [],
  applying: false,
  notice: null,
  setSession: (patch) => set(patch),
  setNotice: (notice) => set({ notice }),
});
