import { onEvent } from '../api';
import { useConfigurator } from '../store/store';
import { artworkChanged, artworkInUse, artworkRemoved, loadArtwork } from './library';

const nameOf = (data: unknown): string | null => {
  const name = (data as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.length > 0 ? name : null;
};

/**
 * Live artwork: re-reads an artwork in use when main says its file changed (the car updates without a
 * reload), warns when it is removed, and loads the images a configuration names but the page does not hold
 * yet (a reopened draft). Returns the unsubscribe function.
 */
export function startArtworkLive(): () => void {
  const offEvents = onEvent((event, data) => {
    const name = nameOf(data);
    if (!name) return;
    if (event === 'artwork:changed') void artworkChanged(name);
    else if (event === 'artwork:removed') artworkRemoved(name);
  });
  const tried = new Set<string>();
  const offConfig = useConfigurator.subscribe(
    (s) => s.configuration,
    (c) => {
      const held = useConfigurator.getState().artworkUrls;
      for (const name of artworkInUse(c)) {
        if (held[name] || tried.has(name)) continue;
        tried.add(name);
        void loadArtwork(name);
      }
    },
  );
  return () => {
    offEvents();
    offConfig();
  };
}
