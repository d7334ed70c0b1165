import { decodeText } from './text-code';

/** Byte-level field reading for the e-receipt link: unsigned LEB128 varints, zigzag, length-prefixed text. */

/** A link payload that cannot be read back (truncated, out of range, not UTF-8). */
export class DamagedLinkError extends Error {
  override readonly name = 'DamagedLinkError';
  readonly code = 'damaged';
}

/** Reads packed fields; every overrun or malformed value throws DamagedLinkError. */
export class ByteReader {
  private at = 0;
  constructor(private readonly data: Uint8Array) {}

  get done(): boolean {
    return this.at >= this.data.length;
  }

  byte(): number {
    const value = this.data[this.at++];
    if (value === undefined) throw new DamagedLinkError('payload ends early');
    return value;
  }

  bytes(count: number): Uint8Array {
    if (this.at + count > this.data.length) throw new DamagedLinkError('payload ends early');
    const out = this.data.subarray(this.at, this.at + count);
    this.at += count;
    return out;
  }

  uint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (!Number.isSafeInteger(value)) throw new DamagedLinkError('number out of range');
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  }

  int(): number {
    const z = this.uint();
    return z % 2 === 1 ? -(z + 1) / 2 : z / 2;
  }

  /** Text of `min`–`max` code points (receipt.schema.json counts lengths in code points). */
  string(max = Infinity, min = 0): string {
    const text = decodeText(this.bytes(this.uint()));
    if (text === undefined) throw new DamagedLinkError('text coding is malformed');
    const length = [...text].length;
    if (length < min || length > max) throw new DamagedLinkError('text length out of range');
    return text;
  }
}
