import { messageText } from '@contract/i18n';
import type { CatalogError } from '@domain/catalog/catalog-error';

/** One catalog problem as a line of English for the logs and the CLI: file, JSON path, reason. */
export const problemLine = (e: CatalogError): string => `${e.file} ${e.path}: ${messageText(e.message)}`;

/** "N problem(s); first: <line>", for a one-line refusal or warning. */
export const problemsSummary = (errors: readonly CatalogError[]): string =>
  `${errors.length} problem(s); first: ${errors[0] ? problemLine(errors[0]) : 'none'}`;

/** Every problem with its reason as English text (the CLI's JSON output, for the person editing the files). */
export const problemsAsText = (errors: readonly CatalogError[]) =>
  errors.map((e) => ({ file: e.file, path: e.path, message: messageText(e.message) }));
