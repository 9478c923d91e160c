import { slotConfigurations } from '../store/compare-slice';
import type { CallMain } from '../store/controller';
import type { ConfiguratorStore } from '../store/store';

/**
 * Asks main to compare the two slots whenever either slot's configuration changes (not when they only swap
 * places on stage); drops answers that a newer request overtook. Returns the unsubscribe function.
 */
export function watchComparison(store: ConfiguratorStore, callMain: CallMain): () => void {
  let seq = 0;
  const run = async () => {
    const { A, B } = slotConfigurations(store.getState());
    const mine = ++seq;
    if (!A || !B) {
      store.getState().setComparison(null);
      return;
    }
    const result = await callMain('quote:compare', { a: A, b: B });
    if (mine !== seq) return;
    if (result.ok) store.getState().setComparison({ a: A, b: B, result: result.value });
    else store.getState().setComparison(null, result.error.message);
  };
  return store.subscribe(
    (s) => {
      const slots = slotConfigurations(s);
      return [slots.A, slots.B] as const;
    },
    () => void run(),
    { equalityFn: (x, y) => x[0] === y[0] && x[1] === y[1], fireImmediately: true },
  );
}
