/** Wrap-zone metadata of the default car: display names, workshop labour and how each zone is laid flat. */
import type { WrapZoneId } from '@domain/vocabulary';
import type { ArcMode } from './bodyparts';

/**
 * Which way the top edge of a printed image points on a zone (docs/DESIGNER.md, "Which way up"): `sky` on
 * panels seen from the side, front or rear (the image reads upright from there); `rear` on the hood and roof
 * (the image reads upright from in front of the car, as in the opening front 3/4 view).
 */
export type ImageTop = 'sky' | 'rear';

/** Car-frame direction of each ImageTop (glTF axes: Y up, nose +Z). */
export const IMAGE_TOP: Record<ImageTop, readonly [number, number, number]> = {
  sky: [0, 1, 0],
  rear: [0, 0, -1],
};

/** What the manifest says about a zone besides its measured geometry. */
export interface ZoneInfo {
  zh: string;
  en: string;
  labourHours: number;
  /** How the zone is first laid flat from the loft's grid lines. */
  arc: ArcMode;
  /** Which way the artwork's top edge points on the car. */
  top: ImageTop;
  /** Relaxation rounds when laying it flat (default 300); curved zones that wrap a corner need more. */
  iterations?: number;
}

/** Per-zone metadata, keyed by the shared vocabulary ids. */
export const ZONE_INFO: Record<WrapZoneId, ZoneInfo> = {
  hood: { zh: '引擎盖', en: 'Hood', labourHours: 1.5, top: 'rear', arc: 'top' },
  roof: { zh: '车顶', en: 'Roof', labourHours: 1.5, top: 'rear', arc: 'top' },
  tailgate: { zh: '尾门', en: 'Tailgate', labourHours: 1.8, top: 'sky', arc: 'tip-rear', iterations: 3000 },
  'bumper-front': { zh: '前保险杠', en: 'Front bumper', labourHours: 2, top: 'sky', arc: 'tip-front' },
  'bumper-rear': { zh: '后保险杠', en: 'Rear bumper', labourHours: 2, top: 'sky', arc: 'tip-rear' },
  'fender-left': { zh: '左前翼子板', en: 'Left front fender', labourHours: 1, top: 'sky', arc: 'side' },
  'fender-right': { zh: '右前翼子板', en: 'Right front fender', labourHours: 1, top: 'sky', arc: 'side' },
  'door-front-left': { zh: '左前门', en: 'Left front door', labourHours: 1.2, top: 'sky', arc: 'side' },
  'door-front-right': { zh: '右前门', en: 'Right front door', labourHours: 1.2, top: 'sky', arc: 'side' },
  'door-rear-left': { zh: '左后门', en: 'Left rear door', labourHours: 1.2, top: 'sky', arc: 'side' },
  'door-rear-right': { zh: '右后门', en: 'Right rear door', labourHours: 1.2, top: 'sky', arc: 'side' },
  'quarter-left': { zh: '左后翼子板', en: 'Left rear quarter', labourHours: 1.4, top: 'sky', arc: 'side' },
  'quarter-right': { zh: '右后翼子板', en: 'Right rear quarter', labourHours: 1.4, top: 'sky', arc: 'side' },
  'mirror-left': { zh: '左后视镜', en: 'Left mirror', labourHours: 0.5, top: 'sky', arc: 'side' },
  'mirror-right': { zh: '右后视镜', en: 'Right mirror', labourHours: 0.5, top: 'sky', arc: 'side' },
  pillars: { zh: '车柱', en: 'Pillars', labourHours: 1.2, top: 'sky', arc: 'side' },
  'skirt-left': { zh: '左侧裙', en: 'Left side skirt', labourHours: 0.6, top: 'sky', arc: 'side' },
  'skirt-right': { zh: '右侧裙', en: 'Right side skirt', labourHours: 0.6, top: 'sky', arc: 'side' },
};
