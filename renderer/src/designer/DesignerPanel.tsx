import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NoticeBanner } from '../panels/NoticeBanner';
import { Segmented } from '../panels/Segmented';
import { useArtworkScene } from '../scene/artwork/artwork-scene-store';
import { useConfigurator } from '../store/store';
import { ArtworkLibrary } from './ArtworkLibrary';
import { DecalTools } from './DecalTools';
import { DesignerExports } from './DesignerExports';
import { DesignerMessages } from './DesignerMessages';
import { type DesignerTool, useDesigner } from './designer-store';
import { addDecal, refreshList, updateDecal } from './library';
import { ZonePrint } from './ZonePrint';
import './designer.css';

/** Routes taps on the car: pick zones, place a new decal, or move the decal being edited. */
function useCarTaps(): void {
  useEffect(
    () =>
      useArtworkScene.subscribe((s, before) => {
        const tap = s.tap;
        if (!tap || tap === before.tap) return;
        const d = useDesigner.getState();
        if (d.tool === 'zones') {
          useConfigurator.getState().toggleZone(tap.zone);
          return;
        }
        if (d.placing && d.active) {
          d.set({ placing: false });
          void addDecal(d.active, tap).then((i) => i !== null && useDesigner.getState().set({ decal: i }));
        } else if (d.decal !== null) {
          void updateDecal(d.decal, { position: tap.point, normal: tap.normal });
        }
      }),
    [],
  );
}

/** Turns the scene's decode problems (an image the car cannot show) into designer messages. */
function useSceneErrors(): void {
  useEffect(
    () =>
      useArtworkScene.subscribe((s, before) => {
        for (const [url, reason] of Object.entries(s.errors)) {
          if (before.errors[url] === reason) continue;
          useDesigner
            .getState()
            .say({ tone: 'error', key: 'message.sceneFailed', values: { reason }, about: url });
        }
      }),
    [],
  );
}

/** Designer: load artwork, place it on zones or as a decal, export UV templates and renders. */
export function DesignerPanel() {
  const { t } = useTranslation();
  const tool = useDesigner((s) => s.tool);
  const set = useDesigner((s) => s.set);
  useCarTaps();
  useSceneErrors();
  useEffect(() => {
    void refreshList();
  }, []);
  return (
    <aside
      className="workspace-panel designer"
      aria-label={t('workspace.design')}
      data-testid="designer-panel"
    >
      <header className="dz-head">
        <h2>{t('designer.title')}</h2>
        <p>{t('designer.subtitle')}</p>
      </header>
      <div className="dz-notice">
        <NoticeBanner />
      </div>
      <DesignerMessages />
      <ArtworkLibrary />
      <div className="dz-tool">
        <Segmented<DesignerTool>
          label={t('designer.tool.label')}
          value={tool}
          options={[
            { value: 'zones', label: t('designer.tool.zones') },
            { value: 'decal', label: t('designer.tool.decal') },
          ]}
          onChange={(v) => set({ tool: v, placing: false })}
        />
      </div>
      {tool === 'zones' ? <ZonePrint /> : <DecalTools />}
      <DesignerExports />
    </aside>
  );
}
