import { type ChangeEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSceneStore } from '../store/scene-slice';
import { hudText } from './hud-text';
import { sceneActions } from './SceneHooks';
import { CAMERA_PRESETS, LIGHTINGS } from './scene-config';
import type { ScreenshotSize } from './screenshot';
import './scene-hud.css';

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

/** The stage's own controls over the canvas: views, lighting, turntable, screenshots, model import and its status. */
export function SceneHud() {
  const { t } = useTranslation();
  const text = hudText(t);
  const lighting = useSceneStore((s) => s.lighting);
  const preset = useSceneStore((s) => s.camera.preset);
  const turntable = useSceneStore((s) => s.turntable);
  const model = useSceneStore((s) => s.model);
  const fileInput = useRef<HTMLInputElement>(null);
  const store = useSceneStore.getState;
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    store().setModel({ state: 'loading', progress: 0.1, name: file.name, error: null });
    store().importModel({ name: file.name, bytes: await file.arrayBuffer() });
  };
  return (
    <div className="scene-hud">
      <div className="scene-hud-row" role="toolbar" aria-label={text.views}>
        {CAMERA_PRESETS.map((p) => (
          <button key={p} type="button" aria-pressed={preset === p} onClick={() => store().goToPreset(p)}>
            {text.preset[p]}
          </button>
        ))}
        <button type="button" aria-pressed={turntable} onClick={() => store().setTurntable(!turntable)}>
          {text.turntable}
        </button>
      </div>
      <div className="scene-hud-row" role="toolbar" aria-label={text.lights}>
        {LIGHTINGS.map((l) => (
          <button key={l} type="button" aria-pressed={lighting === l} onClick={() => store().setLighting(l)}>
            {text.lighting[l]}
          </button>
        ))}
        <button type="button" onClick={() => void saveScreenshot('2x')}>
          {text.shot2x}
        </button>
        <button type="button" onClick={() => void saveScreenshot('4k')}>
          {text.shot4k}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {text.import}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".glb,.gltf,model/gltf-binary,model/gltf+json"
          hidden
          data-testid="model-file"
          onChange={(e) => void onFile(e)}
        />
      </div>
      {model.state === 'loading' && (
        <progress className="scene-hud-progress" aria-label={text.loading} max={1} value={model.progress} />
      )}
      {model.error && (
        <p className="scene-hud-error" role="alert">
          {model.error}
        </p>
      )}
      {model.guesses.length > 0 && (
        <details className="scene-hud-guesses" open>
          <summary>
            {text.guessed} · {model.name}
          </summary>
          <ul aria-label={text.guessed}>
            {model.guesses.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
