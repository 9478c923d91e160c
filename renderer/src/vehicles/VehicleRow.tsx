import type { VehicleSummary } from '@domain/vehicle/vehicle';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { useLanguage } from '../panels/hooks';
import { useConfigurator } from '../store/store';
import { chooseVehicle, type Problem, problemOf, refreshVehicles, thumbnailOf } from './library';
import { figures, makeModelYear, problemText, useVehicleName } from './text';

/** One library vehicle for staff: picture, name, make/model/year, length and body area; show, rename, remove. */
export function VehicleRow({ vehicle }: { vehicle: VehicleSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const shown = useVehicleName()(vehicle);
  const onStage = useConfigurator((s) => s.vehicleId === vehicle.id);
  const [mode, setMode] = useState<'view' | 'rename' | 'remove'>('view');
  const [name, setName] = useState(vehicle.name);
  const [problem, setProblem] = useState<Problem | null>(null);
  const damaged = vehicle.status === 'damaged';
  const picture = thumbnailOf(vehicle);
  const run = async (work: () => Promise<Problem | null>) => {
    const p = await work();
    setProblem(p);
    if (!p) setMode('view');
  };
  const rename = () =>
    run(async () => {
      const r = await call('vehicle:update', { id: vehicle.id, name: name.trim() });
      if (!r.ok) return problemOf(r.error);
      await refreshVehicles();
      return null;
    });
  const remove = () =>
    run(async () => {
      const r = await call('vehicle:remove', { id: vehicle.id });
      if (!r.ok) return problemOf(r.error);
      if (onStage) await chooseVehicle('compact-ev');
      await refreshVehicles();
      return null;
    });
  return (
    <li
      className="vehicle-row"
      data-status={vehicle.status}
      data-vehicle-id={vehicle.id}
      aria-current={onStage || undefined}
    >
      <div className="vehicle-thumb">
        {picture ? <img src={picture} alt="" /> : <span>{t('vehicles.ui.noPicture')}</span>}
      </div>
      <div className="vehicle-text">
        <strong className="vehicle-title">{shown}</strong>
        {makeModelYear(vehicle) && <span>{makeModelYear(vehicle)}</span>}
        <span>
          {t(`vehicles.bodyStyle.${vehicle.bodyStyle}`)} · {figures(t, vehicle, language)}
        </span>
        {vehicle.builtIn && <span className="vehicle-badge">{t('vehicles.ui.builtIn')}</span>}
        {damaged && (
          <span className="vehicle-damaged" role="note">
            {t('vehicles.ui.damaged')}
            {vehicle.problem ? `: ${problemText(t, vehicle.problem)}` : ''}
          </span>
        )}
        {problem && (
          <span className="vehicle-error" role="alert">
            {problemText(t, problem)}
          </span>
        )}
      </div>
      <div className="vehicle-actions">
        {mode === 'rename' ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void rename();
            }}
          >
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-label={t('vehicles.ui.nameLabel')}
            />
            <button type="submit">{t('vehicles.ui.save')}</button>
            <button type="button" onClick={() => setMode('view')}>
              {t('vehicles.ui.cancel')}
            </button>
          </form>
        ) : mode === 'remove' ? (
          <div role="alertdialog" aria-label={t('vehicles.ui.removeNamed', { name: shown })}>
            <p>{t('vehicles.ui.confirmRemove', { name: shown })}</p>
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('vehicles.ui.confirmRemoveYes')}
            </button>
            <button type="button" onClick={() => setMode('view')}>
              {t('vehicles.ui.cancel')}
            </button>
          </div>
        ) : (
          <>
            <button
              type="button"
              className="primary-button"
              disabled={damaged || onStage}
              aria-label={t('vehicles.ui.chooseNamed', { name: shown })}
              onClick={() => void run(() => chooseVehicle(vehicle.id))}
            >
              {onStage ? t('vehicles.ui.onStage') : t('vehicles.ui.choose')}
            </button>
            {!vehicle.builtIn && !damaged && (
              <button
                type="button"
                aria-label={t('vehicles.ui.renameNamed', { name: shown })}
                onClick={() => setMode('rename')}
              >
                {t('vehicles.ui.rename')}
              </button>
            )}
            {!vehicle.builtIn && (
              <button
                type="button"
                aria-label={t('vehicles.ui.removeNamed', { name: shown })}
                onClick={() => setMode('remove')}
              >
                {t('vehicles.ui.remove')}
              </button>
            )}
          </>
        )}
      </div>
    </li>
  );
}
