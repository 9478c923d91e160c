import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../electron/shared/contract';
import { call } from './api';

/** The 3D stage loads as its own chunk: three.js stays out of the initial bundle (bench budget ≤ 450 KB gzip). */
const Stage = lazy(() => import('./scene/Stage').then((m) => ({ default: m.Stage })));

/** The app frame: 3D stage as the hero, app info and the language switch in the header. */
export function App() {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Once per launch: the store's language from settings is the starting language.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once; i18n changes identity on every language switch.
  useEffect(() => {
    void call('app:info', {}).then((result) => {
      if (result.ok) {
        setInfo(result.value);
        void i18n.changeLanguage(result.value.language);
      } else setError(result.error.message);
    });
  }, []);
  const nextLanguage = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <dl className="app-info" aria-label="app info">
          {info ? (
            <>
              <dt>{t('app.store')}</dt>
              <dd data-testid="store-id">{info.storeId}</dd>
              <dt>{t('app.version')}</dt>
              <dd data-testid="app-version">{info.version}</dd>
              <dd>{t(`app.mode.${info.mode}`)}</dd>
              <dd>{t(`app.runtime.${info.runtime}`)}</dd>
            </>
          ) : (
            <dd>{error ? t('app.offline') : t('app.loading')}</dd>
          )}
        </dl>
        <button type="button" className="lang" onClick={() => void i18n.changeLanguage(nextLanguage)}>
          {t('app.language')}
        </button>
      </header>
      <main className="stage">
        <Suspense fallback={null}>
          <Stage />
        </Suspense>
      </main>
    </div>
  );
}
