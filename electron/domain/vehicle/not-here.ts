import type { Catalog } from '../catalog/catalog';
import type { Localized } from '../catalog/common';
import { type Configuration, modelShaOf, vehicleIdOf } from '../configuration';

/** Whether a configuration's vehicle is in this shop: yes, or a plain message naming the missing car. */
export type VehicleHere =
  | { here: true; id: string }
  | { here: false; id: string; modelSha256?: string; message: Localized };

/**
 * Decides whether the vehicle a code or draft names is in this shop: the catalog's launch EV always is; a
 * library car is when its id is among `knownIds` (the shop's library, damaged entries excluded by the caller).
 */
export function vehicleHere(
  catalog: Pick<Catalog, 'vehicle'>,
  c: Pick<Configuration, 'vehicle'>,
  knownIds: Iterable<string>,
): VehicleHere {
  const id = vehicleIdOf(c);
  if (id === catalog.vehicle.id) return { here: true, id };
  for (const k of knownIds) if (k === id) return { here: true, id };
  const sha = modelShaOf(c);
  const short = id.slice(0, 8);
  return {
    here: false,
    id,
    ...(sha === undefined ? {} : { modelSha256: sha }),
    message: {
      zh: `此配置是为车辆 ${short} 制作的，本店的车辆库中没有这辆车。可以按下面的文字内容在其他车辆上重新配置，或先导入这辆车。`,
      en: `This configuration was made for vehicle ${short}, which is not in this shop's vehicle library. The configuration is listed below as text: rebuild it on another car, or import that car first.`,
    },
  };
}

const nameIn = (catalog: Catalog, id: string): Localized =>
  catalog.index.get(id)?.item.name ?? { zh: id, en: id };

/**
 * The configuration as text, one line per choice (films, zones, options by catalog name), for when its vehicle
 * is not here and it cannot be opened on the stage. Unknown ids are shown as they are.
 */
export function configurationAsText(catalog: Catalog, c: Configuration): Localized[] {
  const out: Localized[] = [];
  const line = (zh: string, en: string, ids: readonly string[]) => {
    if (ids.length === 0) return;
    const names = ids.map((id) => nameIn(catalog, id));
    out.push({
      zh: `${zh}：${names.map((n) => n.zh).join('、')}`,
      en: `${en}: ${names.map((n) => n.en).join(', ')}`,
    });
  };
  const id = vehicleIdOf(c);
  const sha = modelShaOf(c);
  out.push({
    zh: `车辆：${id === catalog.vehicle.id ? catalog.vehicle.name.zh : id.slice(0, 8)}${sha ? `（模型 ${sha.slice(0, 8)}）` : ''}`,
    en: `Vehicle: ${id === catalog.vehicle.id ? catalog.vehicle.name.en : id.slice(0, 8)}${sha ? ` (model ${sha.slice(0, 8)})` : ''}`,
  });
  if (c.trim !== undefined) line('版本', 'Trim', [c.trim]);
  const wrap = c.wrap;
  if (wrap?.film !== undefined) line('整车膜', 'Full wrap', [wrap.film]);
  if (wrap?.twoTone !== undefined) line('双色方案', 'Two-tone', [wrap.twoTone]);
  for (const [zone, film] of Object.entries(wrap?.zones ?? {})) {
    const f = nameIn(catalog, film);
    out.push({ zh: `区域 ${zone}：${f.zh}`, en: `Zone ${zone}: ${f.en}` });
  }
  if (wrap?.artwork) {
    const f = nameIn(catalog, wrap.artwork.film);
    out.push({
      zh: `图案 ${wrap.artwork.ref}（${f.zh}）：${wrap.artwork.zones.join('、')}`,
      en: `Artwork ${wrap.artwork.ref} (${f.en}): ${wrap.artwork.zones.join(', ')}`,
    });
  }
  for (const [i, d] of (wrap?.decals ?? []).entries()) {
    const f = nameIn(catalog, d.film);
    const size = `${d.sizeMm[0]} × ${d.sizeMm[1]} mm`;
    out.push({
      zh: `贴花 ${i + 1}：${d.ref}，${f.zh}，${size}`,
      en: `Decal ${i + 1}: ${d.ref}, ${f.en}, ${size}`,
    });
  }
  if (c.ppf !== undefined) line('车衣', 'PPF', [c.ppf]);
  for (const [set, film] of Object.entries(c.tint ?? {})) {
    const s = nameIn(catalog, set);
    const f = nameIn(catalog, film);
    out.push({ zh: `${s.zh}贴膜：${f.zh}`, en: `${s.en} tint: ${f.en}` });
  }
  if (c.wheel !== undefined) line('轮毂', 'Wheels', [c.wheel]);
  if (c.caliper !== undefined) line('卡钳', 'Calipers', [c.caliper]);
  line('饰件', 'Trim pieces', c.trimPieces ?? []);
  line('配件', 'Accessories', c.accessories ?? []);
  line('配件套装', 'Accessory packages', c.accessoryPackages ?? []);
  if (c.maintenance !== undefined) line('保养', 'Maintenance', [c.maintenance]);
  return out;
}
