/** Quote categories: every priced line belongs to one, and promotions target them. */
export const QUOTE_CATEGORIES = [
  'vehicle',
  'wrap',
  'ppf',
  'tint',
  'wheels',
  'accessories',
  'maintenance',
] as const;

/** One quote category. */
export type QuoteCategory = (typeof QUOTE_CATEGORIES)[number];

/** Display names of the categories, for quotes and messages. */
export const CATEGORY_NAMES: Record<QuoteCategory | 'order', { zh: string; en: string }> = {
  vehicle: { zh: '整车', en: 'Vehicle' },
  wrap: { zh: '车身改色膜', en: 'Wrap' },
  ppf: { zh: '隐形车衣', en: 'Paint protection film' },
  tint: { zh: '车窗膜', en: 'Window tint' },
  wheels: { zh: '轮毂与外观件', en: 'Wheels & trim' },
  accessories: { zh: '配件', en: 'Accessories' },
  maintenance: { zh: '保养套餐', en: 'Maintenance' },
  order: { zh: '整单', en: 'Order' },
};
