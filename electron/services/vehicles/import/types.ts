/**
 * The shapes the import pipeline hands on (docs/VEHICLES.md "Import steps"). They follow the shared design for
 * issue #16; `electron/domain/vehicle/vehicle.ts` declares the same shapes in zod, and the two are unified there.
 */

/** A sentence for a person: a key of `electron/domain/vehicle/vehicles.json` and the values it quotes. */
export interface Message {
  key: string;
  values?: Record<string, string | number>;
}

/** Length units a car file is found to be drawn in. */
export type LengthUnit = 'm' | 'cm' | 'mm' | 'in' | 'ft';

/** What the import did to a shop's file: where it came from, its scale and length, what was repaired and dropped. */
export interface ImportReport {
  source: { files: string[]; bytes: number; sha256: string };
  unit: { detected: LengthUnit | 'unknown'; scale: number };
  lengthMm: { value: number; from: 'file' | 'given' | 'asked' };
  repairs: Message[];
  dropped: { node: string; reason: Message }[];
  guesses: {
    part: 'paint' | 'glass' | 'wheel' | 'tyre' | 'rim' | 'caliper' | 'mount';
    target: string;
    reason: Message;
  }[];
  warnings: Message[];
}

/** One file as picked: its name (with or without folders) and its bytes. */
export interface VehicleFile {
  name: string;
  bytes: Uint8Array;
}

/** How far an import has come: a stage name and the fraction of the whole import done (0–1, never going back). */
export interface ImportProgress {
  stage: ImportStage;
  fraction: number;
}

/** The stages an import reports, in order. */
export type ImportStage = 'read' | 'decode' | 'repair' | 'scenery' | 'orient' | 'measure' | 'bake' | 'write';

/** What `normaliseVehicle` takes besides the files. */
export interface NormaliseOptions {
  /** The car's real length in millimetres; always wins over what the file says. */
  lengthMm?: number;
  /** Aborting stops the import between steps with an AbortError. */
  signal?: AbortSignal;
  /** Called at each stage and during the long ones. */
  onProgress?(progress: ImportProgress): void;
}
