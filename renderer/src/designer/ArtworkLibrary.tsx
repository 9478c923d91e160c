import { ARTWORK_MIMES } from '@contract/artwork-contract';
import { type ChangeEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfigurator } from '../store/store';
import { useDesigner } from './designer-store';
import { fileSize } from './files';
import { artworkInUse, importFile, loadArtwork, pickFile, refreshList } from './library';

/** The artwork folder's files (size in px and bytes, short hash, in use), picking the active one, loading more. */
export function ArtworkLibrary() {
  const { t } = useTranslation();
  const folder = useDesigner((s) => s.folder);
  const files = useDesigner((s) => s.files);
  const active = useDesigner((s) => s.active);
  const set = useDesigner((s) => s.set);
  const configuration = useConfigurator((s) => s.configuration);
  const used = artworkInUse(configuration);
  const input = useRef<HTMLInputElement>(null);

  const onLoad = async () => {
    const picked = await pickFile();
    if (picked === 'input') input.current?.click();
  };
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const stored = await importFile(file);
    if (stored) await loadArtwork(stored.name);
  };
  const choose = (name: string) => {
    set({ active: name });
    void loadArtwork(name);
  };

  return (
    <section className="dz-section" aria-labelledby="dz-library">
      <div className="dz-section-head">
        <h3 id="dz-library">{t('designer.library.title')}</h3>
        <button type="button" className="dz-link" onClick={() => void refreshList()}>
          {t('designer.library.refresh')}
        </button>
      </div>
      {folder && (
        <p className="dz-folder">
          <span>{t('designer.library.folder')}</span>
          <code title={folder} data-testid="artwork-folder">
            {`\u200e${folder}\u200e`}
          </code>
        </p>
      )}
      {files.length === 0 ? (
        <p className="dz-empty">{t('designer.library.empty')}</p>
      ) : (
        <ul className="dz-files" aria-label={t('designer.library.list')}>
          {files.map((f) => (
            <li key={f.name}>
              <button
                type="button"
                className="dz-file"
                aria-pressed={active === f.name}
                title={f.path}
                onClick={() => choose(f.name)}
              >
                <span className="dz-file-name">{f.name}</span>
                {used.has(f.name) && <span className="dz-badge">{t('designer.library.inUse')}</span>}
                <span className="dz-file-meta">
                  {t('designer.library.pixels', { width: f.width, height: f.height })} · {fileSize(f.bytes)} ·{' '}
                  <span className="dz-mono">
                    {t('designer.library.hash', { hash: f.sha256.slice(0, 10) })}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="dz-primary" onClick={() => void onLoad()}>
        {t('designer.library.load')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ARTWORK_MIMES.join(',')}
        hidden
        aria-label={t('designer.library.file')}
        data-testid="artwork-file"
        onChange={(e) => void onFile(e)}
      />
    </section>
  );
}
