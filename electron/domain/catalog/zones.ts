import { z } from 'zod';
import type { ModelManifest } from '../model/manifest';
import { decimal, Id, Localized } from './common';

/** One zone as pricing needs it: measured area and labour hours. */
export const ZoneEntry = z
  .object({ id: Id, name: Localized, areaM2: decimal(4, 20), labourHours: decimal(2, 50), body: z.boolean() })
  .strict();

/** Zone id → area and labour, the pricing input that the car model's manifest provides. */
export interface ZoneTable {
  modelId: string;
  zones: ReadonlyMap<string, z.infer<typeof ZoneEntry>>;
}

/** Builds a zone table from entries, refusing duplicate zone ids. */
export function zoneTable(modelId: string, entries: readonly z.infer<typeof ZoneEntry>[]): ZoneTable {
  const zones = new Map<string, z.infer<typeof ZoneEntry>>();
  for (const e of entries) {
    if (zones.has(e.id)) throw new Error(`zone table for ${modelId}: zone "${e.id}" is declared twice`);
    zones.set(e.id, e);
  }
  return { modelId, zones };
}

/** Zone table from the 3D team's model manifest (areas measured from the mesh); areas rounded to 4 dp. */
export function zonesFromManifest(manifest: ModelManifest): ZoneTable {
  return zoneTable(
    manifest.id,
    manifest.zones.map((z) => ({
      id: z.id,
      name: z.name,
      areaM2: Math.round(z.areaM2 * 10_000) / 10_000,
      labourHours: Math.round(z.labourHours * 100) / 100,
      body: z.body,
    })),
  );
}
