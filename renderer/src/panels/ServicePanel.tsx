import type { MaintenancePackage } from '@domain/catalog/items';
import { formatCny } from '@domain/pricing/money';
import { useTranslation } from 'react-i18next';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';
import { loc } from './format';
import { useLanguage, useOptionStatus } from './hooks';
import { OptionCard } from './OptionCard';
import { Section } from './Section';

/** Step 6: maintenance packages (service plans). */
export function ServicePanel() {
  const { t } = useTranslation();
  const packages = useConfigurator((s) => s.catalog?.maintenancePackages);
  const chosen = useConfigurator((s) => s.configuration?.maintenance);
  if (!packages) return null;
  return (
    <Section title={t('service.title')} hint={t('service.hint')}>
      <OptionCard
        name={t('service.none')}
        selected={chosen === undefined}
        onSelect={() => void actions.choose({ kind: 'maintenance', id: null })}
      />
      {packages.map((m) => (
        <ServiceCard key={m.id} pkg={m} />
      ))}
    </Section>
  );
}

function ServiceCard({ pkg }: { pkg: MaintenancePackage }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const selected = useConfigurator((s) => s.configuration?.maintenance === pkg.id);
  const status = useOptionStatus('maintenance', pkg.id);
  return (
    <OptionCard
      name={loc(pkg.name, language)}
      detail={t('service.detail', { services: pkg.services, years: pkg.years })}
      price={formatCny(pkg.priceFen)}
      selected={selected}
      status={status}
      onSelect={() => void actions.choose({ kind: 'maintenance', id: pkg.id })}
    />
  );
}
