import { type Box, extents } from './items';
import type { Orientation } from './orient';
import type { SceneryDrop } from './scenery';
import type { Message } from './types';

const metres = (fileUnits: number, scale: number) => Math.round(fileUnits * scale * 10) / 10;

/** The sentence for one piece of scenery, in metres, told apart by where it lies once up is known. */
export function dropReason(drop: SceneryDrop, scale: number, o: Orientation, car: Box): Message {
  const size = extents(drop.item.box);
  if (drop.kind === 'enclosure')
    return { key: 'import.droppedEnclosure', values: { sizeM: metres(Math.max(...size), scale) } };
  if (drop.kind === 'apart')
    return { key: 'import.droppedApart', values: { distanceM: metres(drop.gap, scale) } };
  const [a, b] = [0, 1, 2].filter((axis) => axis !== drop.thinAxis).map((axis) => size[axis]! * scale);
  const values = { widthM: metres(a!, 1), depthM: metres(b!, 1), areaM2: Math.round(a! * b!) };
  if (drop.thinAxis !== o.up) return { key: 'import.droppedBackdrop', values };
  const centre = (o.upSign * (drop.item.box.min[o.up]! + drop.item.box.max[o.up]!)) / 2;
  const bottom = o.upSign > 0 ? car.min[o.up]! : -car.max[o.up]!;
  const height = extents(car)[o.up]!;
  return { key: centre <= bottom + 0.25 * height ? 'import.droppedGround' : 'import.droppedPlane', values };
}
