import type { Catalog, ItemKind } from '../catalog/catalog';
import type { Localized } from '../catalog/common';
import type { Configuration } from '../configuration';
import type { Message } from '../messages/message';
import { applyChoice, type Change } from './apply';
import type { Choice } from './choice';
import type { RuleContext } from './evaluate';
import { nameOf } from './messages';
import { selectionOf } from './selection';
import { zoneLayoutOf } from './zone-layout';

/** How an option stands against the current configuration. */
export interface OptionStatus {
  kind: ItemKind;
  id: string;
  /** For tint: the window set this entry is about. */
  windowSet?: string;
  name: Localized;
  /**
   * selected: already chosen; available: can be chosen with no other change; needs-changes: choosing it
   * changes other options (listed in `changes`); unavailable: cannot be chosen now (see `reasons`).
   */
  status: 'selected' | 'available' | 'needs-changes' | 'unavailable';
  /** True when selected or choosable without any other change. */
  available: boolean;
  /** Why it is not simply available, in both languages. */
  reasons: Message[];
  changes: Change[];
}

/** Every option a customer can see, with whether it can be chosen now and why not. Films: as full wrap. */
export function optionAvailability(
  catalog: Catalog,
  configuration: Configuration,
  context: RuleContext = {},
): OptionStatus[] {
  const selection = selectionOf(catalog, configuration, zoneLayoutOf(context));
  const out: OptionStatus[] = [];
  const consider = (kind: ItemKind, id: string, choice: Choice, selected: boolean, windowSet?: string) => {
    const base = { kind, id, ...(windowSet ? { windowSet } : {}), name: nameOf(catalog, id) };
    if (selected) {
      out.push({ ...base, status: 'selected', available: true, reasons: [], changes: [] });
      return;
    }
    const r = applyChoice(catalog, configuration, choice, context);
    if (!r.ok) {
      const own = r.reasons.filter((v) => v.item === id || v.other === id);
      const reasons = (own.length > 0 ? own : r.reasons).map((v) => v.message);
      out.push({ ...base, status: 'unavailable', available: false, reasons, changes: [] });
    } else if (r.changes.length === 0) {
      out.push({ ...base, status: 'available', available: true, reasons: [], changes: [] });
    } else {
      out.push({
        ...base,
        status: 'needs-changes',
        available: false,
        reasons: r.changes.map((ch) => ch.message),
        changes: r.changes,
      });
    }
  };
  for (const t of catalog.trims)
    consider('trim', t.id, { kind: 'trim', id: t.id }, configuration.trim === t.id);
  for (const f of catalog.films)
    consider('film', f.id, { kind: 'film', id: f.id }, configuration.wrap?.film === f.id);
  for (const p of catalog.twoTonePresets)
    consider('twoTone', p.id, { kind: 'twoTone', id: p.id }, configuration.wrap?.twoTone === p.id);
  for (const p of catalog.ppfPackages)
    consider('ppf', p.id, { kind: 'ppf', id: p.id }, configuration.ppf === p.id);
  for (const set of catalog.windowSets) {
    for (const t of catalog.tintFilms) {
      consider(
        'tint',
        t.id,
        { kind: 'tint', id: t.id, windowSets: [set.id] },
        configuration.tint?.[set.id] === t.id,
        set.id,
      );
    }
  }
  for (const w of catalog.wheels)
    consider('wheel', w.id, { kind: 'wheel', id: w.id }, selection.wheel === w.id);
  for (const k of catalog.calipers)
    consider('caliper', k.id, { kind: 'caliper', id: k.id }, selection.caliper === k.id);
  const lists = [
    ['trimPiece', catalog.trimPieces],
    ['accessory', catalog.accessories],
    ['accessoryPackage', catalog.accessoryPackages],
  ] as const;
  for (const [kind, items] of lists) {
    for (const item of items)
      consider(kind, item.id, { kind, id: item.id, selected: true }, selection.items.has(item.id));
  }
  for (const m of catalog.maintenancePackages)
    consider('maintenance', m.id, { kind: 'maintenance', id: m.id }, configuration.maintenance === m.id);
  return out;
}
