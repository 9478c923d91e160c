import type { CameraPresetId, LightingId } from './scene-config';

/** Labels of the stage's own controls, in both UI languages. */
const TEXT = {
  en: {
    preset: { front34: 'Front ¾', side: 'Side', rear34: 'Rear ¾', top: 'Top', wheel: 'Wheel' },
    lighting: { studio: 'Studio', daylight: 'Daylight', night: 'Night showroom' },
    turntable: 'Turntable',
    shot2x: 'Screenshot 2×',
    shot4k: 'Screenshot 4K',
    import: 'Import car model…',
    loading: 'Loading model',
    guessed: 'Guessed from names',
    views: 'Camera views',
    lights: 'Lighting',
  },
  'zh-CN': {
    preset: { front34: '前 ¾', side: '侧面', rear34: '后 ¾', top: '俯视', wheel: '轮毂特写' },
    lighting: { studio: '影棚', daylight: '日光', night: '夜间展厅' },
    turntable: '转台',
    shot2x: '截图 2×',
    shot4k: '截图 4K',
    import: '导入车辆模型…',
    loading: '正在加载模型',
    guessed: '按名称推测',
    views: '视角',
    lights: '灯光',
  },
} satisfies Record<string, unknown>;

/** The HUD's texts for a UI language (English for anything not Chinese). */
export function hudText(language: string): (typeof TEXT)['en'] & {
  preset: Record<CameraPresetId, string>;
  lighting: Record<LightingId, string>;
} {
  return language.startsWith('zh') ? TEXT['zh-CN'] : TEXT.en;
}
