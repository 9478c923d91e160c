/** Thrown while reading a code's bits: the code ends early or holds a value that cannot be right. */
export class MalformedCode extends Error {
  override name = 'MalformedCode';
}

/** Appends unsigned integers of given bit widths, most significant bit first. */
export class BitWriter {
  private readonly bits: number[] = [];

  /** Writes `value` in exactly `width` bits (width 0 writes nothing). */
  write(value: number, width: number): void {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) {
      throw new RangeError(`value ${value} does not fit in ${width} bits`);
    }
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }

  /** Writes a non-negative integer in groups of 3 bits, each followed by a "more" bit. */
  varint(value: number): void {
    const groups: number[] = [];
    let v = value;
    do {
      groups.unshift(v % 8);
      v = Math.floor(v / 8);
    } while (v > 0);
    groups.forEach((g, i) => {
      this.write(g, 3);
      this.write(i < groups.length - 1 ? 1 : 0, 1);
    });
  }

  /** Writes a flag. */
  flag(on: boolean): void {
    this.write(on ? 1 : 0, 1);
  }

  /** The bits written so far. */
  toBits(): number[] {
    return [...this.bits];
  }
}

/** Reads back what a BitWriter wrote; throws MalformedCode when the bits run out. */
export class BitReader {
  private pos = 0;

  constructor(private readonly bits: readonly number[]) {}

  /** Reads an unsigned integer of `width` bits. */
  read(width: number): number {
    if (this.pos + width > this.bits.length)
      throw new MalformedCode('the code ends in the middle of a value');
    let v = 0;
    for (let i = 0; i < width; i++) v = v * 2 + this.bits[this.pos++]!;
    return v;
  }

  /** Reads a varint (at most 6 groups: values below 262144). */
  varint(): number {
    let v = 0;
    for (let i = 0; i < 6; i++) {
      v = v * 8 + this.read(3);
      if (this.read(1) === 0) return v;
    }
    throw new MalformedCode('a number in the code is too long');
  }

  /** Reads a flag. */
  flag(): boolean {
    return this.read(1) === 1;
  }

  /** Bits not yet read. */
  remaining(): number {
    return this.bits.length - this.pos;
  }
}

/** Bits needed to write any value in 0..max. */
export function widthFor(max: number): number {
  let w = 0;
  while (2 ** w <= max) w++;
  return w;
}
