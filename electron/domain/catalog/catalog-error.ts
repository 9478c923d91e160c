import type { Message } from '../messages/message';

/** One catalog problem: which file, where in it (JSON path), and why (a `domain.catalog.…` message). */
export interface CatalogError {
  file: string;
  path: string;
  message: Message;
}
