import { sceneLookOf } from './scene-look';
import { useSceneStore } from './scene-slice';
import type { ConfiguratorStore } from './store';

/**
 * Drives the 3D scene from the configurator store: every configuration change sets the scene's look, and a
 * tap on a car zone while the wrap step picks zones toggles that zone. Returns the unsubscribe function.
 */
export function connectScene(store: ConfiguratorStore): () => void {
  const push = () => {
    const s = store.getState();
    if (!s.catalog || !s.configuration) return;
    useSceneStore.getState().setLook(sceneLookOf(s.catalog, s.zones, s.configuration, s.artworkUrls));
  };
  const offLook = store.subscribe((s) => [s.configuration, s.catalog, s.artworkUrls] as const, push, {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2],
    fireImmediately: true,
  });
  const offTap = useSceneStore.subscribe(
    (s) => s.selectedZone,
    (zone) => {
      const s = store.getState();
      if (!zone || !s.zones.some((z) => z.id === zone)) return;
      if (s.step !== 'wrap' || s.workspace !== 'configure') return;
      if (s.wrapMode !== 'zones') s.setWrapMode('zones');
      s.toggleZone(zone);
    },
  );
  return () => {
    offLook();
    offTap();
  };
}
