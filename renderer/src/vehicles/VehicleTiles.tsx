import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfigurator } from '../store/store';
import { CarSilhouette } from './CarSilhouette';
import { chooseVehicle, thumbnailOf } from './library';
import { makeModelYear, useVehicleName } from './text';
import './vehicles.css';

/**
 * Kiosk: the shop's vehicles as big touch tiles over the stage and the panel (the whole screen under the header):
 * the car's picture large (a drawn outline of its body style until staff made the picture), its name in the UI
 * language and its body style. A tap puts the car on stage and opens the steps.
 */
export function VehicleTiles() {
  const { t } = useTranslation();
  const nameOf = useVehicleName();
  const all = useConfigurator((s) => s.vehicles);
  const vehicles = useMemo(() => all?.filter((v) => v.status === 'ok') ?? [], [all]);
  const current = useConfigurator((s) => s.vehicleId);
  const pick = async (id: string) => {
    if (id === current || (await chooseVehicle(id)) === null)
      useConfigurator.getState().setVehiclePicked(true);
  };
  return (
    <section
      className="vehicle-tiles"
      aria-labelledby="vehicle-tiles-title"
      data-testid="vehicle-tiles"
      data-count={vehicles.length}
    >
      <header className="vehicle-tiles-head">
        <h2 id="vehicle-tiles-title">{t('vehicles.ui.kioskTitle')}</h2>
        <p className="section-hint">{t('vehicles.ui.kioskHint')}</p>
      </header>
      <ul>
        {vehicles.map((v) => {
          const picture = thumbnailOf(v);
          const style = t(`vehicles.bodyStyle.${v.bodyStyle}`);
          const made = makeModelYear(v);
          return (
            <li key={v.id}>
              <button
                type="button"
                className="vehicle-tile"
                data-vehicle-id={v.id}
                data-picture={picture ? 'thumbnail' : 'outline'}
                onClick={() => void pick(v.id)}
              >
                <span className="vehicle-tile-picture">
                  {picture ? <img src={picture} alt="" /> : <CarSilhouette style={v.bodyStyle} />}
                </span>
                <span className="vehicle-tile-text">
                  <strong>{nameOf(v)}</strong>
                  <span>{made && made !== nameOf(v) ? `${style} · ${made}` : style}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Kiosk: whether the tiles come first (the shop has more than one car and none was picked this session). */
export function useVehicleTilesFirst(): boolean {
  return useConfigurator(
    (s) =>
      (s.appInfo?.kiosk ?? false) &&
      !s.vehiclePicked &&
      (s.vehicles?.filter((v) => v.status === 'ok').length ?? 0) > 1,
  );
}

/** Kiosk: back to the tiles to pick another car. */
export function ChangeCarButton() {
  const { t } = useTranslation();
  const kiosk = useConfigurator((s) => s.appInfo?.kiosk ?? false);
  const several = useConfigurator((s) => (s.vehicles?.filter((v) => v.status === 'ok').length ?? 0) > 1);
  const setPicked = useConfigurator((s) => s.setVehiclePicked);
  if (!kiosk || !several) return null;
  return (
    <button type="button" className="change-car" onClick={() => setPicked(false)}>
      {t('vehicles.ui.changeCar')}
    </button>
  );
}
