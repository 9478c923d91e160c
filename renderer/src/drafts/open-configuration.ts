import type { Configuration } from '@domain/configuration';
import { useConfigurator } from '../store/store';

/** Loads a reopened or decoded configuration as a fresh start (no history) and shows the summary. */
export function loadConfiguration(configuration: Configuration): void {
  const s = useConfigurator.getState();
  s.startConfiguration(configuration);
  s.setNotice(null);
  s.setStep('summary');
}
