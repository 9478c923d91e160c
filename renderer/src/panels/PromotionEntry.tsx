import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../i18n';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';
import { loc } from './format';
import { useLanguage } from './hooks';

/** Store promotion codes: enter one (main checks it), see the codes in use, and offers that did not apply. */
export function PromotionEntry() {
  const { t } = useTranslation();
  const language = useLanguage();
  const say = useMessage();
  const codes = useConfigurator((s) => s.configuration?.promotionCodes);
  const skipped = useConfigurator((s) => s.quote?.promotions.skipped);
  const promotions = useConfigurator((s) => s.catalog?.promotions);
  const [text, setText] = useState('');
  const inputId = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const code = text.trim().toUpperCase();
    if (!code || codes?.includes(code)) return;
    if (await actions.setTerms({ promotionCodes: [...(codes ?? []), code] })) setText('');
  };
  const shown = (skipped ?? []).filter(
    (s) => s.reason === 'threshold-not-reached' || s.reason === 'not-combinable',
  );
  return (
    <section className="panel-section" aria-label={t('promo.title')}>
      <h3>{t('promo.title')}</h3>
      <form className="promo-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor={inputId}>{t('promo.code')}</label>
        <input
          id={inputId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          pattern="[A-Za-z0-9\-]{2,32}"
          placeholder={t('promo.placeholder')}
        />
        <button type="submit" className="primary-button">
          {t('promo.apply')}
        </button>
      </form>
      {codes && codes.length > 0 && (
        <ul className="promo-codes">
          {codes.map((c) => (
            <li key={c}>
              <span className="sku">{c}</span>
              <button
                type="button"
                className="quiet-button"
                aria-label={t('promo.removeCode', { code: c })}
                onClick={() => void actions.setTerms({ promotionCodes: codes.filter((x) => x !== c) })}
              >
                {t('promo.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown.length > 0 && (
        <ul className="promo-skipped" aria-label={t('promo.notApplied')}>
          {shown.map((s) => (
            <li key={s.promotion}>
              <strong>{loc(promotions?.find((p) => p.id === s.promotion)?.name, language)}</strong>{' '}
              {say(s.message)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
