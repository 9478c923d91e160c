import { type Message, msg } from '../messages/message';
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
          message: msg('catalog.duplicateId', { id: item.id, where: `${first.file} ${first.path}.id` }),
        });
      } else where.set(item.id, { kind: source.kind, file: source.file, path });
      const dated = item as { availableFrom?: string; availableTo?: string };
      if (dated.availableFrom && dated.availableTo && dated.availableFrom > dated.availableTo) {
        errors.push({
          file: source.file,
          path: `${path}.availableTo`,
          message: inverted('availableTo', dated.availableTo, 'availableFrom', dated.availableFrom),
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
        message: msg('catalog.duplicateId', { id: b.id, where: `${first.file} ${first.path}.id` }),
      });
    } else where.set(b.id, b);
  }
  const ref = (file: string, path: string, id: string, kinds: readonly ItemKind[], what: Message) => {
    const found = where.get(id);
    if (!found && kinds.some((k) => unusable.unread.has(k))) return;
    if (!found) errors.push({ file, path, message: msg('catalog.unknownRef', { what, id }) });
    else if (!kinds.includes(found.kind)) {
      errors.push({ file, path, message: msg('catalog.wrongKind', { id, kind: found.kind, what }) });
    }
  };
  const pl = data.priceList;
  if (pl && pl.effectiveFrom > pl.effectiveTo) {
    errors.push({
      file: 'catalog.json',
      path: '$.priceList.effectiveTo',
      message: inverted('effectiveTo', pl.effectiveTo, 'effectiveFrom', pl.effectiveFrom),
    });
  }
  data.trims.forEach((t, i) => {
    ref('catalog.json', `$.trims[${i}].defaultWheel`, t.defaultWheel, ['wheel'], msg('catalog.refs.wheel'));
    ref(
      'catalog.json',
      `$.trims[${i}].defaultCaliper`,
      t.defaultCaliper,
      ['caliper'],
      msg('catalog.refs.caliper'),
    );
    if (t.battery.subscription && t.battery.subscription.creditFen > t.priceFen) {
      errors.push({
        file: 'catalog.json',
        path: `$.trims[${i}].battery.subscription.creditFen`,
        message: msg('catalog.creditOverPrice'),
      });
    }
  });
  data.twoTonePresets.forEach((p, i) => {
    ref('films.json', `$.twoTonePresets[${i}].film`, p.film, ['film'], msg('catalog.refs.film'));
  });
  const accessoryPrice = new Map<string, number>();
  data.accessories.forEach((a) => {
    accessoryPrice.set(a.id, a.priceFen);
  });
  data.accessoryPackages.forEach((p, i) => {
    const seen = new Set<string>();
    p.items.forEach((id, j) => {
      ref(
        'packages.json',
        `$.accessoryPackages[${i}].items[${j}]`,
        id,
        ['accessory'],
        msg('catalog.refs.accessory'),
      );
      if (seen.has(id)) {
        errors.push({
          file: 'packages.json',
          path: `$.accessoryPackages[${i}].items[${j}]`,
          message: msg('catalog.listedTwice', { id }),
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
        message: msg('catalog.discountOverItems', { discount: p.discount.amountFen, sum }),
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
        message: inverted('validTo', p.validTo, 'validFrom', p.validFrom),
      });
    }
    p.stores?.forEach((s, j) => {
      ref('promotions.json', `${path}.stores[${j}]`, s, ['store'], msg('catalog.refs.store'));
    });
    if (p.code) {
      const other = codes.get(p.code);
      if (other !== undefined) {
        errors.push({
          file: 'promotions.json',
          path: `${path}.code`,
          message: msg('catalog.codeTwice', { code: p.code, where: `$.promotions[${other}]` }),
        });
      } else codes.set(p.code, i);
    }
  });
  data.financingPlans.forEach((f, i) => {
    if (new Set(f.termsMonths).size !== f.termsMonths.length) {
      errors.push({
        file: 'financing.json',
        path: `$.financingPlans[${i}].termsMonths`,
        message: msg('catalog.termTwice'),
      });
    }
  });
  checkRules(data, where, ref, errors);
  return errors;
}

type RefCheck = (file: string, path: string, id: string, kinds: readonly ItemKind[], what: Message) => void;

/** "inverted dates: <to> <date> is before <from> <date>". */
const inverted = (to: string, toDate: string, from: string, fromDate: string): Message =>
  msg('catalog.datesInverted', { to, toDate, from, fromDate });

function checkRules(
  data: CheckableCatalog,
  where: Map<string, Located>,
  ref: RefCheck,
  errors: CatalogError[],
): void {
  const file = 'rules.json';
  data.rules.forEach((rule, i) => {
    const path = `$.rules[${i}]`;
    ref(file, `${path}.item`, rule.item, OPTION_KINDS, msg('catalog.refs.option'));
    if (where.get(rule.item)?.kind === 'trim') {
      errors.push({
        file,
        path: `${path}.item`,
        message: msg('catalog.ruleOnTrim'),
      });
    }
    if (rule.kind === 'requires') {
      ref(
        file,
        `${path}.requires`,
        rule.requires,
        ADDABLE_KINDS,
        msg('catalog.refs.addable', { kinds: ADDABLE_KINDS.join(', ') }),
      );
      if (rule.requires === rule.item)
        errors.push({ file, path: `${path}.requires`, message: msg('catalog.requiresItself') });
    } else if (rule.kind === 'excludes') {
      rule.excludes.forEach((id, j) => {
        ref(file, `${path}.excludes[${j}]`, id, OPTION_KINDS, msg('catalog.refs.option'));
        if (id === rule.item)
          errors.push({ file, path: `${path}.excludes[${j}]`, message: msg('catalog.excludesItself') });
        const kinds = [where.get(rule.item)?.kind, where.get(id)?.kind];
        if (rule.sameZone && kinds.some((k) => k !== undefined && !ZONED_KINDS.includes(k))) {
          errors.push({
            file,
            path: `${path}.sameZone`,
            message: msg('catalog.sameZoneKinds', { kinds: ZONED_KINDS.join(', ') }),
          });
        }
      });
    } else {
      rule.trims.forEach((id, j) => {
        ref(file, `${path}.trims[${j}]`, id, ['trim'], msg('catalog.refs.trim'));
      });
    }
  });
  for (const cycle of findRequiresCycles(data.rules)) {
    errors.push({
      file,
      path: `$.rules[${cycle.ruleIndex}].requires`,
      message: msg('catalog.cycle', { ids: cycle.ids.join(' → ') }),
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
        message: msg('catalog.contradiction', { item: r.item, requires: r.requires }),
      });
    }
  });
}
