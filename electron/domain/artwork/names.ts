import type { ImageMime } from './header';

/** File extension main gives each accepted image type (the header decides, not the name). */
export const EXTENSION_OF: Record<ImageMime, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/webp': '.webp',
};

/** Extensions a name may already carry for each type (kept when they match). */
const KNOWN_EXTENSIONS: Record<ImageMime, string[]> = {
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg', '.jpe'],
  'image/webp': ['.webp'],
};

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_STEM = 100;

/**
 * A safe file name for artwork stored in the artwork folder: no folders, control or reserved characters,
 * no leading dots, not a Windows device name, at most 100 characters before an extension that matches
 * the image's real type. Chinese and other letters are kept.
 */
export function safeArtworkName(original: string, mime: ImageMime): string {
  const base = original.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot).toLowerCase() : '';
  const keepExt = KNOWN_EXTENSIONS[mime].includes(ext);
  let stem = (dot > 0 && (keepExt || /^\.[a-z0-9]{1,5}$/i.test(ext)) ? base.slice(0, dot) : base)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f<>:"|?*\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  stem = [...stem].slice(0, MAX_STEM).join('').trim();
  if (stem === '' || WINDOWS_RESERVED.test(stem)) stem = stem === '' ? 'artwork' : `${stem}-artwork`;
  return `${stem}${keepExt ? ext : EXTENSION_OF[mime]}`;
}

/** First of `name`, `stem-2.ext`, `stem-3.ext`, ... that `taken` does not hold (case-insensitive). */
export function uniqueName(name: string, taken: (candidate: string) => boolean): string {
  if (!taken(name)) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!taken(candidate)) return candidate;
  }
}
