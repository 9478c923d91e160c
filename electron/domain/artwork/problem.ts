/**
 * Why an artwork file is refused, in words a designer can act on: what is wrong, where in the file,
 * and what to do. `code` + `params` let the page translate; `en` and `zh` are ready to show.
 */
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
  en: string;
  zh: string;
}

const EXPORT_EN = 'Export it again from your design tool as PNG, JPEG or WebP.';
const EXPORT_ZH = '请在设计软件中重新导出为 PNG、JPEG 或 WebP。';

/** Builds a problem with both languages' messages. */
export function artworkProblem(
  code: ArtworkProblemCode,
  where: string,
  params: Record<string, string | number> = {},
): ArtworkProblem {
  const p = (k: string) => String(params[k] ?? '');
  const text: Record<ArtworkProblemCode, [string, string]> = {
    empty: [`The file is empty (0 bytes). ${EXPORT_EN}`, `文件为空（0 字节）。${EXPORT_ZH}`],
    'not-image': [
      `This is ${p('kind')}, not a PNG, JPEG or WebP image. ${EXPORT_EN}`,
      `该文件是${p('kindZh')}，不是 PNG、JPEG 或 WebP 图片。${EXPORT_ZH}`,
    ],
    truncated: [
      `The ${p('format')} file is cut short (${where}): it was probably not fully saved or copied. Save or copy it again.`,
      `${p('format')} 文件不完整（${where}）：可能未完整保存或复制。请重新保存或复制。`,
    ],
    'corrupt-header': [
      `The ${p('format')} header is damaged (${where}: ${p('detail')}). ${EXPORT_EN}`,
      `${p('format')} 文件头已损坏（${where}：${p('detail')}）。${EXPORT_ZH}`,
    ],
    'zero-size': [
      `The ${p('format')} image declares a size of ${p('width')} × ${p('height')} pixels; an image needs at least 1 × 1. ${EXPORT_EN}`,
      `${p('format')} 图片声明的尺寸为 ${p('width')} × ${p('height')} 像素，至少需要 1 × 1。${EXPORT_ZH}`,
    ],
    'too-large': [
      `The ${p('format')} image declares ${p('width')} × ${p('height')} pixels, more than the ${p('maxSide')} px per side / ${p('maxMegapixels')} MP this app can decode safely. Export it at a smaller size (it is downscaled for display anyway).`,
      `${p('format')} 图片声明为 ${p('width')} × ${p('height')} 像素，超出本软件可安全解码的上限（每边 ${p('maxSide')} 像素 / ${p('maxMegapixels')} 百万像素）。请以较小尺寸导出（显示时也会缩小）。`,
    ],
    'file-too-large': [
      `The file is ${p('mib')} MiB; artwork files may be at most ${p('maxMib')} MiB. Export it smaller or more compressed.`,
      `文件大小为 ${p('mib')} MiB，图稿文件最大 ${p('maxMib')} MiB。请以较小尺寸或更高压缩导出。`,
    ],
  };
  const [en, zh] = text[code];
  return { code, where, params, en, zh };
}
