import { useTranslation } from 'react-i18next';
import { useConfigurator } from '../store/store';
import { FilmCard } from './FilmCard';
import { Section } from './Section';

/** Wrap films grouped by finish: one finish at a time (chips), each film with a real swatch, SKU and price. */
export function FilmBrowser() {
  const { t } = useTranslation();
  const films = useConfigurator((s) => s.catalog?.films);
  const mode = useConfigurator((s) => s.wrapMode);
  const zoneCount = useConfigurator((s) => s.selectedZones.length);
  const chosen = useConfigurator((s) => s.finish);
  const fullFilm = useConfigurator((s) => s.configuration?.wrap?.film);
  const setFinish = useConfigurator((s) => s.setFinish);
  if (!films || films.length === 0) return null;
  const finishes = [...new Set(films.map((f) => f.finish))];
  const finish = chosen ?? films.find((f) => f.id === fullFilm)?.finish ?? finishes[0]!;
  const hint =
    mode === 'zones'
      ? zoneCount > 0
        ? t('wrap.applyToZones', { count: zoneCount })
        : t('wrap.pickZonesFirst')
      : undefined;
  return (
    <div className="film-browser">
      <fieldset className="finish-chips" aria-label={t('wrap.finishes')}>
        {finishes.map((f) => (
          <button
            key={f}
            type="button"
            className="chip"
            aria-pressed={f === finish}
            onClick={() => setFinish(f)}
          >
            {t(`finish.${f}`)}
          </button>
        ))}
      </fieldset>
      {hint && <p className="section-hint strong">{hint}</p>}
      <Section title={t('wrap.films', { finish: t(`finish.${finish}`) })}>
        {films
          .filter((f) => f.finish === finish)
          .map((f) => (
            <FilmCard key={f.id} film={f} />
          ))}
      </Section>
    </div>
  );
}
