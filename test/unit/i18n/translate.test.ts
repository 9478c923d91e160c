import { createI18n, messageText, translate } from '@contract/i18n';
import { msg } from '@domain/messages/message';
import { wording } from '@domain/messages/wording';
import { describe, expect, it } from 'vitest';

const roofBox = { zh: '车顶行李箱', en: 'Roof box' };
const trims = [
  { zh: '长续航版', en: 'Long Range' },
  { zh: '性能版', en: 'Performance' },
];

describe('one translation of domain messages', () => {
  it('picks catalog names, joins name lists and translates nested messages in the reader’s language', () => {
    const m = msg('rules.withNote', { base: msg('rules.onlyOn', { item: roofBox, trims }), note: roofBox });
    expect(messageText(m)).toBe('Roof box is only available on Long Range, Performance: Roof box');
    expect(messageText(m, 'zh-CN')).toBe('车顶行李箱仅适用于长续航版、性能版：车顶行李箱');
  });

  it('shows an older draft’s stored {zh, en} text as it is', () => {
    const i18n = createI18n({ language: 'en' });
    expect(translate(i18n, { zh: '旧文本', en: 'old text' })).toBe('old text');
    expect(translate(i18n, { zh: '旧文本', en: 'old text' }, 'zh-CN')).toBe('旧文本');
  });

  it('stored wording (quote labels) comes from the same sentences', () => {
    expect(
      wording('names.onZone', {
        name: { zh: '哑光黑', en: 'Matte black' },
        zone: { zh: '引擎盖', en: 'Hood' },
      }),
    ).toEqual({
      zh: '哑光黑（引擎盖）',
      en: 'Matte black (Hood)',
    });
    expect(() => wording('names.nope' as 'names.labour')).toThrow(/domain.json has no sentence "names.nope"/);
  });
});
