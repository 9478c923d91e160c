import { formatCny } from '@domain/pricing/money';
import { useTranslation } from 'react-i18next';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';
import { loc } from './format';
import { useLanguage } from './hooks';
import { OptionCard } from './OptionCard';
import { Section } from './Section';
import { TrimCard } from './TrimCard';

/** Step 1: the trim level and how the battery is paid for (bought, or subscribed with a monthly fee). */
export function TrimPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const trims = useConfigurator((s) => s.catalog?.trims);
  const trimId = useConfigurator((s) => s.configuration?.trim);
  const battery = useConfigurator((s) => s.configuration?.battery);
  const trim = trims?.find((x) => x.id === trimId);
  if (!trims || !trim) return null;
  const sub = trim.battery.subscription;
  return (
    <>
      <Section title={t('trim.title')}>
        {trims.map((x) => (
          <TrimCard key={x.id} trim={x} />
        ))}
      </Section>
      <Section title={t('battery.title')} hint={t('battery.capacity', { kwh: trim.battery.capacityKwh })}>
        <OptionCard
          name={t('battery.buy')}
          detail={t('battery.buyDetail')}
          selected={battery === 'buy'}
          onSelect={() => void actions.choose({ kind: 'battery', plan: 'buy' })}
        />
        <OptionCard
          name={t('battery.subscribe')}
          detail={
            sub
              ? t('battery.subscribeDetail', {
                  fee: formatCny(sub.monthlyFeeFen),
                  credit: formatCny(sub.creditFen),
                })
              : undefined
          }
          price={sub ? t('battery.perMonth', { fee: formatCny(sub.monthlyFeeFen) }) : undefined}
          selected={battery === 'subscribe'}
          blockedReason={sub ? undefined : t('battery.noSubscription', { trim: loc(trim.name, language) })}
          onSelect={() => void actions.choose({ kind: 'battery', plan: 'subscribe' })}
        />
      </Section>
    </>
  );
}
