import { type Catalog, itemOf } from '../catalog/catalog';
import type { Configuration } from '../configuration';
import { msg, sameText } from '../messages/message';
import type { RuleContext } from './context';
import { Known } from './known';
import { nameOf } from './messages';
import type { Selection } from './selection';
import { checkVehicle } from './vehicle-integrity';
import type { Violation } from './violation';
import { checkWrap } from './wrap-integrity';

const PATHS = {
  trimPieces: '$.trimPieces',
  accessories: '$.accessories',
  accessoryPackages: '$.accessoryPackages',
} as const;

const LISTS = [
  ['trimPieces', 'trimPiece'],
  ['accessories', 'accessory'],
  ['accessoryPackages', 'accessoryPackage'],
] as const;

/** Checks ids, kinds, dates, zones, tint law, financing and promotion codes of a configuration. */
export function checkIntegrity(
  catalog: Catalog,
  c: Configuration,
  s: Selection,
  context: RuleContext,
): Violation[] {
  const out: Violation[] = [];
  const date = context.date;
  const known = new Known(catalog, date, out);
  checkVehicle(catalog, c, s, context.vehicle, out);
  if (c.trim !== undefined) known.check(c.trim, 'trim', '$.trim');
  if (c.battery === 'subscribe' && s.trim && !s.trim.battery.subscription) {
    out.push({
      code: 'subscription-unavailable',
      path: '$.battery',
      item: s.trim.id,
      message: msg('rules.noSubscription', { trim: s.trim.name }),
    });
  }
  checkWrap(catalog, c, context, known, out);
  if (c.ppf !== undefined) known.check(c.ppf, 'ppf', '$.ppf');
  const tints = c.tint ?? {};
  for (const set in tints) {
    const film = tints[set]!;
    const windowSet = itemOf(catalog, 'windowSet', set);
    if (
      !known.check(set, 'windowSet', '$.tint', set) ||
      !known.check(film, 'tint', '$.tint', set) ||
      !windowSet
    )
      continue;
    const tint = itemOf(catalog, 'tint', film);
    if (tint && tint.vltPercent < windowSet.minVltPercent) {
      out.push({
        code: 'tint-below-legal-vlt',
        path: `$.tint.${set}`,
        item: film,
        message: msg('rules.tintBelowVlt', {
          windows: windowSet.name,
          min: windowSet.minVltPercent,
          tint: tint.name,
          vlt: tint.vltPercent,
        }),
      });
    }
  }
  if (c.wheel !== undefined) known.check(c.wheel, 'wheel', '$.wheel');
  if (c.caliper !== undefined) known.check(c.caliper, 'caliper', '$.caliper');
  if (c.maintenance !== undefined) known.check(c.maintenance, 'maintenance', '$.maintenance');
  if (c.store !== undefined) known.check(c.store, 'store', '$.store');
  for (const [field, kind] of LISTS) {
    const list = c[field];
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!;
      known.check(id, kind, PATHS[field], i);
      if (list.indexOf(id) !== i) {
        const n = nameOf(catalog, id);
        out.push({
          code: 'duplicate-choice',
          path: `$.${field}[${i}]`,
          item: id,
          message: msg('rules.chosenTwice', { item: n }),
        });
      }
    }
  }
  checkAccessoriesOnce(catalog, c, out);
  checkFinancing(catalog, c, known, out);
  checkPromotionCodes(catalog, c, date, out);
  return out;
}

function checkAccessoriesOnce(catalog: Catalog, c: Configuration, out: Violation[]): void {
  if (!c.accessoryPackages) return;
  const from = new Map<string, string>();
  for (const id of c.accessories ?? []) from.set(id, 'individual');
  c.accessoryPackages.forEach((pkgId, i) => {
    const pkg = itemOf(catalog, 'accessoryPackage', pkgId);
    for (const a of pkg?.items ?? []) {
      const before = from.get(a);
      if (before !== undefined) {
        const n = nameOf(catalog, a);
        const p = nameOf(catalog, pkgId);
        out.push({
          code: 'accessory-twice',
          path: `$.accessoryPackages[${i}]`,
          item: a,
          other: pkgId,
          message: msg('rules.inPackage', { item: n, package: p }),
        });
      } else from.set(a, pkgId);
    }
  });
}

function checkFinancing(catalog: Catalog, c: Configuration, known: Known, out: Violation[]): void {
  const f = c.financing;
  if (!f || !known.check(f.plan, 'financing', '$.financing.plan')) return;
  const plan = itemOf(catalog, 'financing', f.plan)!;
  if (!plan.termsMonths.includes(f.termMonths)) {
    out.push({
      code: 'financing-term',
      path: '$.financing.termMonths',
      item: plan.id,
      message: msg('rules.financingTerm', {
        plan: plan.name,
        term: f.termMonths,
        terms: plan.termsMonths.map((m) => sameText(String(m))),
      }),
    });
  }
  if (f.downPaymentPercent < plan.minDownPaymentPercent) {
    out.push({
      code: 'financing-down-payment',
      path: '$.financing.downPaymentPercent',
      item: plan.id,
      message: msg('rules.downPayment', { plan: plan.name, min: plan.minDownPaymentPercent }),
    });
  }
}

function checkPromotionCodes(
  catalog: Catalog,
  c: Configuration,
  date: string | undefined,
  out: Violation[],
): void {
  const codes = c.promotionCodes;
  if (!codes) return;
  for (let i = 0; i < codes.length; i++) {
    const raw = codes[i]!;
    const promo = promotionByCode(catalog, raw);
    if (promo && !(date && (date < promo.validFrom || date > promo.validTo))) continue;
    const path = `$.promotionCodes[${i}]`;
    if (!promo) {
      out.push({
        code: 'unknown-promotion-code',
        path,
        item: raw,
        message: msg('rules.unknownPromotionCode', { code: raw }),
      });
    } else if (date && (date < promo.validFrom || date > promo.validTo)) {
      out.push({
        code: 'promotion-code-not-valid',
        path,
        item: promo.id,
        message: msg('rules.promotionCodeNotValid', { code: raw, from: promo.validFrom, to: promo.validTo }),
      });
    }
  }
}

/** The promotion a code names (codes are matched without regard to case). */
function promotionByCode(catalog: Catalog, raw: string) {
  for (const p of catalog.promotions) if (p.code !== undefined && p.code === raw) return p;
  const code = raw.toUpperCase();
  for (const p of catalog.promotions) if (p.code === code) return p;
  return undefined;
}
