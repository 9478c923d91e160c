import type { Catalog } from '../catalog/catalog';
import type { Localized } from '../catalog/common';
import type { Configuration } from '../configuration';
import { sameText } from '../messages/message';
import type { RuleContext } from './context';
import { checkIntegrity } from './integrity';
import { conflictMessage, nameOf, needsMessage, onlyOnMessage, withCustom } from './messages';
import { type Selection, selectionOf, zonesOf } from './selection';
import type { Violation } from './violation';
import { zoneLayoutOf } from './zone-layout';

export type { RuleContext } from './context';

/** Valid, or every violation with its message (a key and values). */
export type RulesResult = { valid: true } | { valid: false; violations: Violation[] };

/** Checks a configuration against the catalog: integrity (ids, zones, dates, tint law, financing) and rules. */
export function evaluateRules(
  catalog: Catalog,
  configuration: Configuration,
  context: RuleContext = {},
): RulesResult {
  const violations = findViolations(catalog, configuration, context);
  return violations.length === 0 ? { valid: true } : { valid: false, violations };
}

/** All violations of a configuration (empty when valid). */
export function findViolations(catalog: Catalog, c: Configuration, context: RuleContext): Violation[] {
  return analyse(catalog, c, context).violations;
}

/** The selection of a configuration together with its violations (one pass, for pricing). */
export function analyse(
  catalog: Catalog,
  c: Configuration,
  context: RuleContext,
): { selection: Selection; violations: Violation[] } {
  const selection = selectionOf(catalog, c, zoneLayoutOf(context));
  // A service vehicle has one body zone until its zones are cut: a (full-body) PPF package covers it.
  if (context.vehicle?.kind === 'service' && selection.ppfZones)
    selection.ppfZones = selection.layout.bodyIds;
  const violations = checkIntegrity(catalog, c, selection, context);
  checkCatalogRules(catalog, selection, context, violations);
  return { selection, violations };
}

/** Checks the catalog's requires / excludes / onlyOnTrims rules against a selection. */
export function checkCatalogRules(
  catalog: Catalog,
  s: Selection,
  context: RuleContext,
  out: Violation[],
): void {
  const selected = s.items;
  for (const rule of catalog.rules) {
    if (!selected.has(rule.item)) continue;
    if (rule.kind === 'requires') {
      if (!selected.has(rule.requires)) {
        out.push({
          code: 'requires',
          rule: rule.id,
          item: rule.item,
          other: rule.requires,
          message: withCustom(
            needsMessage(nameOf(catalog, rule.item), nameOf(catalog, rule.requires)),
            rule.message,
          ),
        });
      }
    } else if (rule.kind === 'excludes') {
      for (const other of rule.excludes) {
        if (!selected.has(other)) continue;
        let zones: string[] | undefined;
        if (rule.sameZone) {
          const b = zonesOf(s, other);
          zones = zonesOf(s, rule.item).filter((z) => b.includes(z));
          if (zones.length === 0) continue;
        }
        const zoneNames = zones?.map((z) => zoneName(context, z));
        out.push({
          code: 'excludes',
          rule: rule.id,
          item: rule.item,
          other,
          ...(zones ? { zones } : {}),
          message: withCustom(
            conflictMessage(nameOf(catalog, rule.item), nameOf(catalog, other), zoneNames),
            rule.message,
          ),
        });
      }
    } else if (s.trim && !rule.trims.includes(s.trim.id)) {
      out.push({
        code: 'only-on-trims',
        rule: rule.id,
        item: rule.item,
        other: s.trim.id,
        message: withCustom(
          onlyOnMessage(
            nameOf(catalog, rule.item),
            rule.trims.map((t) => nameOf(catalog, t)),
          ),
          rule.message,
        ),
      });
    }
  }
}

/** Zone display name from the zone table (the zone id when no table is given). */
export function zoneName(context: RuleContext, zone: string): Localized {
  return context.zones?.zones.get(zone)?.name ?? sameText(zone);
}
