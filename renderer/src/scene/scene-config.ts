import type { FilmMaterial } from '@domain/catalog/film-material';
import type { ArtworkPlacement } from '@domain/configuration';
import type { z } from 'zod';

/** Window sets the default car declares; tint is chosen per set. */
export const WINDOW_SETS = ['windscreen', 'front-sides', 'rear-sides', 'rear'] as const;

/** Rim designs the default car carries as `rim:<design>` nodes. */
export const RIM_DESIGNS = ['aero', 'turbine', 'y-spoke', 'mesh'] as const;

/** Rim diameter the model's rims are built at, inches (other sizes scale the rim radially). */
export const BASE_RIM_INCH = 19;

/** Radius of a rim's flange for a size in inches, metres (bead seat plus flange), as the model builds it. */
export const rimRadiusM = (inch: number): number => (inch * 0.0254) / 2 + 0.012;

/** Lighting set-ups, all generated in code (nothing downloaded). */
export const LIGHTINGS = ['studio', 'daylight', 'night'] as const;
/** One lighting set-up. */
export type LightingId = (typeof LIGHTINGS)[number];

/** Camera presets of PRODUCT §5. */
export const CAMERA_PRESETS = ['front34', 'side', 'rear34', 'top', 'wheel'] as const;
/** One camera preset. */
export type CameraPresetId = (typeof CAMERA_PRESETS)[number];

/** Where printed artwork sits on a zone's UV layout: the configuration's placement (mm, degrees). */
export type ZoneArtworkPlacement = z.infer<typeof ArtworkPlacement>;

/** Printed artwork on one zone: an image URL (blob:, data: or bundled), its file name and placement. */
export interface ZoneArtwork {
  url: string;
  /** File name (for messages). */
  ref?: string;
  placement: ZoneArtworkPlacement;
}

/** A printed decal projected onto the car (model-space point and normal, metres; size in mm). */
export interface SceneDecal {
  url: string;
  ref?: string;
  position: [number, number, number];
  normal: [number, number, number];
  sizeMm: [number, number];
  rotationDeg: number;
}

/** Paint protection film finish over a zone. */
export type PpfFinish = 'gloss' | 'matte';

/**
 * What the 3D scene draws, and nothing else: the panels map the catalog Configuration to this.
 * Zone ids absent from `zones` (or mapped to null) show the model's factory paint.
 */
export interface SceneLook {
  /** Zone id → film material, or null for factory paint. */
  zones: Record<string, FilmMaterial | null>;
  /** Zone id → PPF finish laid over the zone. */
  ppf: Record<string, PpfFinish | null>;
  /** Window set id → visible light transmission in percent; absent = factory glass. */
  tintVlt: Record<string, number | null>;
  rim: { design: string; sizeInch: number };
  /** Brake caliper colour, sRGB `#rrggbb`. */
  caliperColor: string;
  /** Bright trim shown satin black instead of chrome. */
  chromeDelete: boolean;
  /** Accessory part ids shown on the car (everything else is hidden). */
  accessories: string[];
  /** Zone id → printed artwork (drawn on the zone's film, usually a `printed` film). */
  artwork?: Record<string, ZoneArtwork>;
  /** Projected decals, drawn over the films. */
  decals?: SceneDecal[];
}

/** The look of a car straight from the factory: factory paint, the model's default 19-inch y-spoke rims, no extras. */
export const FACTORY_LOOK: SceneLook = {
  zones: {},
  ppf: {},
  tintVlt: {},
  rim: { design: 'y-spoke', sizeInch: 19 },
  caliperColor: '#5a5d62',
  chromeDelete: false,
  accessories: [],
};

/** Sets one film on every listed zone (full wrap, two-tone preset, PPF package helpers build on this). */
export function withFilm(look: SceneLook, zoneIds: readonly string[], film: FilmMaterial | null): SceneLook {
  const zones = { ...look.zones };
  for (const id of zoneIds) zones[id] = film;
  return { ...look, zones };
}

/** Sets a PPF finish (or none) on every listed zone. */
export function withPpf(look: SceneLook, zoneIds: readonly string[], finish: PpfFinish | null): SceneLook {
  const ppf = { ...look.ppf };
  for (const id of zoneIds) ppf[id] = finish;
  return { ...look, ppf };
}
