/** Checks shared by the vehicle import tests: a report or refusal Message has a sentence in both languages. */
import sentences from '@domain/vehicle/vehicles.json';
import type { Message } from '@services/vehicles/import/types';
import { expect } from 'vitest';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);

/** The English sentence for a Message, placeholders filled; fails when the key or a value is missing. */
export function englishOf(message: Message): string {
  const [namespace, name] = message.key.split('.') as [string, string];
  expect(namespace, message.key).toBe('import');
  const en = (sentences.en.import as Record<string, string>)[name];
  const zh = (sentences['zh-CN'].import as Record<string, string>)[name];
  expect(en, `${message.key} has an English sentence`).toBeTypeOf('string');
  expect(zh, `${message.key} has a Chinese sentence`).toBeTypeOf('string');
  for (const p of placeholders(en!))
    expect(message.values ?? {}, `${message.key} quotes ${p}`).toHaveProperty(p);
  return en!.replace(/\{\{(\w+)\}\}/g, (_, p: string) => String(message.values?.[p]));
}
