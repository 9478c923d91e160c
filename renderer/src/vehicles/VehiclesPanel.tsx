import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfigurator } from '../store/store';
import { ImportBox } from './ImportBox';
import { refreshVehicles } from './library';
import { MissingPictures } from './MissingPictures';
import { ReportView } from './ReportView';
import { VehicleRow } from './VehicleRow';
import './vehicles.css';

/** Staff vehicle picker (sales laptops, designer workstations): the library, import, the report of the car on stage. */
export function VehiclesPanel() {
  const { t } = useTranslation();
  const vehicles = useConfigurator((s) => s.vehicles);
  const problem = useConfigurator((s) => s.vehiclesProblem);
  useEffect(() => {
    void refreshVehicles();
  }, []);
  return (
    <aside
      className="workspace-panel vehicles-panel"
      aria-label={t('vehicles.ui.libraryTitle')}
      data-testid="vehicles-panel"
    >
      <header className="vehicles-head">
        <h2>{t('vehicles.ui.libraryTitle')}</h2>
        <p>{t('vehicles.ui.libraryHint')}</p>
      </header>
      {problem && (
        <p className="vehicle-error" role="alert">
          {t('vehicles.ui.unreachable', { reason: problem })}
        </p>
      )}
      {vehicles === null ? (
        <p className="section-hint">{t('vehicles.ui.loading')}</p>
      ) : (
        <ul className="vehicle-list" aria-label={t('vehicles.ui.libraryTitle')}>
          {vehicles.map((v) => (
            <VehicleRow key={v.id} vehicle={v} />
          ))}
        </ul>
      )}
      <MissingPictures remakeAll />
      <ImportBox />
      <ReportView />
    </aside>
  );
}
