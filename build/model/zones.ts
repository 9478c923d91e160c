/** Wrap-zone metadata of the default car: display names, workshop labour and how each zone is laid flat. */
import type { WrapZoneId } from '@domain/vocabulary';
import type { ArcMode } from './bodyparts';

/** What the manifest says about a zone besides its measured geometry. */
export interface ZoneInfo {
  zh: string;
  en: string;
  labourHours: number;
  /** How the zone is first laid flat from the loft's grid lines. */
  arc: ArcMode;
  /** Relaxation rounds when laying it flat (default 300); curved zones that wrap a corner need more. */
  iterations?: number;
}

/** Per-zone metadata, keyed by the shared vocabulary ids. */
export const ZONE_INFO: Record<WrapZoneId, ZoneInfo> = {
  hood: { zh: '引擎盖', en: 'Hood', labourHours: 1.5, arc: 'top' },
  roof: { zh: '车顶', en: 'Roof', labourHours: 1.5, arc: 'top' },
  tailgate: { zh: '尾门', en: 'Tailgate', labourHours: 1.8, arc: 'tip-rear', iterations: 3000 },
  'bumper-front': { zh: '前保险杠', en: 'Front bumper', labourHours: 2, arc: 'tip-front' },
  'bumper-rear': { zh: '后保险杠', en: 'Rear bumper', labourHours: 2, arc: 'tip-rear' },
  'fender-left': { zh: '左前翼子板', en: 'Left front fender', labourHours: 1, arc: 'side' },
  'fender-right': { zh: '右前翼子板', en: 'Right front fender', labourHours: 1, arc: 'side' },
  'door-front-left': { zh: '左前门', en: 'Left front door', labourHours: 1.2, arc: 'side' },
  'door-front-right': { zh: '右前门', en: 'Right front door', labourHours: 1.2, arc: 'side' },
  'door-rear-left': { zh: '左后门', en: 'Left rear door', labourHours: 1.2, arc: 'side' },
  'door-rear-right': { zh: '右后门', en: 'Right rear door', labourHours: 1.2, arc: 'side' },
  'quarter-left': { zh: '左后翼子板', en: 'Left rear quarter', labourHours: 1.4, arc: 'side' },
  'quarter-right': { zh: '右后翼子板', en: 'Right rear quarter', labourHours: 1.4, arc: 'side' },
  'mirror-left': { zh: '左后视镜', en: 'Left mirror', labourHours: 0.5, arc: 'side' },
  'mirror-right': { zh: '右后视镜', en: 'Right mirror', labourHours: 0.5, arc: 'side' },
  pillars: { zh: '车柱', en: 'Pillars', labourHours: 1.2, arc: 'side' },
  'skirt-left': { zh: '左侧裙', en: 'Left side skirt', labourHours: 0.6, arc: 'side' },
  'skirt-right': { zh: '右侧裙', en: 'Right side skirt', labourHours: 0.6, arc: 'side' },
};
