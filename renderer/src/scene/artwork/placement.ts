import type { ZoneArtworkPlacement } from '../scene-config';

/** Where artwork sits until the designer places it: fitted, centred, unscaled, unrotated. */
export const DEFAULT_PLACEMENT: ZoneArtworkPlacement = {
  fit: 'fit',
  offsetMm: [0, 0],
  scale: 1,
  rotationDeg: 0,
};

/** A zone's UV layout at real size: its extent in metres and the metres one UV unit stands for. */
export interface ZoneLayout {
  sizeM: [number, number];
  uvUnitM: number;
}

/** The layout of a zone the model does not measure: the UV square, one metre across. */
export const UNIT_LAYOUT: ZoneLayout = { sizeM: [1, 1], uvUnitM: 1 };

/**
 * Printed size of the image before scale, metres: `fit` shows all of it inside the zone, `fill` covers
 * the zone (cropping the overflow); `tile` repeats the fitted image (scale it down for a finer pattern).
 */
export function baseSizeM(
  fit: ZoneArtworkPlacement['fit'],
  zone: [number, number],
  aspect: number,
): [number, number] {
  const [zw, zh] = zone;
  const wider = aspect > zw / zh;
  const byWidth = fit === 'fill' ? !wider : wider;
  return byWidth ? [zw, zw / aspect] : [zh * aspect, zh];
}

/** Printed size of the image with its scale, millimetres (what the panel shows and the print shop gets). */
export function printedSizeMm(p: ZoneArtworkPlacement, layout: ZoneLayout, aspect: number): [number, number] {
  const [w, h] = baseSizeM(p.fit, layout.sizeM, aspect);
  return [Math.round(w * p.scale * 1000), Math.round(h * p.scale * 1000)];
}

/**
 * The UV transform (row-major 3×3, for three's Matrix3.set) that maps a zone's UV coordinates to the
 * image's texture coordinates: image centre at the zone centre plus the offset, rotated counter-clockwise,
 * scaled; image top at v = 0 (the top of the zone's UV template). `pad` is the texture's transparent border in texels (fit/fill textures
 * carry a 1-texel white border so the zone outside the image shows the film), with the image's texel size.
 */
export function placementMatrix(
  p: ZoneArtworkPlacement,
  layout: ZoneLayout,
  aspect: number,
  pad: { border: number; width: number; height: number } | null,
): number[] {
  const [w, h] = baseSizeM(p.fit, layout.sizeM, aspect);
  const k = layout.uvUnitM;
  const s = p.scale;
  const theta = (p.rotationDeg * Math.PI) / 180;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const cx = layout.sizeM[0] / 2 + p.offsetMm[0] / 1000;
  const cy = layout.sizeM[1] / 2 + p.offsetMm[1] / 1000;
  // q = R(-θ)(k·uv − c) / s, then x = q.x / w + ½, y = q.y / h + ½ (image rows run along +v, as in the
  // UV template, whose y axis is v in millimetres: artwork drawn on the template lands where it was drawn).
  const a11 = (cos * k) / s;
  const a12 = (sin * k) / s;
  const a21 = (-sin * k) / s;
  const a22 = (cos * k) / s;
  const b1 = -(cos * cx + sin * cy) / s;
  const b2 = -(-sin * cx + cos * cy) / s;
  let r1 = [a11 / w, a12 / w, b1 / w + 0.5];
  let r2 = [a21 / h, a22 / h, b2 / h + 0.5];
  if (pad) {
    const sx = pad.width / (pad.width + 2 * pad.border);
    const sy = pad.height / (pad.height + 2 * pad.border);
    const ox = pad.border / (pad.width + 2 * pad.border);
    const oy = pad.border / (pad.height + 2 * pad.border);
    r1 = [r1[0]! * sx, r1[1]! * sx, r1[2]! * sx + ox];
    r2 = [r2[0]! * sy, r2[1]! * sy, r2[2]! * sy + oy];
  }
  return [r1[0]!, r1[1]!, r1[2]!, r2[0]!, r2[1]!, r2[2]!, 0, 0, 1];
}

/** Each zone's UV layout at real size from a model manifest (zones without `uvSizeM`: the UV square). */
export function zoneLayouts(manifest: {
  uvUnitM?: number | undefined;
  zones: readonly { id: string; uvSizeM?: [number, number] | undefined }[];
}): Record<string, ZoneLayout> {
  const unit = manifest.uvUnitM ?? 1;
  const out: Record<string, ZoneLayout> = {};
  for (const z of manifest.zones) out[z.id] = { sizeM: z.uvSizeM ?? [unit, unit], uvUnitM: unit };
  return out;
}
