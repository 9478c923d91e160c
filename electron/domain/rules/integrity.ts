import { type Catalog, itemOf } from '../catalog/catalog';
import type { Configuration } from '../configuration';
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
      message: { zh: `${s.trim.name.zh}不提供电池租用`, en: `${s.trim.name.en} has no battery subscription` },
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
        message: {
          zh: `${windowSet.name.zh}的透光率不得低于${windowSet.minVltPercent}%，${tint.name.zh}只有${tint.vltPercent}%`,
          en: `${windowSet.name.en} needs at least ${windowSet.minVltPercent}% light transmission; ${tint.name.en} lets through ${tint.vltPercent}%`,
        },
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
          message: { zh: `${n.zh}重复选择`, en: `${n.en} is chosen twice` },
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
          message: { zh: `${n.zh}已包含在${p.zh}中`, en: `${n.en} is already included in ${p.en}` },
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
      message: {
        zh: `${plan.name.zh}没有${f.termMonths}期，可选：${plan.termsMonths.join('、')}期`,
        en: `${plan.name.en} has no ${f.termMonths}-month term; choose ${plan.termsMonths.join(', ')} months`,
      },
    });
  }
  if (f.downPaymentPercent < plan.minDownPaymentPercent) {
    out.push({
      code: 'financing-down-payment',
      path: '$.financing.downPaymentPercent',
      item: plan.id,
      message: {
        zh: `${plan.name.zh}首付不得低于${plan.minDownPaymentPercent}%`,
        en: `${plan.name.en} needs a down payment of at least ${plan.minDownPaymentPercent}%`,
      },
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
        message: { zh: `优惠码“${raw}”无效`, en: `promotion code "${raw}" is not known` },
      });
    } else if (date && (date < promo.validFrom || date > promo.validTo)) {
      out.push({
        code: 'promotion-code-not-valid',
        path,
        item: promo.id,
        message: {
          zh: `优惠码“${raw}”仅在${promo.validFrom}至${promo.validTo}有效`,
          en: `promotion code "${raw}" is valid ${promo.validFrom} to ${promo.validTo} only`,
        },
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
