import type { AccessoryPackage } from '@domain/catalog/items';
import { formatCny } from '@domain/pricing/money';
import { useTranslation } from 'react-i18next';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';
import { AccessoryCard } from './AccessoryCard';
import { formatNumber, loc } from './format';
import { useLanguage, useOptionStatus } from './hooks';
import { OptionCard } from './OptionCard';
import { Section } from './Section';

/** Step 5: accessory packages (bundle discount) and single accessories fitted in the shop. */
export function AccessoriesPanel() {
  const { t } = useTranslation();
  const catalog = useConfigurator((s) => s.catalog);
  if (!catalog) return null;
  return (
    <>
      <Section title={t('accessories.packages')} hint={t('accessories.packagesHint')}>
        {catalog.accessoryPackages.map((p) => (
          <PackageCard key={p.id} pkg={p} />
        ))}
      </Section>
      <Section title={t('accessories.title')} hint={t('accessories.hint')}>
        {catalog.accessories.map((a) => (
          <AccessoryCard key={a.id} accessory={a} />
        ))}
      </Section>
    </>
  );
}

function PackageCard({ pkg }: { pkg: AccessoryPackage }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const accessories = useConfigurator((s) => s.catalog?.accessories);
  const selected = useConfigurator((s) => s.configuration?.accessoryPackages?.includes(pkg.id) ?? false);
  const status = useOptionStatus('accessoryPackage', pkg.id);
  const items = pkg.items
    .map((id) => loc(accessories?.find((a) => a.id === id)?.name, language))
    .join(language.startsWith('zh') ? '、' : ', ');
  const saving =
    pkg.discount.kind === 'fixed'
      ? t('accessories.saveFixed', { amount: formatCny(pkg.discount.amountFen) })
      : t('accessories.savePercent', { percent: formatNumber(pkg.discount.percent, language) });
  return (
    <OptionCard
      name={loc(pkg.name, language)}
      detail={items}
      price={saving}
      selected={selected}
      status={status}
      onSelect={() => void actions.choose({ kind: 'accessoryPackage', id: pkg.id, selected: !selected })}
    />
  );
}
