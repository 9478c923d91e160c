import { z } from 'zod';
import { ArtworkHash, type Configuration } from '../configuration';

/** One way a file is used on the car: printed over zones, or as a projected decal of a size. */
export const ArtworkUse = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('zones'), film: z.string(), zones: z.array(z.string()) }).strict(),
  z
    .object({ kind: z.literal('decal'), film: z.string(), sizeMm: z.tuple([z.number(), z.number()]) })
    .strict(),
]);

/**
 * A file the customer must supply to the workshop: its name and SHA-256 (the workshop prints only the file
 * whose hash matches; `sha256` is absent for configurations made before hashes were recorded).
 */
export const ArtworkFileNeed = z
  .object({ ref: z.string(), sha256: ArtworkHash.optional(), uses: z.array(ArtworkUse).min(1) })
  .strict();

/** A file to supply. */
export type ArtworkFileNeed = z.infer<typeof ArtworkFileNeed>;

/** Every artwork file a configuration prints (zone artwork, then decals), one entry per name + hash. */
export function artworkFilesOf(configuration: Configuration): ArtworkFileNeed[] {
  const out = new Map<string, ArtworkFileNeed>();
  const add = (ref: string, sha256: string | undefined, use: z.infer<typeof ArtworkUse>) => {
    const key = `${ref}\n${sha256 ?? ''}`;
    const entry = out.get(key) ?? { ref, ...(sha256 ? { sha256 } : {}), uses: [] };
    entry.uses.push(use);
    out.set(key, entry);
  };
  const art = configuration.wrap?.artwork;
  if (art) add(art.ref, art.sha256, { kind: 'zones', film: art.film, zones: [...art.zones] });
  for (const decal of configuration.wrap?.decals ?? []) {
    add(decal.ref, decal.sha256, { kind: 'decal', film: decal.film, sizeMm: [...decal.sizeMm] });
  }
  return [...out.values()];
}
