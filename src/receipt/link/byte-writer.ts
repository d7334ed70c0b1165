/** Byte-level field writing for the e-receipt link: unsigned LEB128 varints, zigzag, length-prefixed text. */
import { encodeText } from './text-code';

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
