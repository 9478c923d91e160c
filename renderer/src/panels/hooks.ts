import type { ItemKind } from '@domain/catalog/catalog';
import type { OptionStatus } from '@domain/rules/availability';
import { useConfigurator } from '../store/store';

/** The UI language from the store. */
export function useLanguage(): string {
  return useConfigurator((s) => s.language);
}

/** The rules engine's status of one option (tint: per window set); undefined until main answered. */
export function useOptionStatus(kind: ItemKind, id: string, windowSet?: string): OptionStatus | undefined {
  return useConfigurator((s) =>
    s.options.find(
      (o) => o.kind === kind && o.id === id && (windowSet === undefined || o.windowSet === windowSet),
    ),
  );
}
