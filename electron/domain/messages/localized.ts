/**
 * Text in both languages, Chinese and English (catalog names, stored wording). The catalog's zod schema
 * `Localized` (catalog/common.ts) parses to this shape; declared here so messages need nothing from the catalog.
 */
export interface Localized {
  zh: string;
  en: string;
}
