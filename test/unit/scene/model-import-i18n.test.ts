import { setupI18n } from '@renderer/i18n';
import refusals from '@renderer/i18n/model-import.json';
import { ModelFileError, refusalOf, refusalText } from '@renderer/scene/import/errors';
import { describe, expect, it } from 'vitest';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('model import refusals in both languages', () => {
  it('Chinese and English have the same keys, none empty, with the same placeholders', () => {
    expect(Object.keys(refusals.en).sort()).toEqual(Object.keys(refusals['zh-CN']).sort());
    for (const [key, en] of Object.entries(refusals.en)) {
      const zh = refusals['zh-CN'][key as keyof typeof refusals.en];
      expect(en.trim(), key).not.toBe('');
      expect(zh, key).toMatch(/[\u4e00-\u9fff]/);
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
  });

  it('the error carries its key and values; its message is the English text', () => {
    const e = new ModelFileError('viewPastBuffer', { view: 3, end: 900, buffer: 0, size: 512 });
    expect(e.message).toBe(
      'The model is damaged: bufferView 3 reaches byte 900 of buffer 0, which holds only 512.',
    );
    expect(e.values).toEqual({ view: '3', end: '900', buffer: '0', size: '512' });
    expect(refusalText('zh-CN', e.key, e.values)).toBe(
      '模型文件已损坏：bufferView 3 延伸到 buffer 0 的第 900 字节，但该 buffer 只有 512 字节。',
    );
    expect(refusalOf(new Error('boom'))).toEqual({
      key: 'loadFailed',
      values: { detail: 'boom' },
      message: 'The model could not be loaded: boom',
    });
  });

  it('i18next renders the same text the app shows (values interpolated, nothing escaped)', async () => {
    const i18n = setupI18n('zh-CN');
    const e = new ModelFileError('imageTypeMismatch', {
      image: 0,
      name: ' (livery)',
      declared: 'image/jpeg',
      actual: 'image/png',
    });
    expect(i18n.t(`modelImport.${e.key}`, e.values)).toBe(refusalText('zh-CN', e.key, e.values));
    await i18n.changeLanguage('en');
    expect(i18n.t(`modelImport.${e.key}`, e.values)).toBe(e.message);
    const huge = new ModelFileError('accessorTooMany', {
      accessor: 2,
      elements: 99_000_000,
      max: 16_777_216,
    });
    expect(i18n.t(`modelImport.${huge.key}`, huge.values)).toBe(huge.message);
    await i18n.changeLanguage('zh-CN');
  });
});
