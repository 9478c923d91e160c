import { type ChangeEvent, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSceneStore } from '../store/scene-slice';
import { useConfigurator } from '../store/store';
import { IMPORT_ACCEPT, readPicked } from '../vehicles/import-files';
import { importVehicle } from '../vehicles/import-store';
import { useStageInset } from './camera/stage-inset';
import { hudText } from './hud-text';
import { sceneActions } from './SceneHooks';
import { CAMERA_PRESETS, LIGHTINGS } from './scene-config';
import type { ScreenshotSize } from './screenshot';
import './scene-hud.css';

/** Below this stage width (CSS px) the HUD keeps only the views in its bar and folds the rest behind "More". */
export const COMPACT_STAGE_PX = 600;

async function saveScreenshot(kind: ScreenshotSize): Promise<void> {
  const blob = await sceneActions.screenshot?.(kind);
  if (!blob) return;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `configurator-${kind}-${Date.now()}.png`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Watches the HUD's width (compact or not) and reports the height its bar covers to the camera rig. */
function useHudLayout() {
  const root = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const [compact, setCompact] = useState(false);
  const setBottomPx = useStageInset((s) => s.setBottomPx);
  useLayoutEffect(() => {
    const r = root.current;
    const b = bar.current;
    if (!r || !b) return;
    const measure = () => {
      setCompact(r.clientWidth < COMPACT_STAGE_PX);
      const stage = r.parentElement?.getBoundingClientRect();
      let top = b.getBoundingClientRect().top;
      for (const el of r.querySelectorAll('[data-inset]'))
        top = Math.min(top, el.getBoundingClientRect().top);
      setBottomPx(stage ? Math.max(0, stage.bottom - top) : 0);
    };
    measure();
    const watch = new ResizeObserver(measure);
    watch.observe(r);
    watch.observe(b);
    return () => {
      watch.disconnect();
      setBottomPx(0);
    };
  }, [setBottomPx]);
  return { root, bar, compact };
}

/**
 * The stage's own controls over the canvas: views, lighting, turntable, screenshots, a shortcut to the vehicle
 * import (staff), and the loading state of the car on stage.
 */
export function SceneHud() {
  const { t, i18n } = useTranslation();
  const text = hudText(t);
  const lighting = useSceneStore((s) => s.lighting);
  const preset = useSceneStore((s) => s.camera.preset);
  const turntable = useSceneStore((s) => s.turntable);
  const model = useSceneStore((s) => s.model);
  // Staff tools: a kiosk customer gets no file chooser (it would browse the machine) and no downloads.
  const staff = useConfigurator((s) => !(s.appInfo?.kiosk ?? true));
  const fileInput = useRef<HTMLInputElement>(null);
  const { root, bar, compact } = useHudLayout();
  const [moreOpen, setMoreOpen] = useState(false);
  const store = useSceneStore.getState;
  // One import pipeline: the picked files go to the vehicle library (`vehicle:import`, normalised and searched
  // for parts in main's worker) exactly as from the Vehicles tab, which opens to show progress, cancel and report.
  const onFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = e.target.files ? [...e.target.files] : [];
    e.target.value = '';
    if (files.length === 0) return;
    useConfigurator.getState().setWorkspace('vehicles');
    await importVehicle(await readPicked(files));
  };
  const turntableButton = (
    <button type="button" aria-pressed={turntable} onClick={() => store().setTurntable(!turntable)}>
      {text.turntable}
    </button>
  );
  const tools = (
    <div className="scene-hud-row" role="toolbar" aria-label={text.lights}>
      {LIGHTINGS.map((l) => (
        <button key={l} type="button" aria-pressed={lighting === l} onClick={() => store().setLighting(l)}>
          {text.lighting[l]}
        </button>
      ))}
      {compact && turntableButton}
      {staff && (
        <>
          <button type="button" onClick={() => void saveScreenshot('2x')}>
            {text.shot2x}
          </button>
          <button type="button" onClick={() => void saveScreenshot('4k')}>
            {text.shot4k}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {text.import}
          </button>
        </>
      )}
    </div>
  );
  return (
    <div ref={root} className="scene-hud" data-compact={compact}>
      <div ref={bar} className="scene-hud-row scene-hud-views" role="toolbar" aria-label={text.views}>
        {CAMERA_PRESETS.map((p) => (
          <button key={p} type="button" aria-pressed={preset === p} onClick={() => store().goToPreset(p)}>
            {text.preset[p]}
          </button>
        ))}
        {compact ? (
          <button
            type="button"
            className="scene-hud-more-toggle"
            aria-expanded={moreOpen}
            aria-controls="scene-hud-more"
            onClick={() => setMoreOpen(!moreOpen)}
          >
            {text.more}
          </button>
        ) : (
          turntableButton
        )}
      </div>
      {(!compact || moreOpen) && (
        <div
          id="scene-hud-more"
          className={compact ? 'scene-hud-more' : 'scene-hud-tools'}
          data-inset={compact ? undefined : true}
        >
          {tools}
        </div>
      )}
      <input
        ref={fileInput}
        type="file"
        accept={IMPORT_ACCEPT}
        multiple
        hidden
        data-testid="model-file"
        onChange={(e) => void onFiles(e)}
      />
      {model.state === 'loading' && (
        <progress className="scene-hud-progress" aria-label={text.loading} max={1} value={model.progress} />
      )}
      {model.error && (
        <div className="scene-hud-error" role="alert">
          <strong>{text.importFailed.replace('{{name}}', model.name)}</strong>
          <span
            className="scene-hud-error-detail"
            lang={i18n.language}
            data-refusal={model.error.key}
            data-values={JSON.stringify(model.error.values)}
          >
            {t(`modelImport.${model.error.key}`, model.error.values)}
          </span>
          <span>{text.importHint}</span>
        </div>
      )}
    </div>
  );
}
