import { z } from 'zod';
import { Id } from '../catalog/common';
import { ArtworkChoice, BATTERY_PLANS } from '../configuration';
import type { Choice } from './choice';

/** Zod schema of a customer's choice, so main can parse choices that arrive from the page. */
export const ChoiceSchema: z.ZodType<Choice> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('trim'), id: Id }).strict(),
  z.object({ kind: z.literal('battery'), plan: z.enum(BATTERY_PLANS) }).strict(),
  z.object({ kind: z.literal('film'), id: Id.nullable(), zones: z.array(Id).max(64).optional() }).strict(),
  z.object({ kind: z.literal('twoTone'), id: Id.nullable() }).strict(),
  z.object({ kind: z.literal('artwork'), artwork: ArtworkChoice.nullable() }).strict(),
  z.object({ kind: z.enum(['ppf', 'wheel', 'caliper', 'maintenance']), id: Id.nullable() }).strict(),
  z
    .object({ kind: z.literal('tint'), id: Id.nullable(), windowSets: z.array(Id).max(16).optional() })
    .strict(),
  z
    .object({ kind: z.enum(['trimPiece', 'accessory', 'accessoryPackage']), id: Id, selected: z.boolean() })
    .strict(),
]);
