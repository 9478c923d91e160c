import type { PpfPackage } from '@domain/catalog/items';
import { formatCny } from '@domain/pricing/money';
import { useTranslation } from 'react-i18next';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';
import { loc } from './format';
import { useLanguage, useOptionStatus } from './hooks';
import { OptionCard } from './OptionCard';
import { Section } from './Section';
import { TintRow } from './TintRow';

/** Step 3: paint protection film packages and window tint per window set. */
export function ProtectionPanel() {
  const { t } = useTranslation();
  const packages = useConfigurator((s) => s.catalog?.ppfPackages);
  const windowSets = useConfigurator((s) => s.catalog?.windowSets);
  const ppf = useConfigurator((s) => s.configuration?.ppf);
  if (!packages || !windowSets) return null;
  return (
    <>
      <Section title={t('ppf.title')} hint={t('ppf.hint')}>
        <OptionCard
          name={t('ppf.none')}
          selected={ppf === undefined}
          onSelect={() => void actions.choose({ kind: 'ppf', id: null })}
        />
        {packages.map((p) => (
          <PpfCard key={p.id} pkg={p} />
        ))}
      </Section>
      <section className="panel-section" aria-label={t('tint.title')}>
        <h3>{t('tint.title')}</h3>
        <p className="section-hint">{t('tint.hint')}</p>
        {windowSets.map((w) => (
          <TintRow key={w.id} windowSet={w} />
        ))}
      </section>
    </>
  );
}

function PpfCard({ pkg }: { pkg: PpfPackage }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const selected = useConfigurator((s) => s.configuration?.ppf === pkg.id);
  const status = useOptionStatus('ppf', pkg.id);
  return (
    <OptionCard
      name={loc(pkg.name, language)}
      detail={t('ppf.detail', {
        count: pkg.zones.length,
        years: pkg.warrantyYears,
        finish: t(`ppf.finish.${pkg.finish}`),
      })}
      price={t('wrap.perM2', { price: formatCny(pkg.pricePerM2Fen) })}
      selected={selected}
      status={status}
      onSelect={() => void actions.choose({ kind: 'ppf', id: selected ? null : pkg.id })}
    />
  );
}
