import { ADDABLE_KINDS, ITEM_SOURCES, type ItemKind, OPTION_KINDS, ZONED_KINDS } from './catalog';
import type { CatalogError } from './catalog-error';
import { findRequiresCycles } from './cycles';
import type { BrokenItem } from './salvage';
import type { CheckableCatalog } from './schema';

interface Located {
  kind: ItemKind;
  file: string;
  path: string;
}

/** What the schema left unusable: rejected items whose id still reads, and kinds whose whole list is unread. */
export interface Unusable {
  broken: readonly BrokenItem[];
  unread: ReadonlySet<ItemKind>;
}

const NOTHING_UNUSABLE: Unusable = { broken: [], unread: new Set() };

/**
 * Cross-file checks on what passed the schema: duplicate ids, unknown references, cycles, inverted dates. Lists may
 * have holes (items the schema rejected), so they are walked with `forEach` and paths keep the file's own index;
 * a reference to an id of an unread kind is not reported (it cannot be told apart from a good one).
 */
export function crossCheck(data: CheckableCatalog, unusable: Unusable = NOTHING_UNUSABLE): CatalogError[] {
  const errors: CatalogError[] = [];
  const where = new Map<string, Located>();
  for (const source of ITEM_SOURCES) {
    source.list(data).forEach((item, i) => {
      const path = source.kind === 'vehicle' ? source.path : `${source.path}[${i}]`;
      const first = where.get(item.id);
      if (first) {
        errors.push({
          file: source.file,
          path: `${path}.id`,
          message: `duplicate id "${item.id}": already used at ${first.file} ${first.path}.id; ids must be unique across the catalog`,
        });
      } else where.set(item.id, { kind: source.kind, file: source.file, path });
      const dated = item as { availableFrom?: string; availableTo?: string };
      if (dated.availableFrom && dated.availableTo && dated.availableFrom > dated.availableTo) {
        errors.push({
          file: source.file,
          path: `${path}.availableTo`,
          message: `inverted dates: availableTo ${dated.availableTo} is before availableFrom ${dated.availableFrom}`,
        });
      }
    });
  }
  for (const b of unusable.broken) {
    const first = where.get(b.id);
    if (first) {
      errors.push({
        file: b.file,
        path: `${b.path}.id`,
        message: `duplicate id "${b.id}": already used at ${first.file} ${first.path}.id; ids must be unique across the catalog`,
      });
    } else where.set(b.id, b);
  }
  const ref = (file: string, path: string, id: string, kinds: readonly ItemKind[], what: string) => {
    const found = where.get(id);
    if (!found && kinds.some((k) => unusable.unread.has(k))) return;
    if (!found) errors.push({ file, path, message: `unknown ${what} "${id}": no such id in the catalog` });
    else if (!kinds.includes(found.kind)) {
      errors.push({ file, path, message: `"${id}" is a ${found.kind}, expected ${what}` });
    }
  };
  const pl = data.priceList;
  if (pl && pl.effectiveFrom > pl.effectiveTo) {
    errors.push({
      file: 'catalog.json',
      path: '$.priceList.effectiveTo',
      message: `inverted dates: effectiveTo ${pl.effectiveTo} is before effectiveFrom ${pl.effectiveFrom}`,
    });
  }
  data.trims.forEach((t, i) => {
    ref('catalog.json', `$.trims[${i}].defaultWheel`, t.defaultWheel, ['wheel'], 'wheel');
    ref('catalog.json', `$.trims[${i}].defaultCaliper`, t.defaultCaliper, ['caliper'], 'caliper');
    if (t.battery.subscription && t.battery.subscription.creditFen > t.priceFen) {
      errors.push({
        file: 'catalog.json',
        path: `$.trims[${i}].battery.subscription.creditFen`,
        message: 'battery credit is larger than the trim price',
      });
    }
  });
  data.twoTonePresets.forEach((p, i) => {
    ref('films.json', `$.twoTonePresets[${i}].film`, p.film, ['film'], 'film');
  });
  const accessoryPrice = new Map<string, number>();
  data.accessories.forEach((a) => {
    accessoryPrice.set(a.id, a.priceFen);
  });
  data.accessoryPackages.forEach((p, i) => {
    const seen = new Set<string>();
    p.items.forEach((id, j) => {
      ref('packages.json', `$.accessoryPackages[${i}].items[${j}]`, id, ['accessory'], 'accessory');
      if (seen.has(id)) {
        errors.push({
          file: 'packages.json',
          path: `$.accessoryPackages[${i}].items[${j}]`,
          message: `"${id}" listed twice`,
        });
      }
      seen.add(id);
    });
    // An unknown or rejected item has no price (NaN): the comparison is false, its own error says why.
    const sum = p.items.reduce((s, id) => s + (accessoryPrice.get(id) ?? Number.NaN), 0);
    if (p.discount.kind === 'fixed' && p.discount.amountFen > sum) {
      errors.push({
        file: 'packages.json',
        path: `$.accessoryPackages[${i}].discount.amountFen`,
        message: `bundle discount ${p.discount.amountFen} fen exceeds the items' prices (${sum} fen)`,
      });
    }
  });
  const codes = new Map<string, number>();
  data.promotions.forEach((p, i) => {
    const path = `$.promotions[${i}]`;
    if (p.validFrom > p.validTo) {
      errors.push({
        file: 'promotions.json',
        path: `${path}.validTo`,
        message: `inverted dates: validTo ${p.validTo} is before validFrom ${p.validFrom}`,
      });
    }
    p.stores?.forEach((s, j) => {
      ref('promotions.json', `${path}.stores[${j}]`, s, ['store'], 'store');
    });
    if (p.code) {
      const other = codes.get(p.code);
      if (other !== undefined) {
        errors.push({
          file: 'promotions.json',
          path: `${path}.code`,
          message: `code ${p.code} also used by $.promotions[${other}]`,
        });
      } else codes.set(p.code, i);
    }
  });
  data.financingPlans.forEach((f, i) => {
    if (new Set(f.termsMonths).size !== f.termsMonths.length) {
      errors.push({
        file: 'financing.json',
        path: `$.financingPlans[${i}].termsMonths`,
        message: 'a term is listed twice',
      });
    }
  });
  checkRules(data, where, ref, errors);
  return errors;
}

type RefCheck = (file: string, path: string, id: string, kinds: readonly ItemKind[], what: string) => void;

function checkRules(
  data: CheckableCatalog,
  where: Map<string, Located>,
  ref: RefCheck,
  errors: CatalogError[],
): void {
  const file = 'rules.json';
  data.rules.forEach((rule, i) => {
    const path = `$.rules[${i}]`;
    ref(file, `${path}.item`, rule.item, OPTION_KINDS, 'option');
    if (where.get(rule.item)?.kind === 'trim') {
      errors.push({
        file,
        path: `${path}.item`,
        message: 'a rule cannot be about a trim; put the rule on the option',
      });
    }
    if (rule.kind === 'requires') {
      ref(
        file,
        `${path}.requires`,
        rule.requires,
        ADDABLE_KINDS,
        `an option the engine can add (${ADDABLE_KINDS.join(', ')})`,
      );
      if (rule.requires === rule.item)
        errors.push({ file, path: `${path}.requires`, message: 'an option cannot require itself' });
    } else if (rule.kind === 'excludes') {
      rule.excludes.forEach((id, j) => {
        ref(file, `${path}.excludes[${j}]`, id, OPTION_KINDS, 'option');
        if (id === rule.item)
          errors.push({ file, path: `${path}.excludes[${j}]`, message: 'an option cannot exclude itself' });
        const kinds = [where.get(rule.item)?.kind, where.get(id)?.kind];
        if (rule.sameZone && kinds.some((k) => k !== undefined && !ZONED_KINDS.includes(k))) {
          errors.push({
            file,
            path: `${path}.sameZone`,
            message: `sameZone needs options that sit on zones (${ZONED_KINDS.join(', ')})`,
          });
        }
      });
    } else {
      rule.trims.forEach((id, j) => {
        ref(file, `${path}.trims[${j}]`, id, ['trim'], 'trim');
      });
    }
  });
  for (const cycle of findRequiresCycles(data.rules)) {
    errors.push({
      file,
      path: `$.rules[${cycle.ruleIndex}].requires`,
      message: `requires cycle: ${cycle.ids.join(' → ')}; an option cannot end up requiring itself`,
    });
  }
  const excluded = new Set<string>();
  data.rules.forEach((r) => {
    if (r.kind === 'excludes' && !r.sameZone) {
      for (const x of r.excludes) excluded.add(`${r.item}|${x}`).add(`${x}|${r.item}`);
    }
  });
  data.rules.forEach((r, i) => {
    if (r.kind === 'requires' && excluded.has(`${r.item}|${r.requires}`)) {
      errors.push({
        file,
        path: `$.rules[${i}]`,
        message: `contradiction: "${r.item}" requires "${r.requires}" but another rule excludes them together`,
      });
    }
  });
}
