import type { ArtworkFile } from '@contract/artwork-contract';
import type { Configuration } from '@domain/configuration';
import { call, transport } from '../api';
import { ArtworkDecodeError, artworkImage, releaseArtworkImage } from '../scene/artwork/images';
import { DEFAULT_PLACEMENT } from '../scene/artwork/placement';
import { actions } from '../store/app';
import type { ArtworkDecal } from '../store/controller';
import { useConfigurator } from '../store/store';
import { useDesigner } from './designer-store';
import { base64ToBlob, blobToBase64 } from './files';

type Placement = typeof DEFAULT_PLACEMENT;
type ArtworkChoice = NonNullable<NonNullable<Configuration['wrap']>['artwork']>;

const designer = useDesigner.getState;
const configurator = useConfigurator.getState;

/** The catalog's printed film (artwork and decals are printed on it). */
export function printedFilm(): string | null {
  return configurator().catalog?.films.find((f) => f.finish === 'printed')?.id ?? null;
}

/** Artwork names the configuration uses (zone artwork and decals). */
export function artworkInUse(c: Configuration | null = configurator().configuration): Set<string> {
  const out = new Set<string>();
  if (c?.wrap?.artwork) out.add(c.wrap.artwork.ref);
  for (const d of c?.wrap?.decals ?? []) out.add(d.ref);
  return out;
}

/** Reads the artwork folder's listing into the designer store. */
export async function refreshList(): Promise<void> {
  const listed = await call('artwork:list', {});
  if (!listed.ok) {
    designer().say({ tone: 'error', key: 'message.listFailed', values: { reason: listed.error.message } });
    return;
  }
  designer().set({ folder: listed.value.folder, files: listed.value.files });
}

/**
 * Makes an artwork's current bytes available to the scene: reads them from main, decodes them (downscaled
 * to the GPU's limit) and only then swaps the image, so a damaged file leaves the previous one in place.
 * Resolves with the hash of the bytes shown, or null when they could not be used (the message says why).
 */
export async function loadArtwork(name: string, force = false): Promise<string | null> {
  const held = designer().loaded[name];
  if (held && !force && configurator().artworkUrls[name]) return held.sha256;
  const read = await call('artwork:read', { name });
  if (!read.ok) {
    designer().say({
      tone: 'error',
      key: 'message.readFailed',
      values: { name, reason: read.error.message },
      about: name,
    });
    return null;
  }
  const file = read.value;
  const url = URL.createObjectURL(await base64ToBlob(file.dataBase64, file.mime));
  try {
    const image = await artworkImage(url, name);
    const old = configurator().artworkUrls[name];
    configurator().addArtworkUrl(name, url);
    if (old && old !== url) {
      releaseArtworkImage(old);
      URL.revokeObjectURL(old);
    }
    const { width, height, usedWidth, usedHeight } = image;
    designer().set({
      loaded: { ...designer().loaded, [name]: { sha256: file.sha256, width, height, usedWidth, usedHeight } },
    });
    if (usedWidth < width || usedHeight < height)
      designer().say({
        tone: 'info',
        key: 'message.downscaled',
        values: { name, width, height, usedWidth, usedHeight },
        about: name,
      });
    return file.sha256;
  } catch (e) {
    releaseArtworkImage(url);
    URL.revokeObjectURL(url);
    const reason = e instanceof ArtworkDecodeError ? e.message : String(e);
    designer().say({ tone: 'error', key: 'message.decodeFailed', values: { name, reason }, about: name });
    return null;
  }
}

/** Stores an uploaded file in the artwork folder (local host) and makes it the active artwork. */
export async function importFile(file: File): Promise<ArtworkFile | null> {
  const dataBase64 = await blobToBase64(file);
  const imported = await call('artwork:import', { name: file.name.slice(0, 200), dataBase64 });
  if (!imported.ok) {
    designer().say({
      tone: 'error',
      key: 'message.importFailed',
      values: { name: file.name, reason: imported.error.message },
    });
    return null;
  }
  await refreshList();
  designer().set({ active: imported.value.name });
  return imported.value;
}

/**
 * Opens the native file dialog (Electron). Resolves 'input' when this runtime has none (the panel then
 * opens its file input), else whether a file was picked.
 */
export async function pickFile(): Promise<'input' | boolean> {
  // The local host has no open dialog (artwork:pick answers `unsupported` there).
  if (transport() === 'http') return 'input';
  const picked = await call('artwork:pick', {});
  if (!picked.ok) {
    if (picked.error.code === 'unsupported') return 'input';
    designer().say({ tone: 'error', key: 'message.pickFailed', values: { reason: picked.error.message } });
    return false;
  }
  if ('cancelled' in picked.value) return false;
  await refreshList();
  designer().set({ active: picked.value.name });
  return true;
}

/**
 * Prints an artwork on zones: one artwork covers the zone print, so zones showing another artwork switch
 * to this one, and zones with their own film give it up (a zone carries one film).
 */
export async function applyToZones(name: string, zones: string[]): Promise<boolean> {
  const film = printedFilm();
  const c = configurator().configuration;
  if (!film || !c || zones.length === 0) return false;
  const sha256 = await loadArtwork(name);
  if (!sha256) return false;
  const own = zones.filter((z) => c.wrap?.zones?.[z] !== undefined);
  if (own.length > 0 && !(await actions.choose({ kind: 'film', id: null, zones: own }))) return false;
  const current = configurator().configuration?.wrap?.artwork;
  const same = current?.ref === name;
  const all = same ? [...new Set([...current.zones, ...zones])] : zones;
  const placement: Record<string, Placement> = {};
  for (const z of all) {
    const p = same ? current.placement?.[z] : undefined;
    if (p) placement[z] = p;
  }
  const artwork: ArtworkChoice = { ref: name, sha256, film, zones: all };
  if (Object.keys(placement).length > 0) artwork.placement = placement;
  return actions.choose({ kind: 'artwork', artwork });
}

/** Changes the placement of the zone print on some of its zones (the rest keep theirs). */
export async function setPlacement(zones: string[], patch: Partial<Placement>): Promise<boolean> {
  const current = configurator().configuration?.wrap?.artwork;
  if (!current) return false;
  const placement = { ...(current.placement ?? {}) };
  for (const z of zones) {
    if (!current.zones.includes(z)) continue;
    placement[z] = { ...(placement[z] ?? DEFAULT_PLACEMENT), ...patch };
  }
  return actions.choose({ kind: 'artwork', artwork: { ...current, placement } });
}

/** Takes the zone print off some zones (all when omitted); the zones go back to the car's other films. */
export async function removeFromZones(zones?: string[]): Promise<boolean> {
  const current = configurator().configuration?.wrap?.artwork;
  if (!current) return false;
  const left = zones ? current.zones.filter((z) => !zones.includes(z)) : [];
  if (left.length === 0) return actions.choose({ kind: 'artwork', artwork: null });
  const placement = Object.fromEntries(
    Object.entries(current.placement ?? {}).filter(([z]) => left.includes(z)),
  );
  const next: ArtworkChoice = { ...current, zones: left, placement };
  if (Object.keys(placement).length === 0) delete next.placement;
  return actions.choose({ kind: 'artwork', artwork: next });
}

/** The decals of the configuration. */
export function currentDecals(): ArtworkDecal[] {
  return configurator().configuration?.wrap?.decals ?? [];
}

/** Default decal width, millimetres (height follows the image). */
const DECAL_WIDTH_MM = 400;

/** Decal sides main accepts, millimetres (at least 20 mm; one side must fit the 1.52 m roll). */
const clampMm = (v: number) => Math.min(5000, Math.max(20, Math.round(v)));

/** Places a new decal of an artwork where the car was tapped; resolves its index. */
export async function addDecal(
  name: string,
  at: { point: [number, number, number]; normal: [number, number, number]; uprightDeg?: number },
): Promise<number | null> {
  const film = printedFilm();
  if (!film) return null;
  const sha256 = await loadArtwork(name);
  if (!sha256) return null;
  const img = designer().loaded[name];
  const aspect = img ? img.width / img.height : 1;
  const decal: ArtworkDecal = {
    ref: name,
    sha256,
    film,
    position: at.point,
    normal: at.normal,
    sizeMm: [clampMm(DECAL_WIDTH_MM), clampMm(DECAL_WIDTH_MM / aspect)],
    // Reads upright from the view it was placed from.
    rotationDeg: at.uprightDeg ?? 0,
  };
  const decals = [...currentDecals(), decal];
  return (await actions.setDecals(decals)) ? decals.length - 1 : null;
}

/** Changes one decal (move, size, turn). */
export function updateDecal(index: number, patch: Partial<ArtworkDecal>): Promise<boolean> {
  const decals = currentDecals().map((d, i) => (i === index ? { ...d, ...patch } : d));
  if (patch.sizeMm) {
    const d = decals[index];
    if (d) d.sizeMm = [clampMm(patch.sizeMm[0]), clampMm(patch.sizeMm[1])];
  }
  return actions.setDecals(decals);
}

/** Removes one decal. */
export function removeDecal(index: number): Promise<boolean> {
  return actions.setDecals(currentDecals().filter((_, i) => i !== index));
}

/**
 * Live reload: an artwork in use was saved again. Re-reads and decodes it (the car keeps the previous image
 * if the new bytes fail), then records the new hash on the zone print and decals that use it.
 */
export async function artworkChanged(name: string): Promise<void> {
  void refreshList();
  if (!artworkInUse().has(name) && !configurator().artworkUrls[name]) return;
  const sha256 = await loadArtwork(name, true);
  if (!sha256) return;
  designer().say({ tone: 'info', key: 'message.reloaded', values: { name }, about: name });
  const c = configurator().configuration;
  const art = c?.wrap?.artwork;
  if (art?.ref === name && art.sha256 !== sha256)
    await actions.choose({ kind: 'artwork', artwork: { ...art, sha256 } });
  const decals = currentDecals();
  if (decals.some((d) => d.ref === name && d.sha256 !== sha256))
    await actions.setDecals(decals.map((d) => (d.ref === name ? { ...d, sha256 } : d)));
}

/** An artwork file disappeared: the car keeps the last image; the designer is told. */
export function artworkRemoved(name: string): void {
  void refreshList();
  if (artworkInUse().has(name) || configurator().artworkUrls[name])
    designer().say({ tone: 'warn', key: 'message.removed', values: { name }, about: name });
}
