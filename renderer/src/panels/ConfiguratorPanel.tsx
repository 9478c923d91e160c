import { useTranslation } from 'react-i18next';
import './frame.css';
import './options.css';
import './wrap.css';
import './summary.css';
import { useConfigurator } from '../store/store';
import type { StepId } from '../store/ui-slice';
import { ChangeCarButton, useVehicleTilesFirst, VehicleTiles } from '../vehicles/VehicleTiles';
import { AccessoriesPanel } from './AccessoriesPanel';
import { CatalogState } from './CatalogState';
import { ChangesBanner } from './ChangesBanner';
import { NoticeBanner } from './NoticeBanner';
import { PriceBar } from './PriceBar';
import { ProtectionPanel } from './ProtectionPanel';
import { ServicePanel } from './ServicePanel';
import { StepRail } from './StepRail';
import { SummaryPanel } from './SummaryPanel';
import { TrimPanel } from './TrimPanel';
import { WheelsPanel } from './WheelsPanel';
import { WrapPanel } from './WrapPanel';

const PANELS: Record<StepId, () => React.JSX.Element | null> = {
  trim: TrimPanel,
  wrap: WrapPanel,
  protection: ProtectionPanel,
  wheels: WheelsPanel,
  accessories: AccessoriesPanel,
  service: ServicePanel,
  summary: SummaryPanel,
};

/** The panel column beside the 3D view: step rail, the open step, messages and the sticky price bar. */
export function ConfiguratorPanel() {
  const { t } = useTranslation();
  const step = useConfigurator((s) => s.step);
  const ready = useConfigurator((s) => s.catalogState === 'ready' && s.configuration !== null);
  const Panel = PANELS[step];
  const tilesFirst = useVehicleTilesFirst();
  if (tilesFirst)
    return (
      <aside className="configurator configurator-tiles" aria-label={t('panel.label')}>
        <VehicleTiles />
      </aside>
    );
  return (
    <aside className="configurator" aria-label={t('panel.label')}>
      <ChangeCarButton />
      <StepRail />
      <div className="panel-scroll">
        <div
          className="panel-body"
          role="tabpanel"
          id={`panel-${step}`}
          aria-labelledby={`step-${step}`}
          tabIndex={-1}
        >
          <h2 className="panel-title">{t(`steps.${step}`)}</h2>
          {ready ? <Panel /> : <CatalogState />}
        </div>
      </div>
      <div className="panel-messages">
        <NoticeBanner />
        <ChangesBanner />
      </div>
      <PriceBar />
    </aside>
  );
}
