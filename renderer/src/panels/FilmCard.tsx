import type { Film } from '@domain/catalog/items';
import { formatCny } from '@domain/pricing/money';
import { useTranslation } from 'react-i18next';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';
import { loc } from './format';
import { useLanguage, useOptionStatus } from './hooks';
import { OptionCard } from './OptionCard';
import { swatchStyle } from './swatch';

/** One film: on the whole body in full mode, on the picked zones in zone mode. */
export function FilmCard({ film }: { film: Film }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mode = useConfigurator((s) => s.wrapMode);
  const zones = useConfigurator((s) => s.selectedZones);
  const wrap = useConfigurator((s) => s.configuration?.wrap);
  const status = useOptionStatus('film', film.id);
  const onZones = mode === 'zones';
  const selected = onZones
    ? zones.length > 0 && zones.every((z) => wrap?.zones?.[z] === film.id)
    : wrap?.film === film.id;
  const blocked = onZones && zones.length === 0 ? t('wrap.pickZonesFirst') : undefined;
  const onSelect = () => {
    if (!onZones) return void actions.choose({ kind: 'film', id: selected ? null : film.id });
    return void actions.choose({ kind: 'film', id: selected ? null : film.id, zones });
  };
  return (
    <OptionCard
      name={loc(film.name, language)}
      detail={
        <>
          <span className="sku">{film.sku}</span>
          <span>{t('wrap.warranty', { count: film.warrantyYears })}</span>
        </>
      }
      price={t('wrap.perM2', { price: formatCny(film.pricePerM2Fen) })}
      selected={selected}
      status={onZones ? undefined : status}
      blockedReason={blocked}
      swatch={<span className="swatch" style={swatchStyle(film.material)} aria-hidden="true" />}
      onSelect={onSelect}
    />
  );
}
