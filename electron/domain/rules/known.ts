import type { Catalog, ItemKind } from '../catalog/catalog';
import { nameOf } from './messages';
import type { Violation } from './violation';

/** Item kinds as a customer names them, for "unknown item" messages. */
const KIND_NAMES: Partial<Record<ItemKind, { zh: string; en: string }>> = {
  trim: { zh: '车型版本', en: 'trim' },
  film: { zh: '改色膜', en: 'film' },
  twoTone: { zh: '双色方案', en: 'two-tone preset' },
  ppf: { zh: '隐形车衣套餐', en: 'PPF package' },
  tint: { zh: '车窗膜', en: 'tint film' },
  windowSet: { zh: '车窗位置', en: 'window set' },
  wheel: { zh: '轮毂', en: 'wheel' },
  caliper: { zh: '卡钳', en: 'caliper colour' },
  trimPiece: { zh: '外观件', en: 'trim piece' },
  accessory: { zh: '配件', en: 'accessory' },
  accessoryPackage: { zh: '配件套装', en: 'accessory package' },
  maintenance: { zh: '保养套餐', en: 'maintenance package' },
  store: { zh: '门店', en: 'store' },
  financing: { zh: '金融方案', en: 'financing plan' },
};

/** Checks that an id names an item of a kind (and is available on the date); reports it otherwise. */
export class Known {
  constructor(
    private readonly catalog: Catalog,
    private readonly date: string | undefined,
    private readonly out: Violation[],
  ) {}

  /** True when `id` is an item of `kind`; otherwise reports it at `base` (+ key) and returns false. */
  check(id: string, kind: ItemKind, base: string, key?: string | number): boolean {
    return isKnown(this.catalog, this.date, this.out, id, kind, base, key);
  }
}

function pathOf(base: string, key: string | number | undefined): string {
  return key === undefined ? base : typeof key === 'number' ? `${base}[${key}]` : `${base}.${key}`;
}

/** Reports an unknown id, or an item outside its availability window on the date. */
function isKnown(
  catalog: Catalog,
  date: string | undefined,
  out: Violation[],
  id: string,
  kind: ItemKind,
  base: string,
  key?: string | number,
): boolean {
  const found = catalog.index.get(id);
  if (found && found.kind === kind) {
    const { from, to } = found;
    if (date && ((from && date < from) || (to && date > to))) {
      const path = pathOf(base, key);
      const n = nameOf(catalog, id);
      const when =
        from && date < from
          ? { zh: `${from}起供应`, en: `from ${from}` }
          : { zh: `已于${to}停售`, en: `ended ${to}` };
      out.push({
        code: 'not-available-on-date',
        path,
        item: id,
        message: {
          zh: `${n.zh}在${date}不可选（${when.zh}）`,
          en: `${n.en} is not available on ${date} (${when.en})`,
        },
      });
    }
    return true;
  }
  const path = pathOf(base, key);
  const k = KIND_NAMES[kind] ?? { zh: kind, en: kind };
  out.push({
    code: 'unknown-item',
    path,
    item: id,
    message: {
      zh: `未知的${k.zh}“${id}”`,
      en: `unknown ${k.en} "${id}": not in price list ${catalog.priceList.version}`,
    },
  });
  return false;
}
