import { z } from 'zod';
import type { Message, MessageKey, MessageValue } from './message';

const Text = z.object({ zh: z.string(), en: z.string() }).strict();

const Value: z.ZodType<MessageValue> = z.lazy(() =>
  z.union([z.string(), z.number(), Text, z.array(Text).readonly(), MessageSchema]),
);

/** A domain message as stored or sent: a key of `domain.json` and its values. */
export const MessageSchema: z.ZodType<Message> = z
  .object({
    key: z.string().min(1) as unknown as z.ZodType<MessageKey>,
    values: z.record(z.string(), Value).optional(),
  })
  .strict()
  .meta({ id: 'DomainMessage', description: 'A sentence of domain.json by key, with the values it quotes' });

/** A message as a saved draft holds it: a key and values, or (drafts saved before keys) its two texts. */
export const StoredMessage = z.union([MessageSchema, Text]);
