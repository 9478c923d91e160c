import type { Accessory } from '@domain/catalog/items';
import { formatCny } from '@domain/pricing/money';
import { useTranslation } from 'react-i18next';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';
import { missingMount } from '../vehicles/mounts';
import { formatNumber, loc } from './format';
import { useLanguage, useOptionStatus } from './hooks';
import { OptionCard } from './OptionCard';

/** One accessory: on/off, with fitting time; blocked (with why) while a chosen package brings it. */
export function AccessoryCard({ accessory }: { accessory: Accessory }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = useOptionStatus('accessory', accessory.id);
  const own = useConfigurator((s) => s.configuration?.accessories?.includes(accessory.id) ?? false);
  const via = useConfigurator((s) =>
    s.catalog?.accessoryPackages.find(
      (p) => s.configuration?.accessoryPackages?.includes(p.id) && p.items.includes(accessory.id),
    ),
  );
  const selected = own || via !== undefined;
  const lacking = useConfigurator((s) => missingMount(accessory.mount, s.vehicle?.manifest));
  const detail =
    accessory.installHours > 0
      ? t('accessories.install', { hours: formatNumber(accessory.installHours, language) })
      : t('accessories.noInstall');
  return (
    <OptionCard
      name={loc(accessory.name, language)}
      detail={via && !own ? t('accessories.inPackage', { pkg: loc(via.name, language) }) : detail}
      price={formatCny(accessory.priceFen)}
      selected={selected}
      status={status}
      blockedReason={
        lacking ? t('vehicles.ui.noMount', { mount: t(`vehicles.mounts.${lacking}`) }) : undefined
      }
      onSelect={() => {
        if (via && !own) return;
        void actions.choose({ kind: 'accessory', id: accessory.id, selected: !selected });
      }}
    />
  );
}
