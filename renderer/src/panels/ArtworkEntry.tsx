import { ARTWORK_MIMES } from '@contract/artwork-contract';
import { type ChangeEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DesignerMessages } from '../designer/DesignerMessages';
import { applyToZones, importFile } from '../designer/library';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';
import { loc } from './format';
import { useLanguage } from './hooks';
import { Section } from './Section';

/**
 * Printed artwork: load an image and print it on the picked zones (on the catalog's printed film). The file
 * goes to the artwork folder (so the order carries its name and hash, and edits reload live); a file that
 * cannot be used is refused with the designer's message.
 */
export function ArtworkEntry() {
  const { t } = useTranslation();
  const language = useLanguage();
  const input = useRef<HTMLInputElement>(null);
  const printed = useConfigurator((s) => s.catalog?.films.find((f) => f.finish === 'printed'));
  const artwork = useConfigurator((s) => s.configuration?.wrap?.artwork);
  const zones = useConfigurator((s) => s.selectedZones);
  const allZones = useConfigurator((s) => s.zones);
  if (!printed) return null;
  const target = zones.length > 0 ? zones : allZones.filter((z) => z.body).map((z) => z.id);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const stored = await importFile(file);
    if (stored) await applyToZones(stored.name, target);
  };
  return (
    <Section
      title={t('artwork.title')}
      hint={t('artwork.hint', { film: loc(printed.name, language), sku: printed.sku })}
    >
      <DesignerMessages />
      {artwork && (
        <p className="artwork-current">
          {t('artwork.current', { ref: artwork.ref, count: artwork.zones.length })}
        </p>
      )}
      <button type="button" className="wide-button" onClick={() => input.current?.click()}>
        {zones.length > 0 ? t('artwork.loadOnZones', { count: zones.length }) : t('artwork.loadOnBody')}
      </button>
      {artwork && (
        <button
          type="button"
          className="quiet-button"
          onClick={() => void actions.choose({ kind: 'artwork', artwork: null })}
        >
          {t('artwork.remove')}
        </button>
      )}
      <input
        ref={input}
        type="file"
        accept={ARTWORK_MIMES.join(',')}
        hidden
        aria-label={t('artwork.file')}
        onChange={(e) => void onFile(e)}
      />
    </Section>
  );
}
