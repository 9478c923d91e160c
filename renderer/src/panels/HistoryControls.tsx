import { useTranslation } from 'react-i18next';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';

/** Undo, redo and reset to the trim's defaults. */
export function HistoryControls() {
  const { t } = useTranslation();
  const canUndo = useConfigurator((s) => s.past.length > 0);
  const canRedo = useConfigurator((s) => s.future.length > 0);
  const ready = useConfigurator((s) => s.configuration !== null);
  const undo = useConfigurator((s) => s.undo);
  const redo = useConfigurator((s) => s.redo);
  return (
    <fieldset className="history" aria-label={t('history.label')}>
      <button type="button" onClick={undo} disabled={!canUndo}>
        {t('history.undo')}
      </button>
      <button type="button" onClick={redo} disabled={!canRedo}>
        {t('history.redo')}
      </button>
      <button type="button" onClick={actions.reset} disabled={!ready}>
        {t('history.reset')}
      </button>
    </fieldset>
  );
}
