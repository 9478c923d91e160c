import { useTranslation } from 'react-i18next';
import { DraftsButton } from '../drafts/DraftsButton';
import { useConfigurator } from '../store/store';
import { vehicleName } from '../vehicles/text';
import { loc } from './format';
import { HistoryControls } from './HistoryControls';
import { useLanguage } from './hooks';
import { WorkspaceTabs } from './WorkspaceTabs';

/** The header: product and car name, the store's name (version for staff only), undo/redo/reset, the staff drafts list, and the language switch. */
export function AppHeader() {
  const { t } = useTranslation();
  const language = useLanguage();
  const info = useConfigurator((s) => s.appInfo);
  const vehicle = useConfigurator((s) => s.catalog?.vehicle.name);
  const librarySummary = useConfigurator((s) => s.vehicle?.summary);
  const libraryCar = librarySummary && vehicleName(librarySummary, language, vehicle);
  const store = useConfigurator((s) => s.catalog?.stores.find((x) => x.id === s.appInfo?.storeId));
  const setLanguage = useConfigurator((s) => s.setLanguage);
  const next = language === 'en' ? 'zh-CN' : 'en';
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        {libraryCar ? (
          <span className="vehicle-name">{libraryCar}</span>
        ) : (
          vehicle && <span className="vehicle-name">{loc(vehicle, language)}</span>
        )}
      </div>
      <dl className="app-info" aria-label={t('app.info')}>
        {info ? (
          <>
            <dt>{t('app.store')}</dt>
            <dd data-testid="store-name" data-store-id={info.storeId}>
              {store ? loc(store.name, language) : info.storeId}
            </dd>
            {!info.kiosk && (
              <>
                <dt>{t('app.version')}</dt>
                <dd data-testid="app-version">{info.version}</dd>
              </>
            )}
          </>
        ) : (
          <dd>{t('app.loading')}</dd>
        )}
      </dl>
      <WorkspaceTabs />
      <HistoryControls />
      <DraftsButton />
      <button type="button" className="lang" lang={next} onClick={() => setLanguage(next)}>
        {t('app.language')}
      </button>
    </header>
  );
}
