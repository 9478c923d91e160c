import { useTranslation } from 'react-i18next';
import { useConfigurator } from '../store/store';
import type { Workspace } from '../store/ui-slice';

const WORKSPACES: readonly Workspace[] = ['configure', 'compare', 'design', 'vehicles'];

/** Staff switch between configuring, comparing two configurations (sales) and placing artwork (designer); hidden on a kiosk. */
export function WorkspaceTabs() {
  const { t } = useTranslation();
  const kiosk = useConfigurator((s) => s.appInfo?.kiosk ?? true);
  const workspace = useConfigurator((s) => s.workspace);
  const setWorkspace = useConfigurator((s) => s.setWorkspace);
  if (kiosk) return null;
  return (
    <div className="workspace-tabs" role="tablist" aria-label={t('workspace.label')}>
      {WORKSPACES.map((w) => (
        <button
          key={w}
          type="button"
          role="tab"
          aria-selected={workspace === w}
          data-workspace={w}
          onClick={() => setWorkspace(w)}
        >
          {w === 'vehicles' ? t('vehicles.ui.workspace') : t(`workspace.${w}`)}
        </button>
      ))}
    </div>
  );
}
