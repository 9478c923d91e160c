import vehicles from '@renderer/i18n/vehicles.json';
import { LIBRARY_MESSAGES, libraryMessage, messageText } from '@services/vehicles/library/problems';
import { describe, expect, it } from 'vitest';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('vehicle library sentences', () => {
  it('every library sentence is in vehicles.json in both languages, with the same placeholders', () => {
    expect(vehicles.en.library).toEqual(LIBRARY_MESSAGES);
    expect(Object.keys(vehicles['zh-CN'].library).sort()).toEqual(Object.keys(LIBRARY_MESSAGES).sort());
    for (const [key, en] of Object.entries(LIBRARY_MESSAGES)) {
      const zh = vehicles['zh-CN'].library[key as keyof typeof LIBRARY_MESSAGES];
      expect(zh, key).toMatch(/[\u4e00-\u9fff]/);
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
  });

  it('a Message renders as English text with its values', () => {
    expect(messageText(libraryMessage('modelTruncated', { declared: 900, got: 12 }))).toBe(
      'The model file is incomplete: it should have 900 bytes but has 12; import the car again.',
    );
    expect(messageText({ key: 'elsewhere.unknown' })).toBe('elsewhere.unknown');
  });
});
