/**
 * The e2e specs' names for variants of the real car; the variants themselves are made once, in
 * `vehicle-fixtures/encoded.ts` (import from there in new tests).
 */
import { encodedVariant, ROMA_GLB } from './vehicle-fixtures/encoded';

/** The real third-party car (never copied into the repository: read from the shared fixtures). */
export const REAL_CAR = ROMA_GLB;

/** How a variant of the real car is compressed. */
export type Compression = 'draco' | 'meshopt';

const glb = async (variant: Compression | 'black-paint') =>
  Buffer.from((await encodedVariant(variant))[0]!.bytes);

/** The real car re-written with Draco or meshopt geometry compression, as a glb (made fresh, never stored). */
export const compressedCar = (how: Compression): Promise<Buffer> => glb(how);

/** The real car, uncompressed, with its paint material renamed `black paint` (a name that once vetoed paint). */
export const blackPaintCar = (): Promise<Buffer> => glb('black-paint');
