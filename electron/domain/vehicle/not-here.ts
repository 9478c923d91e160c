import type { Catalog } from '../catalog/catalog';
import type { Localized } from '../catalog/common';
import { type Configuration, modelShaOf, vehicleIdOf } from '../configuration';
import { type Message, type MessageKey, msg, sameText } from '../messages/message';

/** Whether a configuration's vehicle is in this shop: yes, or a plain message naming the missing car. */
export type VehicleHere =
  | { here: true; id: string }
  | { here: false; id: string; modelSha256?: string; message: Message };

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
    message: msg('vehicle.notInShop', { vehicle: short }),
  };
}

const nameIn = (catalog: Catalog, id: string): Localized => catalog.index.get(id)?.item.name ?? sameText(id);

/**
 * The configuration as text, one message per choice (films, zones, options by catalog name), for when its
 * vehicle is not here and it cannot be opened on the stage. Unknown ids are shown as they are.
 */
export function configurationAsText(catalog: Catalog, c: Configuration): Message[] {
  const out: Message[] = [];
  const line = (what: MessageKey, ids: readonly string[]) => {
    if (ids.length === 0) return;
    out.push(msg('vehicle.asText.line', { what: msg(what), names: ids.map((id) => nameIn(catalog, id)) }));
  };
  const id = vehicleIdOf(c);
  const sha = modelShaOf(c);
  const vehicle = id === catalog.vehicle.id ? catalog.vehicle.name : sameText(id.slice(0, 8));
  out.push(
    sha
      ? msg('vehicle.asText.vehicleModel', { vehicle, model: sha.slice(0, 8) })
      : msg('vehicle.asText.vehicle', { vehicle }),
  );
  if (c.trim !== undefined) line('vehicle.asText.trim', [c.trim]);
  const wrap = c.wrap;
  if (wrap?.film !== undefined) line('vehicle.asText.fullWrap', [wrap.film]);
  if (wrap?.twoTone !== undefined) line('vehicle.asText.twoTone', [wrap.twoTone]);
  for (const [zone, film] of Object.entries(wrap?.zones ?? {})) {
    out.push(msg('vehicle.asText.zone', { zone, film: nameIn(catalog, film) }));
  }
  if (wrap?.artwork) {
    const a = wrap.artwork;
    out.push(
      msg('vehicle.asText.artwork', {
        ref: a.ref,
        film: nameIn(catalog, a.film),
        zones: a.zones.map(sameText),
      }),
    );
  }
  for (const [i, d] of (wrap?.decals ?? []).entries()) {
    const size = `${d.sizeMm[0]} × ${d.sizeMm[1]} mm`;
    out.push(msg('vehicle.asText.decal', { n: i + 1, ref: d.ref, film: nameIn(catalog, d.film), size }));
  }
  if (c.ppf !== undefined) line('vehicle.asText.ppf', [c.ppf]);
  for (const [set, film] of Object.entries(c.tint ?? {})) {
    out.push(msg('vehicle.asText.tint', { windows: nameIn(catalog, set), film: nameIn(catalog, film) }));
  }
  if (c.wheel !== undefined) line('vehicle.asText.wheels', [c.wheel]);
  if (c.caliper !== undefined) line('vehicle.asText.calipers', [c.caliper]);
  line('vehicle.asText.trimPieces', c.trimPieces ?? []);
  line('vehicle.asText.accessories', c.accessories ?? []);
  line('vehicle.asText.accessoryPackages', c.accessoryPackages ?? []);
  if (c.maintenance !== undefined) line('vehicle.asText.maintenance', [c.maintenance]);
  return out;
}
