import { type Catalog, type ItemKind, itemOf } from '../catalog/catalog';
import type { Localized } from '../catalog/common';
import type { Configuration } from '../configuration';
import type { Message } from '../messages/message';
import { wording } from '../messages/wording';
import { applyLiteral, type Choice, chosenIds, removedIds, setWrap } from './choice';
import { findViolations, type RuleContext } from './evaluate';
import { nameOf } from './messages';
import { selectionOf } from './selection';
import type { Violation } from './violation';
import { STANDARD_LAYOUT } from './zone-layout';

/** Something the engine changed on its own to keep the configuration valid, and why. */
export interface Change {
  action: 'added' | 'removed' | 'replaced';
  kind: ItemKind | 'battery';
  id: string;
  name: Localized;
  /** The catalog rule behind the change, if any. */
  rule?: string;
  /** Why, in words (e.g. "Roof box needs Roof crossbars"). */
  message: Message;
}

/** The resolved configuration plus what changed, or why the choice cannot be made. */
export type ChoiceResult =
  | { ok: true; configuration: Configuration; changes: Change[] }
  | { ok: false; reasons: Violation[] };

/**
 * Applies a choice and resolves conflicts: requirements of what was chosen are added, options it excludes
 * are removed, options that needed something the customer removed go too, and options the new trim does
 * not allow fall back to the trim's standard. Fails (with reasons) when the choice itself is not allowed.
 */
export function applyChoice(
  catalog: Catalog,
  configuration: Configuration,
  choice: Choice,
  context: RuleContext = {},
): ChoiceResult {
  let next = applyLiteral(catalog, configuration, choice);
  const pinned = new Set(chosenIds(choice));
  const gone = new Set(removedIds(configuration, choice));
  const changes: Change[] = [];
  for (let round = 0; round < 64; round++) {
    const violations = findViolations(catalog, next, context);
    if (violations.length === 0) return { ok: true, configuration: next, changes };
    let fixed: Configuration | undefined;
    for (const v of violations) {
      fixed = fix(catalog, next, v, pinned, gone, changes);
      if (fixed) break;
    }
    if (!fixed) return { ok: false, reasons: violations };
    next = fixed;
  }
  return { ok: false, reasons: findViolations(catalog, next, context) };
}

function fix(
  catalog: Catalog,
  c: Configuration,
  v: Violation,
  pinned: Set<string>,
  gone: Set<string>,
  changes: Change[],
): Configuration | undefined {
  const rule = v.rule !== undefined ? { rule: v.rule } : {};
  switch (v.code) {
    case 'requires': {
      const [a, b] = [v.item!, v.other!];
      if (gone.has(b)) return remove(catalog, c, a, undefined, pinned, gone, changes, v);
      const kind = catalog.index.get(b)!.kind;
      const next = add(c, kind, b);
      if (!next) return undefined;
      pinned.add(b);
      changes.push({ action: 'added', kind, id: b, name: nameOf(catalog, b), ...rule, message: v.message });
      return next;
    }
    case 'excludes': {
      const [a, b] = [v.item!, v.other!];
      if (pinned.has(a) && pinned.has(b)) return undefined;
      const victim = pinned.has(a) ? b : pinned.has(b) ? a : b;
      return remove(catalog, c, victim, v.zones, pinned, gone, changes, v);
    }
    case 'only-on-trims':
      return pinned.has(v.item!)
        ? undefined
        : remove(catalog, c, v.item!, undefined, pinned, gone, changes, v);
    case 'accessory-twice': {
      const [acc, pkg] = [v.item!, v.other!];
      if ((c.accessories ?? []).includes(acc))
        return remove(catalog, c, acc, undefined, pinned, gone, changes, v);
      const other = (c.accessoryPackages ?? []).find(
        (p) => p !== pkg && !pinned.has(p) && itemOf(catalog, 'accessoryPackage', p)?.items.includes(acc),
      );
      return other ? remove(catalog, c, other, undefined, pinned, gone, changes, v) : undefined;
    }
    case 'subscription-unavailable': {
      if (c.battery !== 'subscribe' || pinned.size === 0) return undefined;
      changes.push({
        action: 'replaced',
        kind: 'battery',
        id: 'buy',
        name: wording('names.batteryPurchase'),
        message: v.message,
      });
      return { ...c, battery: 'buy' };
    }
    default:
      return undefined;
  }
}

function add(c: Configuration, kind: ItemKind, id: string): Configuration | undefined {
  const next = structuredClone(c);
  if (kind === 'ppf' || kind === 'wheel' || kind === 'caliper' || kind === 'maintenance') next[kind] = id;
  else if (kind === 'accessory') next.accessories = [...(next.accessories ?? []), id];
  else if (kind === 'trimPiece') next.trimPieces = [...(next.trimPieces ?? []), id];
  else if (kind === 'accessoryPackage') next.accessoryPackages = [...(next.accessoryPackages ?? []), id];
  else return undefined;
  return next;
}

function remove(
  catalog: Catalog,
  c: Configuration,
  id: string,
  zones: string[] | undefined,
  pinned: Set<string>,
  gone: Set<string>,
  changes: Change[],
  v: Violation,
): Configuration | undefined {
  if (pinned.has(id) || id === c.trim) return undefined;
  const kind = catalog.index.get(id)?.kind;
  if (!kind) return undefined;
  const next = structuredClone(c);
  const drop = (list: string[] | undefined) => {
    const kept = (list ?? []).filter((x) => x !== id);
    return kept.length > 0 ? kept : undefined;
  };
  let removedId = id;
  let removedKind: ItemKind = kind;
  if (kind === 'ppf' || kind === 'caliper' || kind === 'maintenance' || kind === 'wheel') {
    if (next[kind] !== id) return undefined;
    delete next[kind];
  } else if (kind === 'trimPiece') next.trimPieces = drop(next.trimPieces);
  else if (kind === 'accessoryPackage') next.accessoryPackages = drop(next.accessoryPackages);
  else if (kind === 'accessory') {
    if ((next.accessories ?? []).includes(id)) next.accessories = drop(next.accessories);
    else {
      const via = selectionOf(catalog, c, STANDARD_LAYOUT).via.get(id);
      if (via === undefined || pinned.has(via)) return undefined;
      next.accessoryPackages = (next.accessoryPackages ?? []).filter((p) => p !== via);
      removedId = via;
      removedKind = 'accessoryPackage';
    }
  } else if (kind === 'tint') {
    const tint = Object.fromEntries(Object.entries(next.tint ?? {}).filter(([, f]) => f !== id));
    next.tint = Object.keys(tint).length > 0 ? tint : undefined;
  } else if (kind === 'twoTone') {
    setWrap(next, { ...next.wrap, twoTone: undefined });
  } else if (kind === 'film') {
    removeFilm(catalog, next, id, zones);
  } else return undefined;
  for (const key of ['trimPieces', 'accessories', 'accessoryPackages', 'tint'] as const)
    if (next[key] === undefined) delete next[key];
  if (next.wrap)
    setWrap(next, Object.fromEntries(Object.entries(next.wrap).filter(([, x]) => x !== undefined)));
  gone.add(removedId);
  changes.push({
    action: 'removed',
    kind: removedKind,
    id: removedId,
    name: nameOf(catalog, removedId),
    ...(v.rule ? { rule: v.rule } : {}),
    message: v.message,
  });
  return next;
}

/** Takes a film off the wrap where it sits on the given zones (everywhere when zones is undefined). */
function removeFilm(catalog: Catalog, c: Configuration, film: string, zones: string[] | undefined): void {
  const wrap = { ...c.wrap };
  const hits = (list: readonly string[]) => zones === undefined || list.some((z) => zones.includes(z));
  if (wrap.film === film) delete wrap.film;
  if (wrap.twoTone !== undefined) {
    const preset = itemOf(catalog, 'twoTone', wrap.twoTone);
    if (preset && preset.film === film && hits(preset.zones)) delete wrap.twoTone;
  }
  if (wrap.zones) {
    const kept = Object.fromEntries(
      Object.entries(wrap.zones).filter(
        ([z, f]) => f !== film || (zones !== undefined && !zones.includes(z)),
      ),
    );
    if (Object.keys(kept).length > 0) wrap.zones = kept;
    else delete wrap.zones;
  }
  if (wrap.artwork && wrap.artwork.film === film && hits(wrap.artwork.zones)) delete wrap.artwork;
  setWrap(c, wrap);
}
