import type { Catalog, ItemKind } from '../catalog/catalog';
import { type MessageKey, msg } from '../messages/message';
import { nameOf } from './messages';
import type { Violation } from './violation';

/** Item kinds a customer has a word for (`domain.rules.kinds.…`), for "unknown item" messages. */
const NAMED_KINDS: ReadonlySet<ItemKind> = new Set<ItemKind>([
  'trim',
  'film',
  'twoTone',
  'ppf',
  'tint',
  'windowSet',
  'wheel',
  'caliper',
  'trimPiece',
  'accessory',
  'accessoryPackage',
  'maintenance',
  'store',
  'financing',
]);

/** Checks that an id names an item of a kind (and is available on the date); reports it otherwise. */
export class Known {
  constructor(
    private readonly catalog: Catalog,
    private readonly date: string | undefined,
    private readonly out: Violation[],
  ) {}

  /** True when `id` is an item of `kind`; otherwise reports it at `base` (+ key) and returns false. */
  check(id: string, kind: ItemKind, base: string, key?: string | number): boolean {
    return isKnown(this.catalog, this.date, this.out, id, kind, base, key);
  }
}

function pathOf(base: string, key: string | number | undefined): string {
  return key === undefined ? base : typeof key === 'number' ? `${base}[${key}]` : `${base}.${key}`;
}

/** Reports an unknown id, or an item outside its availability window on the date. */
function isKnown(
  catalog: Catalog,
  date: string | undefined,
  out: Violation[],
  id: string,
  kind: ItemKind,
  base: string,
  key?: string | number,
): boolean {
  const found = catalog.index.get(id);
  if (found && found.kind === kind) {
    const { from, to } = found;
    if (date && ((from && date < from) || (to && date > to))) {
      const path = pathOf(base, key);
      const n = nameOf(catalog, id);
      const when =
        from && date < from ? msg('rules.availableFrom', { from }) : msg('rules.ended', { to: to! });
      out.push({
        code: 'not-available-on-date',
        path,
        item: id,
        message: msg('rules.notAvailableOn', { item: n, date, when }),
      });
    }
    return true;
  }
  const path = pathOf(base, key);
  const k = NAMED_KINDS.has(kind) ? msg(`rules.kinds.${kind}` as MessageKey) : kind;
  out.push({
    code: 'unknown-item',
    path,
    item: id,
    message: msg('rules.unknownItem', { kind: k, id, priceList: catalog.priceList.version }),
  });
  return false;
}
