import { CUSTOMER_NAME_MAX, customerOf, mobileOk } from '@domain/drafts/customer';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loc } from '../panels/format';
import { useLanguage } from '../panels/hooks';
import { useConfigurator } from '../store/store';
import { shopToday } from './form-rules';
import './drafts.css';

/** What the form adds to the configuration when a draft is saved. */
export interface DraftExtras {
  customer?: { name?: string; mobile?: string };
  pickup?: { store: string; date: string };
}

/** The order-draft form: optional customer name and mobile (checked inline), pickup store and date. */
export function DraftForm(props: {
  busy: boolean;
  onSave: (extras: DraftExtras) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const stores = (useConfigurator((s) => s.catalog?.stores) ?? []).filter((s) => s.pickup);
  const chosen = useConfigurator((s) => s.configuration?.store ?? s.quote?.store);
  const today = useConfigurator((s) => s.quote?.date) ?? shopToday();
  const [name, setName] = useState('');
  const [mobile, setMobile] = useState('');
  const [mobileTouched, setMobileTouched] = useState(false);
  const [store, setStore] = useState(stores.find((s) => s.id === chosen)?.id ?? stores[0]?.id ?? '');
  const [date, setDate] = useState('');
  const [dateTouched, setDateTouched] = useState(false);
  const id = useId();
  const mobileBad = mobileTouched && !mobileOk(mobile);
  const dateBad = dateTouched && date !== '' && date < today;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMobileTouched(true);
    setDateTouched(true);
    if (!mobileOk(mobile) || (date !== '' && date < today) || props.busy) return;
    const extras: DraftExtras = {};
    const customer = customerOf(name, mobile);
    if (customer) extras.customer = customer;
    if (date && store) extras.pickup = { store, date };
    props.onSave(extras);
  };
  return (
    <form className="draft-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h3 id={`${id}-title`}>{t('draft.formTitle')}</h3>
      <label className="field-label" htmlFor={`${id}-name`}>
        {t('draft.customerName')}
      </label>
      <input
        id={`${id}-name`}
        value={name}
        maxLength={CUSTOMER_NAME_MAX}
        autoComplete="off"
        onChange={(e) => setName(e.target.value)}
      />
      <label className="field-label" htmlFor={`${id}-mobile`}>
        {t('draft.mobile')}
      </label>
      <input
        id={`${id}-mobile`}
        type="tel"
        inputMode="numeric"
        value={mobile}
        maxLength={13}
        autoComplete="off"
        aria-invalid={mobileBad || undefined}
        aria-describedby={`${id}-mobile-note`}
        onChange={(e) => setMobile(e.target.value)}
        onBlur={() => setMobileTouched(true)}
      />
      <p
        id={`${id}-mobile-note`}
        className={mobileBad ? 'option-reason' : 'section-hint'}
        role={mobileBad ? 'alert' : undefined}
      >
        {mobileBad ? t('draft.mobileInvalid') : t('draft.mobileHint')}
      </p>
      <label className="field-label" htmlFor={`${id}-store`}>
        {t('draft.pickupStore')}
      </label>
      <select id={`${id}-store`} value={store} onChange={(e) => setStore(e.target.value)}>
        {stores.map((s) => (
          <option key={s.id} value={s.id}>
            {loc(s.city, language)} · {loc(s.name, language)}
          </option>
        ))}
      </select>
      <label className="field-label" htmlFor={`${id}-date`}>
        {t('draft.pickupDate')}
      </label>
      <input
        id={`${id}-date`}
        type="date"
        min={today}
        value={date}
        aria-invalid={dateBad || undefined}
        aria-describedby={dateBad ? `${id}-date-note` : undefined}
        onChange={(e) => setDate(e.target.value)}
        onBlur={() => setDateTouched(true)}
      />
      {dateBad && (
        <p id={`${id}-date-note`} className="option-reason" role="alert">
          {t('draft.pickupPast')}
        </p>
      )}
      <div className="draft-actions">
        <button type="button" className="quiet-button" onClick={props.onCancel}>
          {t('draft.cancel')}
        </button>
        <button type="submit" className="primary-button" aria-disabled={props.busy || undefined}>
          {props.busy ? t('draft.saving') : t('draft.submit')}
        </button>
      </div>
    </form>
  );
}
