import { useTranslation } from 'react-i18next';

/** Designer: load artwork, place it on zones or as a decal, export UV templates and renders. */
export function DesignerPanel() {
  const { t } = useTranslation();
  return (
    <aside className="workspace-panel" aria-label={t('workspace.design')} data-testid="designer-panel">
      <p>{t('workspace.design')}</p>
    </aside>
  );
}
