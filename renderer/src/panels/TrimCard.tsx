import type { Trim } from '@domain/catalog/items';
import { formatCny } from '@domain/pricing/money';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';
import { loc } from './format';
import { useLanguage, useOptionStatus } from './hooks';
import { OptionCard } from './OptionCard';

/** One trim level with its price and standard equipment. */
export function TrimCard({ trim }: { trim: Trim }) {
  const language = useLanguage();
  const selected = useConfigurator((s) => s.configuration?.trim === trim.id);
  const status = useOptionStatus('trim', trim.id);
  return (
    <OptionCard
      name={loc(trim.name, language)}
      detail={
        <span className="equipment">
          {trim.standardEquipment.map((e) => (
            <span key={e.en}>{loc(e, language)}</span>
          ))}
        </span>
      }
      price={formatCny(trim.priceFen)}
      selected={selected}
      status={status}
      onSelect={() => void actions.choose({ kind: 'trim', id: trim.id })}
    />
  );
}
