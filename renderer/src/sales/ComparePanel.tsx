import { useTranslation } from 'react-i18next';

/** Sales: two configurations side by side with their price difference by category. */
export function ComparePanel() {
  const { t } = useTranslation();
  return (
    <aside className="workspace-panel" aria-label={t('workspace.compare')} data-testid="compare-panel">
      <p>{t('workspace.compare')}</p>
    </aside>
  );
}
