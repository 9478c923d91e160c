import type { TFunction } from 'i18next';
import type scene from '../i18n/scene.json';
import type { CameraPresetId, LightingId } from './scene-config';

/** Labels of the stage's own controls (from i18n/scene.json, like every UI string). */
export type HudText = (typeof scene)['en'] & {
  preset: Record<CameraPresetId, string>;
  lighting: Record<LightingId, string>;
};

/** The HUD's texts in the current UI language. */
export function hudText(t: TFunction): HudText {
  return t('scene', { returnObjects: true }) as HudText;
}
