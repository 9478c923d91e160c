import type { Localized } from '../catalog/common';
import { msg } from '../messages/message';
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
      message: msg('code.priceChanged', { item: now.label, was: money(was.fen), now: money(now.fen) }),
    });
  }
  if (before.totalFen !== after.totalFen) {
    notices.push({
      kind: 'total-changed',
      message: msg('code.totalChanged', { was: money(before.totalFen), now: money(after.totalFen) }),
    });
  }
  return notices;
}
