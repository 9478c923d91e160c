import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import designer from './designer.json';
import en from './en.json';
import kiosk from './kiosk.json';
import modelImport from './model-import.json';
import recovery from './recovery.json';
import sales from './sales.json';
import scene from './scene.json';
import vehicles from './vehicles.json';
import zhCN from './zh-CN.json';

/** Languages the UI ships in; Chinese is the default. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
/** One UI language. */
export type Language = (typeof LANGUAGES)[number];

/** Initializes i18next with both bundled languages (no network back end: kiosks are offline). */
export function setupI18n(language: Language = 'zh-CN'): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: {
      'zh-CN': {
        translation: {
          ...zhCN,
          kiosk: kiosk['zh-CN'],
          scene: scene['zh-CN'],
          sales: sales['zh-CN'],
          designer: designer['zh-CN'],
          recovery: recovery['zh-CN'],
          modelImport: modelImport['zh-CN'],
          vehicles: vehicles['zh-CN'],
        },
      },
      en: {
        translation: {
          ...en,
          kiosk: kiosk.en,
          scene: scene.en,
          sales: sales.en,
          designer: designer.en,
          recovery: recovery.en,
          modelImport: modelImport.en,
          vehicles: vehicles.en,
        },
      },
    },
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
