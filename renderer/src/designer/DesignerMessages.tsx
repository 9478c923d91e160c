import { useTranslation } from 'react-i18next';
import { useDesigner } from './designer-store';

/** The designer's notices: downscaled images, refused files, reloads, removed files, exports. */
export function DesignerMessages() {
  const { t } = useTranslation();
  const messages = useDesigner((s) => s.messages);
  const dismiss = useDesigner((s) => s.dismiss);
  if (messages.length === 0) return null;
  return (
    <ul className="dz-messages" aria-live="polite">
      {messages.map((m) => (
        <li key={m.id} className={`dz-message ${m.tone}`} role={m.tone === 'error' ? 'alert' : 'status'}>
          <span>{t(`designer.${m.key}`, m.values)}</span>
          <button
            type="button"
            className="dz-dismiss"
            aria-label={t('designer.message.dismiss')}
            onClick={() => dismiss(m.id)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
