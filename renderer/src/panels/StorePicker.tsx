import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';
import { loc } from './format';
import { useLanguage } from './hooks';

/** The store that fits the car and prices the labour (its promotions apply). */
export function StorePicker() {
  const { t } = useTranslation();
  const language = useLanguage();
  const stores = useConfigurator((s) => s.catalog?.stores);
  const chosen = useConfigurator((s) => s.configuration?.store ?? s.quote?.store);
  const id = useId();
  if (!stores) return null;
  return (
    <section className="panel-section">
      <label className="field-label" htmlFor={id}>
        {t('summary.store')}
      </label>
      <select id={id} value={chosen ?? ''} onChange={(e) => void actions.setTerms({ store: e.target.value })}>
        {stores.map((s) => (
          <option key={s.id} value={s.id}>
            {loc(s.city, language)} · {loc(s.name, language)}
            {s.pickup ? ` · ${t('summary.pickup')}` : ''}
          </option>
        ))}
      </select>
    </section>
  );
}
