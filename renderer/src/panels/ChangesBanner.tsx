import { useTranslation } from 'react-i18next';
import { useMessage } from '../i18n';
import { useConfigurator } from '../store/store';
import { loc } from './format';
import { useLanguage } from './hooks';

/** What the rules engine changed on its own after the last choice, with Undo. */
export function ChangesBanner() {
  const { t } = useTranslation();
  const language = useLanguage();
  const say = useMessage();
  const change = useConfigurator((s) => s.lastChange);
  const undo = useConfigurator((s) => s.undo);
  const dismiss = useConfigurator((s) => s.dismissChange);
  if (!change) return null;
  return (
    <div className="banner changes" role="status" aria-label={t('changes.title')}>
      <div className="banner-text">
        <strong>{t('changes.title')}</strong>
        <ul>
          {change.changes.map((c) => (
            <li key={`${c.action}-${c.id}`}>
              {t(`changes.${c.action}`, { name: loc(c.name, language) })} — {say(c.message)}
            </li>
          ))}
        </ul>
      </div>
      <div className="banner-actions">
        <button type="button" className="primary-button" onClick={undo}>
          {t('history.undo')}
        </button>
        <button type="button" className="quiet-button" onClick={dismiss}>
          {t('changes.ok')}
        </button>
      </div>
    </div>
  );
}
