import type { ItemKind } from '@domain/catalog/catalog';
import type { Localized } from '@domain/catalog/common';
import { formatCny } from '@domain/pricing/money';
import { useTranslation } from 'react-i18next';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';
import { loc } from './format';
import { useLanguage, useOptionStatus } from './hooks';
import { OptionCard } from './OptionCard';
import { Section } from './Section';

/** Step 4: rims, brake calipers and trim pieces (the trim's own wheel and caliper are included). */
export function WheelsPanel() {
  const { t } = useTranslation();
  const catalog = useConfigurator((s) => s.catalog);
  const trim = useConfigurator((s) => s.catalog?.trims.find((x) => x.id === s.configuration?.trim));
  if (!catalog || !trim) return null;
  return (
    <>
      <Section title={t('wheels.title')} hint={t('wheels.hint')}>
        {catalog.wheels.map((w) => (
          <ItemCard
            key={w.id}
            kind="wheel"
            id={w.id}
            name={w.name}
            priceFen={w.priceFen}
            included={trim.defaultWheel === w.id}
          />
        ))}
      </Section>
      <Section title={t('wheels.calipers')}>
        {catalog.calipers.map((k) => (
          <ItemCard
            key={k.id}
            kind="caliper"
            id={k.id}
            name={k.name}
            priceFen={k.priceFen}
            included={trim.defaultCaliper === k.id}
            color={k.color}
          />
        ))}
      </Section>
      {catalog.trimPieces.length > 0 && (
        <Section title={t('wheels.trimPieces')}>
          {catalog.trimPieces.map((p) => (
            <ItemCard key={p.id} kind="trimPiece" id={p.id} name={p.name} priceFen={p.priceFen} />
          ))}
        </Section>
      )}
    </>
  );
}

/** A wheel, caliper or trim piece: single choice for wheels and calipers, on/off for trim pieces. */
function ItemCard(props: {
  kind: ItemKind;
  id: string;
  name: Localized;
  priceFen: number;
  included?: boolean;
  color?: string;
}) {
  const { kind, id, name, priceFen, included, color } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const status = useOptionStatus(kind, id);
  const selected = status?.status === 'selected';
  const onSelect = () => {
    if (kind === 'trimPiece') return void actions.choose({ kind, id, selected: !selected });
    if (kind === 'wheel' || kind === 'caliper') return void actions.choose({ kind, id });
  };
  return (
    <OptionCard
      name={loc(name, language)}
      price={included ? t('wheels.standard') : formatCny(priceFen)}
      selected={selected}
      status={status}
      swatch={
        color ? <span className="swatch round" style={{ background: color }} aria-hidden="true" /> : undefined
      }
      onSelect={onSelect}
    />
  );
}
