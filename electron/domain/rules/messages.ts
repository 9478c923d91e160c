import type { Catalog } from '../catalog/catalog';
import type { Localized } from '../catalog/common';
import { type Message, msg, sameText } from '../messages/message';

/** Customer-facing name of any catalog id (the id itself when it is unknown). */
export function nameOf(catalog: Catalog, id: string): Localized {
  const item = catalog.index.get(id)?.item;
  return item?.name ?? sameText(id);
}

/** "A needs B". */
export const needsMessage = (item: Localized, needs: Localized): Message =>
  msg('rules.requires', { item, needs });

/** "A cannot be combined with B" (on zones…, the zone names joined in the reader's language). */
export function conflictMessage(item: Localized, other: Localized, zones?: readonly Localized[]): Message {
  return zones
    ? msg('rules.excludesOnZones', { item, other, zones })
    : msg('rules.excludes', { item, other });
}

/** "A is only available on trims …". */
export const onlyOnMessage = (item: Localized, trims: readonly Localized[]): Message =>
  msg('rules.onlyOn', { item, trims });

/** Prefixes a catalog-written explanation with the option it is about. */
export function withCustom(base: Message, note: Localized | undefined): Message {
  return note ? msg('rules.withNote', { base, note }) : base;
}
