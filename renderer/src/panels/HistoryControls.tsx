import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z or Ctrl+Y redoes (not while typing in a field). */
function onShortcut(e: KeyboardEvent): void {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
  const target = e.target as HTMLElement | null;
  if (target?.closest('input, select, textarea')) return;
  const key = e.key.toLowerCase();
  const s = useConfigurator.getState();
  if (key === 'z' && !e.shiftKey) s.undo();
  else if ((key === 'z' && e.shiftKey) || key === 'y') s.redo();
  else return;
  e.preventDefault();
}

/** Undo, redo and reset to the trim's defaults (buttons and keyboard shortcuts). */
export function HistoryControls() {
  const { t } = useTranslation();
  const canUndo = useConfigurator((s) => s.past.length > 0);
  const canRedo = useConfigurator((s) => s.future.length > 0);
  const ready = useConfigurator((s) => s.configuration !== null);
  const undo = useConfigurator((s) => s.undo);
  const redo = useConfigurator((s) => s.redo);
  useEffect(() => {
    window.addEventListener('keydown', onShortcut);
    return () => window.removeEventListener('keydown', onShortcut);
  }, []);
  return (
    <fieldset className="history" aria-label={t('history.label')}>
      <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        {t('history.undo')}
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
        {t('history.redo')}
      </button>
      <button type="button" onClick={actions.reset} disabled={!ready}>
        {t('history.reset')}
      </button>
    </fieldset>
  );
}
