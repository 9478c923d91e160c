/**
 * Shop-floor vocabulary shared by the catalog, the car model manifest, the scene and the order draft.
 * Pure data: no imports from electron, node or the DOM.
 */

/** Wrap zones a car model may declare; the default car declares all of them. */
export const WRAP_ZONE_IDS = [
  'hood',
  'roof',
  'tailgate',
  'bumper-front',
  'bumper-rear',
  'fender-left',
  'fender-right',
  'door-front-left',
  'door-front-right',
  'door-rear-left',
  'door-rear-right',
  'quarter-left',
  'quarter-right',
  'mirror-left',
  'mirror-right',
  'pillars',
  'skirt-left',
  'skirt-right',
] as const;

/** A wrap zone id from the standard list (imported models may declare others). */
export type WrapZoneId = (typeof WRAP_ZONE_IDS)[number];

/** Film finishes the 3D preview knows how to draw (PRODUCT §5). */
export const FILM_FINISHES = [
  'gloss',
  'satin',
  'matte',
  'metallic',
  'pearl',
  'chrome',
  'color-shift',
  'carbon',
  'brushed',
  'printed',
] as const;

/** One film finish. */
export type FilmFinish = (typeof FILM_FINISHES)[number];

/** Accessory mount points a car model declares. */
export const MOUNT_POINT_IDS = [
  'roof',
  'rear-spoiler',
  'front-lip',
  'side-left',
  'side-right',
  'mudflap-front-left',
  'mudflap-front-right',
  'mudflap-rear-left',
  'mudflap-rear-right',
  'tow-hitch',
] as const;

/** One accessory mount point. */
export type MountPointId = (typeof MOUNT_POINT_IDS)[number];

/** Width of a standard wrap film roll, in metres. */
export const STANDARD_ROLL_WIDTH_M = 1.52;
