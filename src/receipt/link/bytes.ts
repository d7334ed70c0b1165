import { decodeText, encodeText } from './text-code';

/** Byte-level field packing for the e-receipt link: unsigned LEB128 varints, zigzag, length-prefixed text. */

/** A link payload that cannot be read back (truncated, out of range, not UTF-8). */
export class DamagedLinkError extends Error {
  override readonly name = 'DamagedLinkError';
  readonly code = 'damaged';
}

/** Appends packed fields to a growing buffer. */
export class ByteWriter {
  private buffer = new Uint8Array(256);
  private length = 0;

  byte(value: number): void {
    if (this.length === this.buffer.length) {
      const next = new Uint8Array(this.buffer.length * 2);
      next.set(this.buffer);
      this.buffer = next;
    }
    this.buffer[this.length++] = value & 0xff;
  }

  bytes(values: Uint8Array): void {
    for (const value of values) this.byte(value);
  }

  /** Unsigned LEB128; safe integers only (division keeps it exact beyond 32 bits). */
  uint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.byte((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.byte(rest);
  }

  /** Zigzag: small magnitudes of either sign stay short. */
  int(value: number): void {
    this.uint(value < 0 ? -2 * value - 1 : 2 * value);
  }

  /** Length-prefixed text in the compact coding of `text-code.ts`. */
  string(value: string): void {
    const coded: number[] = [];
    encodeText(value, coded);
    this.uint(coded.length);
    for (const byte of coded) this.byte(byte);
  }

  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
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

  string(): string {
    const text = decodeText(this.bytes(this.uint()));
    if (text === undefined) throw new DamagedLinkError('text coding is malformed');
    return text;
  }
}
