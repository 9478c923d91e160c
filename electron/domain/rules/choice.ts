import type { z } from 'zod';
import type { Catalog } from '../catalog/catalog';
import type { ArtworkChoice, BatteryPlan, Configuration } from '../configuration';

/** One thing the customer does in the UI. `id: null` clears a single-choice slot. */
export type Choice =
  | { kind: 'trim'; id: string }
  | { kind: 'battery'; plan: BatteryPlan }
  /** A film on the whole body (zones omitted) or on the listed zones; null removes it there. */
  | { kind: 'film'; id: string | null; zones?: string[] }
  | { kind: 'twoTone'; id: string | null }
  | { kind: 'artwork'; artwork: z.infer<typeof ArtworkChoice> | null }
  | { kind: 'ppf' | 'wheel' | 'caliper' | 'maintenance'; id: string | null }
  /** A tint film on the listed window sets (all when omitted); null removes it there. */
  | { kind: 'tint'; id: string | null; windowSets?: string[] }
  | { kind: 'trimPiece' | 'accessory' | 'accessoryPackage'; id: string; selected: boolean };

const LIST_FIELD = {
  trimPiece: 'trimPieces',
  accessory: 'accessories',
  accessoryPackage: 'accessoryPackages',
} as const;

/** A copy of the configuration with the choice applied literally (no rule resolution). */
export function applyLiteral(catalog: Catalog, c: Configuration, choice: Choice): Configuration {
  const next: Configuration = structuredClone(c);
  switch (choice.kind) {
    case 'trim':
      next.trim = choice.id;
      break;
    case 'battery':
      next.battery = choice.plan;
      break;
    case 'film': {
      const wrap = { ...(next.wrap ?? {}) };
      if (choice.zones === undefined) {
        if (choice.id === null) delete wrap.film;
        else wrap.film = choice.id;
      } else {
        const zones = { ...(wrap.zones ?? {}) };
        for (const z of choice.zones) {
          if (choice.id === null) delete zones[z];
          else zones[z] = choice.id;
        }
        if (Object.keys(zones).length > 0) wrap.zones = zones;
        else delete wrap.zones;
      }
      setWrap(next, wrap);
      break;
    }
    case 'twoTone': {
      const wrap = { ...(next.wrap ?? {}) };
      if (choice.id === null) delete wrap.twoTone;
      else wrap.twoTone = choice.id;
      setWrap(next, wrap);
      break;
    }
    case 'artwork': {
      const wrap = { ...(next.wrap ?? {}) };
      if (choice.artwork === null) delete wrap.artwork;
      else wrap.artwork = choice.artwork;
      setWrap(next, wrap);
      break;
    }
    case 'tint': {
      const tint = { ...(next.tint ?? {}) };
      for (const set of choice.windowSets ?? catalog.windowSets.map((w) => w.id)) {
        if (choice.id === null) delete tint[set];
        else tint[set] = choice.id;
      }
      if (Object.keys(tint).length > 0) next.tint = tint;
      else delete next.tint;
      break;
    }
    case 'ppf':
    case 'wheel':
    case 'caliper':
    case 'maintenance':
      if (choice.id === null) delete next[choice.kind];
      else next[choice.kind] = choice.id;
      break;
    default: {
      const field = LIST_FIELD[choice.kind];
      const list = (next[field] ?? []).filter((id) => id !== choice.id);
      if (choice.selected) list.push(choice.id);
      if (list.length > 0) next[field] = list;
      else delete next[field];
    }
  }
  return next;
}

/** Stores a wrap, dropping it when empty (optional fields are omitted, never empty). */
export function setWrap(c: Configuration, wrap: NonNullable<Configuration['wrap']>): void {
  if (Object.keys(wrap).length > 0) c.wrap = wrap;
  else delete c.wrap;
}

/** The option ids a choice selects (what the resolver must keep). */
export function chosenIds(choice: Choice): string[] {
  if (choice.kind === 'battery') return [];
  if (choice.kind === 'artwork') return choice.artwork ? [choice.artwork.film] : [];
  if ('selected' in choice) return choice.selected ? [choice.id] : [];
  return choice.id === null ? [] : [choice.id];
}

/** The option ids a choice deselects (their dependants must go too). */
export function removedIds(c: Configuration, choice: Choice): string[] {
  if ('selected' in choice) return choice.selected ? [] : [choice.id];
  if (
    choice.kind === 'ppf' ||
    choice.kind === 'wheel' ||
    choice.kind === 'caliper' ||
    choice.kind === 'maintenance'
  ) {
    const before = c[choice.kind];
    return before !== undefined && before !== choice.id ? [before] : [];
  }
  return [];
}
