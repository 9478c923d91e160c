import type { Message } from '../messages/message';

/** What a decoded code tells the person who typed it: items gone, prices changed, rules applied. */
export interface CodeNotice {
  kind: 'price-list-changed' | 'item-removed' | 'rule-change' | 'price-changed' | 'total-changed';
  item?: string;
  message: Message;
}
