import type { TintFilm, WindowSet } from '@domain/catalog/items';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../i18n';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';
import { loc } from './format';
import { useLanguage, useOptionStatus } from './hooks';

/** One window set: no tint or one of the tint films, each with the engine's reason when not allowed. */
export function TintRow({ windowSet }: { windowSet: WindowSet }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const films = useConfigurator((s) => s.catalog?.tintFilms);
  const chosen = useConfigurator((s) => s.configuration?.tint?.[windowSet.id]);
  const name = loc(windowSet.name, language);
  return (
    <fieldset className="tint-row">
      <legend>
        {name}
        {windowSet.minVltPercent > 0 && (
          <span className="tint-law">{t('tint.legal', { vlt: windowSet.minVltPercent })}</span>
        )}
      </legend>
      <div className="tint-options">
        <button
          type="button"
          className="chip"
          aria-pressed={chosen === undefined}
          aria-label={t('tint.noneOn', { set: name })}
          onClick={() => void actions.choose({ kind: 'tint', id: null, windowSets: [windowSet.id] })}
        >
          {t('tint.none')}
        </button>
        {films?.map((f) => (
          <TintChip key={f.id} film={f} windowSet={windowSet.id} setName={name} selected={chosen === f.id} />
        ))}
      </div>
      <TintReasons windowSet={windowSet.id} />
    </fieldset>
  );
}

function TintChip({
  film,
  windowSet,
  setName,
  selected,
}: {
  film: TintFilm;
  windowSet: string;
  setName: string;
  selected: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = useOptionStatus('tint', film.id, windowSet);
  const unavailable = !selected && status?.status === 'unavailable';
  return (
    <button
      type="button"
      className="chip"
      aria-pressed={selected}
      aria-disabled={unavailable || undefined}
      aria-label={t('tint.filmOn', { film: loc(film.name, language), set: setName })}
      onClick={
        unavailable
          ? undefined
          : () => void actions.choose({ kind: 'tint', id: film.id, windowSets: [windowSet] })
      }
    >
      <span className="tint-dot" style={{ opacity: 1 - film.vltPercent / 100 }} aria-hidden="true" />
      {t('tint.vlt', { vlt: film.vltPercent })}
    </button>
  );
}

/** The engine's reasons for the tint films this window set cannot take, shown under the row. */
function TintReasons({ windowSet }: { windowSet: string }) {
  const say = useMessage();
  const options = useConfigurator((s) => s.options);
  const reasons = new Set<string>();
  for (const o of options) {
    if (o.kind === 'tint' && o.windowSet === windowSet && o.status === 'unavailable') {
      for (const r of o.reasons) reasons.add(say(r));
    }
  }
  if (reasons.size === 0) return null;
  return (
    <ul className="tint-reasons">
      {[...reasons].map((r) => (
        <li key={r} className="option-reason">
          {r}
        </li>
      ))}
    </ul>
  );
}
