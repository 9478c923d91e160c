import { defaultConfiguration } from '@domain/rules/defaults';
import { BUILT_IN_VEHICLE_ID } from '@domain/vehicle/vehicle';
import { releaseArtworkImage } from '../scene/artwork/images';
import { actions } from '../store/app';
import { useSceneStore } from '../store/scene-slice';
import { forgetStoredConfiguration } from '../store/session-persistence';
import { useConfigurator } from '../store/store';
import { chooseVehicle } from '../vehicles/library';
import type { KioskHooks } from './KioskFrame';

/** Films of different finishes the attract loop shows, chosen from the catalog by finish (never by id). */
const SHOWCASE_FINISHES = ['metallic', 'gloss', 'pearl', 'satin', 'color-shift', 'matte'];

/** Starts a brand-new configuration: first trim, bought battery, this store; no history, nothing picked. */
function freshConfiguration(): void {
  const s = useConfigurator.getState();
  const catalog = s.catalog;
  if (!catalog) return;
  for (const url of Object.values(s.artworkUrls)) {
    releaseArtworkImage(url);
    URL.revokeObjectURL(url);
  }
  s.startConfiguration(defaultConfiguration(catalog, undefined, s.appInfo?.storeId));
  useConfigurator.setState({
    step: 'trim',
    wrapMode: 'full',
    selectedZones: [],
    finish: null,
    artworkUrls: {},
    notice: null,
  });
  s.setLanguage(s.appInfo?.language ?? 'zh-CN');
}

/** The kiosk's session hooks over the configurator and scene stores. */
export const kioskSession: KioskHooks = {
  endSession: () => {
    // The next customer starts from the shop's default vehicle and its tiles.
    useConfigurator.getState().setVehiclePicked(false);
    void chooseVehicle(BUILT_IN_VEHICLE_ID);
    freshConfiguration();
    forgetStoredConfiguration();
    useSceneStore.getState().selectZone(null);
  },
  showcase: (step) => {
    const films = useConfigurator.getState().catalog?.films ?? [];
    const picks = SHOWCASE_FINISHES.map((finish) => films.find((f) => f.finish === finish)).filter(
      (f) => f !== undefined,
    );
    const film = picks[step % Math.max(1, picks.length)];
    if (film) void actions.choose({ kind: 'film', id: film.id });
    useSceneStore.getState().setTurntable(true);
  },
  startSession: () => {
    useSceneStore.getState().setTurntable(false);
    freshConfiguration();
    useSceneStore.getState().goToPreset('front34');
  },
};
