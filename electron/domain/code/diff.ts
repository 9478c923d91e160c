import type { Localized } from '../catalog/common';
import type { Quote } from '../pricing/types';
import type { CodeNotice } from './notice';

/** Notices for every item whose amount moved between two quotes, and for the total. */
export function repriceNotices(
  before: Quote,
  after: Quote,
  money: (fen: number) => string,
  nameOf: (id: string) => Localized,
): CodeNotice[] {
  const sums = (q: Quote) => {
    const m = new Map<string, { label: Localized; fen: number }>();
    for (const l of q.lines) {
      if (l.kind === 'discount') continue;
      const key = l.item;
      const e = m.get(key);
      if (e) e.fen += l.amountFen;
      else m.set(key, { label: nameOf(l.item), fen: l.amountFen });
    }
    return m;
  };
  const a = sums(before);
  const b = sums(after);
  const notices: CodeNotice[] = [];
  for (const [item, now] of b) {
    const was = a.get(item);
    if (!was || was.fen === now.fen) continue;
    notices.push({
      kind: 'price-changed',
      item,
      message: {
        zh: `“${now.label.zh}”价格由${money(was.fen)}变为${money(now.fen)}`,
        en: `"${now.label.en}" changed from ${money(was.fen)} to ${money(now.fen)}`,
      },
    });
  }
  if (before.totalFen !== after.totalFen) {
    notices.push({
      kind: 'total-changed',
      message: {
        zh: `合计由${money(before.totalFen)}变为${money(after.totalFen)}`,
        en: `the total changed from ${money(before.totalFen)} to ${money(after.totalFen)}`,
      },
    });
  }
  return notices;
}
