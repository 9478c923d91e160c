/**
 * Why an artwork file is refused, in words a designer can act on: what is wrong, where in the file,
 * and what to do. `code` + `params` for code; `message` for people (translated where it is shown).
 */
import { type Message, type MessageKey, type MessageValue, msg } from '../messages/message';

export type ArtworkProblemCode =
  | 'empty'
  | 'not-image'
  | 'truncated'
  | 'corrupt-header'
  | 'zero-size'
  | 'too-large'
  | 'file-too-large';

/** A refused artwork file. */
export interface ArtworkProblem {
  code: ArtworkProblemCode;
  /** Where in the file the problem is (format part and byte offset), English technical text. */
  where: string;
  /** Extra values the message uses (detected kind, sizes, limits). */
  params: Record<string, string | number>;
  /** What is wrong and what to do, as a domain message (`domain.artwork.problems.…`). */
  message: Message;
}

const KEYS: Record<ArtworkProblemCode, MessageKey> = {
  empty: 'artwork.problems.empty',
  'not-image': 'artwork.problems.notImage',
  truncated: 'artwork.problems.truncated',
  'corrupt-header': 'artwork.problems.corruptHeader',
  'zero-size': 'artwork.problems.zeroSize',
  'too-large': 'artwork.problems.tooLarge',
  'file-too-large': 'artwork.problems.fileTooLarge',
};

/** What a non-image file most likely is (`not-image`'s `kind` param): a key under `domain.artwork.kinds`. */
export type FileKind =
  | 'zip'
  | 'pdf'
  | 'gif'
  | 'bmp'
  | 'tiff'
  | 'psd'
  | 'heic'
  | 'svg'
  | 'html'
  | 'json'
  | 'gzip'
  | 'rar'
  | 'text'
  | 'unknown';

/** Builds a problem: its message quotes the params, `where`, and what the file is (`kind`, for `not-image`). */
export function artworkProblem(
  code: ArtworkProblemCode,
  where: string,
  params: Record<string, string | number> = {},
): ArtworkProblem {
  const values: Record<string, MessageValue> = { ...params, where, export: msg('artwork.exportAgain') };
  if (code === 'not-image') values.kind = msg(`artwork.kinds.${params.kind as FileKind}`);
  return { code, where, params, message: msg(KEYS[code], values) };
}
