/** The part of pngjs (a pure-JS PNG codec that ships no types) this app uses. */
declare module 'pngjs' {
  /** A decoded image: 8-bit RGBA pixels, row by row. */
  interface DecodedPng {
    width: number;
    height: number;
    data: Buffer;
  }
  /** pngjs's PNG class: its synchronous reader (main) and writer (tests make odd PNGs with it). */
  export const PNG: {
    sync: {
      read(buffer: Buffer, options?: { checkCRC?: boolean }): DecodedPng;
      write(
        image: DecodedPng,
        options?: { colorType?: 0 | 2 | 4 | 6; inputColorType?: 0 | 2 | 4 | 6; bitDepth?: 8 | 16 },
      ): Buffer;
    };
  };
}
