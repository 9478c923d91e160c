import { useTranslation } from 'react-i18next';
import { useMessage } from '../i18n';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';

/** While the catalog loads: progress; when it failed: a friendly message and a retry (the 3D view keeps working). */
export function CatalogState() {
  const { t } = useTranslation();
  const state = useConfigurator((s) => s.catalogState);
  const problems = useConfigurator((s) => s.catalogProblems);
  const say = useMessage();
  if (state !== 'error') {
    return (
      <div className="catalog-state" role="status">
        <progress aria-label={t('loading.catalog')} />
        <p>{t('loading.catalog')}</p>
      </div>
    );
  }
  return (
    <div className="catalog-state" role="alert">
      <p className="catalog-error">{t('errors.catalog')}</p>
      <button type="button" className="primary-button" onClick={() => void actions.load()}>
        {t('errors.retry')}
      </button>
      {problems.length > 0 && (
        <details>
          <summary>{t('errors.details')}</summary>
          <ul className="problems">
            {problems.map((p, i) => (
              // The list is fixed once shown (a retry replaces it whole).
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id and never reorder
              <li key={i}>{'text' in p ? p.text : `${p.where}: ${say(p.message)}`}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
