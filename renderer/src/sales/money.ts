import { formatFen } from '../panels/format';

/** A difference in fen with its sign (+¥1,200.00, −¥300.00, ¥0.00), in the app's ¥ format. */
export function formatDifference(fen: number, language: string): string {
  if (fen === 0) return formatFen(0, language);
  return `${fen > 0 ? '+' : '−'}${formatFen(Math.abs(fen), language)}`;
}
