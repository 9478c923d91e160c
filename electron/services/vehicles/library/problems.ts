import type { Message } from '@domain/vehicle/vehicle';

/**
 * The library's sentences for staff and customers, as `Message`s: keys under `library.` in
 * renderer/src/i18n/vehicles.json (zh-CN and en), with an English text for logs and the CLI.
 */
export const LIBRARY_MESSAGES = {
  modelMissing: 'The model file model.glb is missing from this vehicle; import the car again.',
  modelUnreadable: 'The model file could not be read ({{reason}}); import the car again.',
  modelTruncated:
    'The model file is incomplete: it should have {{declared}} bytes but has {{got}}; import the car again.',
  modelNotGlb: 'The model file is not a GLB file; import the car again.',
  modelHashMismatch:
    'The model file is not the one this vehicle was saved with (its SHA-256 differs); import the car again.',
  recordMissing: 'The vehicle description vehicle.json is missing; import the car again.',
  recordUnreadable: 'The vehicle description vehicle.json cannot be read ({{reason}}); import the car again.',
  recordInvalid:
    'The vehicle description vehicle.json is not valid at {{path}}: {{reason}}; import the car again.',
  recordNewer:
    'This vehicle was saved by a newer version of the app (format {{version}}); update the app to use it.',
  idMismatch: 'The vehicle folder name does not match the vehicle inside it; import the car again.',
  thumbnailMissing: 'No picture yet: it is made the first time the car is shown.',
  builtInMissing: 'The launch car model {{file}} is missing from the app; reinstall the app.',
  builtInInvalid: 'The launch car manifest {{file}} is not valid ({{reason}}); reinstall the app.',
  notFound: 'There is no vehicle {{id}} in this shop’s library.',
  damaged: 'This vehicle is damaged and cannot be opened: {{reason}}',
  builtInFixed: 'The launch car is part of the app: it cannot be removed and its model cannot be changed.',
  importCancelled: 'The import was cancelled.',
  importBusy: 'An import with this id is already running.',
  thumbnailNotPng: 'The picture is not a PNG image ({{reason}}).',
  passThrough:
    'Imported as given, without finding the parts: paint, glass and wheels are not known yet and the body area is 0.',
  passThroughGlbOnly: 'This import takes a single .glb file (got {{files}}).',
  glbUnreadable: 'The file {{file}} cannot be read as a glTF model: {{reason}}',
  lengthUnknown:
    'The length of the car in the file is {{lengthMm}} mm, which is not a car; give the real length in mm.',
  areaNotRemeasured: 'The corrections were saved, but the body area was not measured again.',
} as const;

/** A library sentence key (without the `library.` prefix). */
export type LibraryMessageKey = keyof typeof LIBRARY_MESSAGES;

/** Builds the `Message` for a library sentence. */
export function libraryMessage(key: LibraryMessageKey, values?: Record<string, string | number>): Message {
  return values === undefined ? { key: `library.${key}` } : { key: `library.${key}`, values };
}

/** The English text of a Message (logs, CLI, `RefusedError` messages); unknown keys show as the key. */
export function messageText(message: Message): string {
  const key = message.key.startsWith('library.') ? message.key.slice('library.'.length) : message.key;
  const template = (LIBRARY_MESSAGES as Record<string, string>)[key] ?? message.key;
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) =>
    String(message.values?.[name] ?? `{{${name}}}`),
  );
}
