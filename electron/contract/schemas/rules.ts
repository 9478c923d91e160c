import { ITEM_KINDS, type ItemKind } from '@domain/catalog/catalog';
import { Localized } from '@domain/catalog/common';
import { Configuration } from '@domain/configuration';
import { MessageSchema } from '@domain/messages/schema';
import type { Change, ChoiceResult } from '@domain/rules/apply';
import type { OptionStatus } from '@domain/rules/availability';
import type { RulesResult } from '@domain/rules/evaluate';
import { z } from 'zod';
import { exactly } from './exact';
import { ViolationSchema } from './quote';

const Kind = exactly<ItemKind>()(z.enum(ITEM_KINDS));

/** Something the rules engine changed on its own, and why. */
export const ChangeSchema = exactly<Change>()(
  z.strictObject({
    action: z.enum(['added', 'removed', 'replaced']),
    kind: z.union([Kind, z.literal('battery')]),
    id: z.string(),
    name: Localized,
    rule: z.string().optional(),
    message: MessageSchema,
  }),
);

/** Valid, or every violation. */
export const RulesResultSchema = exactly<RulesResult>()(
  z.discriminatedUnion('valid', [
    z.strictObject({ valid: z.literal(true) }),
    z.strictObject({ valid: z.literal(false), violations: z.array(ViolationSchema) }),
  ]),
);

/** How an option stands against the current configuration. */
export const OptionStatusSchema = exactly<OptionStatus>()(
  z.strictObject({
    kind: Kind,
    id: z.string(),
    windowSet: z.string().optional(),
    name: Localized,
    status: z.enum(['selected', 'available', 'needs-changes', 'unavailable']),
    available: z.boolean(),
    reasons: z.array(MessageSchema),
    changes: z.array(ChangeSchema),
  }),
);

/** The resolved configuration plus what changed, or why the choice cannot be made. */
export const ChoiceResultSchema = exactly<ChoiceResult>()(
  z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), configuration: Configuration, changes: z.array(ChangeSchema) }),
    z.strictObject({ ok: z.literal(false), reasons: z.array(ViolationSchema) }),
  ]),
);
