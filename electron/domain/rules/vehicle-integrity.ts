import { type Catalog, itemOf } from '../catalog/catalog';
import type { Localized } from '../catalog/common';
import { type Configuration, modelShaOf, vehicleIdOf } from '../configuration';
import { type Message, type MessageKey, type MessageValue, msg, sameText } from '../messages/message';
import { wording } from '../messages/wording';
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
  return wording('names.vehicleShort', { id: short(id) });
}

/** Mount point names for "this car has no … mount". */
const MOUNT_NAMES: Readonly<Record<string, MessageKey>> = {
  roof: 'names.mounts.roof',
  'rear-spoiler': 'names.mounts.rearSpoiler',
  'front-lip': 'names.mounts.frontLip',
  'side-left': 'names.mounts.sideStep',
  'side-right': 'names.mounts.sideStep',
  'tow-hitch': 'names.mounts.towBar',
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
    out.push({
      code: 'wrong-vehicle',
      path: '$.vehicle',
      item: id,
      message: msg(id === expected ? 'rules.madeForOtherModel' : 'rules.madeFor', { got, want }),
    });
  }
  const kind: VehicleKind = vehicle?.kind ?? 'new-car';
  if (kind === 'new-car') {
    if (c.trim === undefined) out.push(missing('$.trim', msg('rules.chooseTrim')));
    if (c.battery === undefined) out.push(missing('$.battery', msg('rules.chooseBattery')));
  } else {
    const name = vehicle!.name;
    if (c.trim !== undefined) out.push(notFor('$.trim', c.trim, name, nameOf(catalog, c.trim)));
    if (c.battery !== undefined) out.push(notFor('$.battery', c.battery, name, msg('names.batteryPlan')));
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
          message: msg('rules.windowsNotMeasured', { vehicle: name, windows: n }),
        });
      }
    }
    if (!bodyStyleLabour(catalog, vehicle!)) {
      out.push({
        code: 'not-measured',
        path: '$.vehicle',
        item: id,
        message: msg('rules.noBodyStyleLabour', { vehicle: name }),
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
    const key = MOUNT_NAMES[a.mount];
    const mount = key === undefined ? sameText(a.mount) : msg(key);
    const pkg = s.via.get(a.id);
    out.push({
      code: 'no-mount',
      path: pkg === undefined ? '$.accessories' : '$.accessoryPackages',
      item: a.id,
      ...(pkg === undefined ? {} : { other: pkg }),
      message: msg('rules.noMount', { vehicle: vehicle.name, mount, item: a.name }),
    });
  }
}

function missing(path: string, message: Message): Violation {
  return { code: 'missing-choice', path, message };
}

function notFor(path: string, item: string, vehicle: Localized, what: MessageValue): Violation {
  return {
    code: 'not-for-vehicle',
    path,
    item,
    message: msg('rules.notForVehicle', { item: what, vehicle }),
  };
}

function needsZones(path: string, item: string, vehicle: Localized, what: Localized): Violation {
  return {
    code: 'needs-zones',
    path,
    item,
    message: msg('rules.needsZones', { vehicle, item: what }),
  };
}
