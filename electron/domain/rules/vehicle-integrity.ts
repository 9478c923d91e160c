import { type Catalog, itemOf } from '../catalog/catalog';
import type { Localized } from '../catalog/common';
import { type Configuration, modelShaOf, vehicleIdOf } from '../configuration';
import { bodyStyleLabour, type VehicleContext } from '../vehicle/context';
import type { VehicleKind } from '../vehicle/vehicle';
import { nameOf } from './messages';
import type { Selection } from './selection';
import type { Violation } from './violation';

const short = (sha: string) => sha.slice(0, 8);

/** How a vehicle is named in messages: its name, or its short id. */
function vehicleName(catalog: Catalog, id: string, vehicle: VehicleContext | undefined): Localized {
  if (vehicle && vehicle.ref.id === id) return vehicle.name;
  if (id === catalog.vehicle.id) return catalog.vehicle.name;
  return { zh: `车辆 ${short(id)}`, en: `vehicle ${short(id)}` };
}

/** Mount point names for "this car has no … mount". */
const MOUNT_NAMES: Readonly<Record<string, Localized>> = {
  roof: { zh: '车顶', en: 'roof' },
  'rear-spoiler': { zh: '尾门扰流板', en: 'rear spoiler' },
  'front-lip': { zh: '前唇', en: 'front lip' },
  'side-left': { zh: '侧踏板', en: 'side step' },
  'side-right': { zh: '侧踏板', en: 'side step' },
  'tow-hitch': { zh: '拖车钩', en: 'tow bar' },
};

/**
 * Checks that the configuration is for the context's vehicle (the launch EV when none is given) and fits it:
 * the launch EV needs a trim and a battery plan; a service vehicle has neither, takes full-body PPF only (one
 * zone until zones are cut), no two-tone, tint only on window sets measured on it, and only the financing and
 * maintenance plans the catalog offers for service vehicles; accessories need a mount the car has.
 */
export function checkVehicle(
  catalog: Catalog,
  c: Configuration,
  s: Selection,
  vehicle: VehicleContext | undefined,
  out: Violation[],
): void {
  const id = vehicleIdOf(c);
  const expected = vehicle?.ref.id ?? catalog.vehicle.id;
  const sha = modelShaOf(c);
  if (id !== expected || (vehicle && sha !== undefined && sha !== vehicle.ref.modelSha256)) {
    const want = vehicleName(catalog, expected, vehicle);
    const got = vehicleName(catalog, id, vehicle);
    const model = id === expected ? { zh: '（车型文件已更换）', en: ' (its model file has changed)' } : null;
    out.push({
      code: 'wrong-vehicle',
      path: '$.vehicle',
      item: id,
      message: {
        zh: `该配置是为${got.zh}${model?.zh ?? ''}制作的，不是${want.zh}`,
        en: `this configuration was made for ${got.en}${model?.en ?? ''}, not ${want.en}`,
      },
    });
  }
  const kind: VehicleKind = vehicle?.kind ?? 'new-car';
  if (kind === 'new-car') {
    if (c.trim === undefined) out.push(missing('$.trim', { zh: '请选择车型版本', en: 'choose a trim' }));
    if (c.battery === undefined)
      out.push(
        missing('$.battery', { zh: '请选择电池方案', en: 'choose a battery plan (buy or subscribe)' }),
      );
  } else {
    const name = vehicle!.name;
    if (c.trim !== undefined) out.push(notFor('$.trim', c.trim, name, nameOf(catalog, c.trim)));
    if (c.battery !== undefined)
      out.push(notFor('$.battery', c.battery, name, { zh: '电池方案', en: 'a battery plan' }));
    if (c.wrap?.twoTone !== undefined) {
      const n = nameOf(catalog, c.wrap.twoTone);
      out.push(needsZones('$.wrap.twoTone', c.wrap.twoTone, name, n));
    }
    const ppf = c.ppf === undefined ? undefined : itemOf(catalog, 'ppf', c.ppf);
    if (ppf && ppf.coverage !== 'full-body') out.push(needsZones('$.ppf', ppf.id, name, ppf.name));
    for (const set in c.tint ?? {}) {
      if (vehicle!.windowAreasM2?.[set] === undefined) {
        const n = nameOf(catalog, set);
        out.push({
          code: 'not-measured',
          path: `$.tint.${set}`,
          item: set,
          message: {
            zh: `${name.zh}的${n.zh}面积尚未测量，暂不能贴膜报价`,
            en: `${name.en}: the ${n.en} area is not measured yet, so it cannot be tinted and priced`,
          },
        });
      }
    }
    if (!bodyStyleLabour(catalog, vehicle!)) {
      out.push({
        code: 'not-measured',
        path: '$.vehicle',
        item: id,
        message: {
          zh: `目录中没有${name.zh}车身类型的工时，请在工时表中补充`,
          en: `the catalog has no labour hours for ${name.en}'s body style: add it to labour.json`,
        },
      });
    }
  }
  if (c.maintenance !== undefined || c.financing !== undefined)
    offeredFor(catalog, c, kind, vehicle?.name ?? catalog.vehicle.name, out);
  if (vehicle) checkMounts(catalog, s, vehicle, out);
}

function offeredFor(
  catalog: Catalog,
  c: Configuration,
  kind: VehicleKind,
  name: Localized,
  out: Violation[],
): void {
  const m = c.maintenance === undefined ? undefined : itemOf(catalog, 'maintenance', c.maintenance);
  if (m && !m.vehicleKinds.includes(kind)) out.push(notFor('$.maintenance', m.id, name, m.name));
  const f = c.financing === undefined ? undefined : itemOf(catalog, 'financing', c.financing.plan);
  if (f && !f.vehicleKinds.includes(kind)) out.push(notFor('$.financing.plan', f.id, name, f.name));
}

function checkMounts(catalog: Catalog, s: Selection, vehicle: VehicleContext, out: Violation[]): void {
  for (const a of catalog.accessories) {
    if (a.mount === 'none' || !s.items.has(a.id) || vehicle.mounts.includes(a.mount)) continue;
    const mount = MOUNT_NAMES[a.mount] ?? { zh: a.mount, en: a.mount };
    const pkg = s.via.get(a.id);
    out.push({
      code: 'no-mount',
      path: pkg === undefined ? '$.accessories' : '$.accessoryPackages',
      item: a.id,
      ...(pkg === undefined ? {} : { other: pkg }),
      message: {
        zh: `${vehicle.name.zh}没有${mount.zh}安装位，不能加装${a.name.zh}`,
        en: `${vehicle.name.en} has no ${mount.en} mount, so ${a.name.en} cannot be fitted`,
      },
    });
  }
}

function missing(path: string, message: Localized): Violation {
  return { code: 'missing-choice', path, message };
}

function notFor(path: string, item: string, vehicle: Localized, what: Localized): Violation {
  return {
    code: 'not-for-vehicle',
    path,
    item,
    message: {
      zh: `${what.zh}不适用于${vehicle.zh}`,
      en: `${what.en} is not offered for ${vehicle.en}`,
    },
  };
}

function needsZones(path: string, item: string, vehicle: Localized, what: Localized): Violation {
  return {
    code: 'needs-zones',
    path,
    item,
    message: {
      zh: `${vehicle.zh}的分区尚未划分，暂只能整车施工，不能选择${what.zh}`,
      en: `${vehicle.en} has one zone (its body) until its zones are cut, so ${what.en} is not available`,
    },
  };
}
