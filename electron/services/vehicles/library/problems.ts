import { vehicleText } from '@contract/i18n';
import type { Message } from '@domain/vehicle/vehicle';
import vehicles from '@domain/vehicle/vehicles.json' with { type: 'json' };

/**
 * The library's sentences for staff and customers, as `Message`s: keys under `library.` in
 * electron/domain/vehicle/vehicles.json (zh-CN and en), with an English text for logs and the CLI.
 */
export const LIBRARY_MESSAGES = vehicles.en.library;

/** A library sentence key (without the `library.` prefix). */
export type LibraryMessageKey = keyof typeof LIBRARY_MESSAGES;

/** Builds the `Message` for a library sentence. */
export function libraryMessage(key: LibraryMessageKey, values?: Record<string, string | number>): Message {
  return values === undefined ? { key: `library.${key}` } : { key: `library.${key}`, values };
}

/** The English text of a Message (logs, CLI, `RefusedError` messages); unknown keys show as the key. */
export function messageText(message: Message): string {
  return vehicleText(message);
}
