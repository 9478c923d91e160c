import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../panels/hooks';
import { useConfigurator } from '../store/store';
import { chooseVehicle, thumbnailOf } from './library';
import { figures, makeModelYear } from './text';
import './vehicles.css';

/** Kiosk: the shop's vehicles as big touch tiles with pictures; a tap puts the car on stage and opens the steps. */
export function VehicleTiles() {
  const { t } = useTranslation();
  const language = useLanguage();
  const all = useConfigurator((s) => s.vehicles);
  const vehicles = useMemo(() => all?.filter((v) => v.status === 'ok') ?? [], [all]);
  const current = useConfigurator((s) => s.vehicleId);
  const pick = async (id: string) => {
    if (id === current || (await chooseVehicle(id)) === null)
      useConfigurator.getState().setVehiclePicked(true);
  };
  return (
    <section className="vehicle-tiles" aria-labelledby="vehicle-tiles-title" data-testid="vehicle-tiles">
      <h2 id="vehicle-tiles-title">{t('vehicles.ui.kioskTitle')}</h2>
      <p className="section-hint">{t('vehicles.ui.kioskHint')}</p>
      <ul>
        {vehicles.map((v) => {
          const picture = thumbnailOf(v);
          return (
            <li key={v.id}>
              <button
                type="button"
                className="vehicle-tile"
                data-vehicle-id={v.id}
                onClick={() => void pick(v.id)}
              >
                <span className="vehicle-thumb">
                  {picture ? <img src={picture} alt="" /> : <span>{t('vehicles.ui.noPicture')}</span>}
                </span>
                <strong>{v.name}</strong>
                <span>{makeModelYear(v) || t(`vehicles.bodyStyle.${v.bodyStyle}`)}</span>
                <span className="vehicle-tile-figures">{figures(t, v, language)}</span>
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
