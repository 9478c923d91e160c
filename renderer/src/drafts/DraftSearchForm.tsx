import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSearch } from './use-draft-pages';

/** Empty search: every draft. */
export const NO_SEARCH: DraftSearch = { query: '', from: '', to: '' };

/** Typing pauses this long before the list is searched again. */
const TYPING_MS = 300;

/**
 * Search of the drafts list: customer name, mobile digits (first three or last four: the middle is
 * never stored), configuration code or draft id, and a date range. Searches as staff type (after a
 * short pause) or at once with the search button; "clear" shows every draft again.
 */
export function DraftSearchForm(props: { onSearch: (search: DraftSearch) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState<DraftSearch>(NO_SEARCH);
  const { onSearch } = props;
  const badRange = form.from !== '' && form.to !== '' && form.from > form.to;
  useEffect(() => {
    if (badRange) return;
    const timer = setTimeout(() => onSearch(form), TYPING_MS);
    return () => clearTimeout(timer);
  }, [form, badRange, onSearch]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!badRange) onSearch({ ...form });
  };
  const set = (part: keyof DraftSearch) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [part]: e.target.value }));
  return (
    <search aria-label={t('drafts.search')}>
      <form className="draft-search" onSubmit={submit}>
        <label className="field-label" htmlFor={`${id}-q`}>
          {t('drafts.search')}
        </label>
        <div className="draft-search-row">
          <input
            id={`${id}-q`}
            type="search"
            value={form.query}
            placeholder={t('drafts.searchHint')}
            autoComplete="off"
            spellCheck={false}
            maxLength={80}
            onChange={set('query')}
          />
          <button type="submit" className="primary-button">
            {t('drafts.searchButton')}
          </button>
        </div>
        <div className="draft-search-dates">
          <label>
            <span>{t('drafts.from')}</span>
            <input
              type="date"
              value={form.from}
              aria-invalid={badRange || undefined}
              onChange={set('from')}
            />
          </label>
          <label>
            <span>{t('drafts.to')}</span>
            <input type="date" value={form.to} aria-invalid={badRange || undefined} onChange={set('to')} />
          </label>
          <button
            type="button"
            className="quiet-button"
            disabled={form.query === '' && form.from === '' && form.to === ''}
            onClick={() => setForm(NO_SEARCH)}
          >
            {t('drafts.clearSearch')}
          </button>
        </div>
        {badRange && (
          <p className="option-reason" role="alert">
            {t('drafts.badRange')}
          </p>
        )}
      </form>
    </search>
  );
}
