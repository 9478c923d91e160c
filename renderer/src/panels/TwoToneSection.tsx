import { useTranslation } from 'react-i18next';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';
import { loc } from './format';
import { useLanguage, useOptionStatus } from './hooks';
import { OptionCard } from './OptionCard';
import { Section } from './Section';
import { swatchStyle } from './swatch';

/** Two-tone presets (e.g. black roof + mirrors) over the main film. */
export function TwoToneSection() {
  const { t } = useTranslation();
  const presets = useConfigurator((s) => s.catalog?.twoTonePresets);
  if (!presets || presets.length === 0) return null;
  return (
    <Section title={t('wrap.twoTone')} hint={t('wrap.twoToneHint')}>
      {presets.map((p) => (
        <TwoToneCard key={p.id} id={p.id} />
      ))}
    </Section>
  );
}

function TwoToneCard({ id }: { id: string }) {
  const language = useLanguage();
  const preset = useConfigurator((s) => s.catalog?.twoTonePresets.find((p) => p.id === id));
  const film = useConfigurator((s) => s.catalog?.films.find((f) => f.id === preset?.film));
  const selected = useConfigurator((s) => s.configuration?.wrap?.twoTone === id);
  const status = useOptionStatus('twoTone', id);
  if (!preset) return null;
  return (
    <OptionCard
      name={loc(preset.name, language)}
      detail={film ? loc(film.name, language) : undefined}
      selected={selected}
      status={status}
      swatch={film && <span className="swatch" style={swatchStyle(film.material)} aria-hidden="true" />}
      onSelect={() => void actions.choose({ kind: 'twoTone', id: selected ? null : id })}
    />
  );
}
