/**
 * Bytes as text in 43 symbols drawn from QR Code's alphanumeric set (ISO/IEC 18004 table 5: 0-9 A-Z space
 * $ % * + - . / :) minus space and `%`, which URLs mangle. A QR alphanumeric segment stores 2 symbols in 11
 * bits (5.5 bits each); one base-43 symbol carries log2(43) ≈ 5.43 bits, so a byte costs ≈ 8.1 bits of QR
 * data, against ≈ 10.7 for base64 in a byte segment.
 *
 * The whole byte string is one big number written in base 43, left-padded to a length that depends only on
 * the byte count, so the byte count is recoverable from the text length and leading zero bytes survive.
 */

/** The 43 symbols, in QR alphanumeric order. */
export const BASE43_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./:';

const LOG2_43 = Math.log2(43);

/** Symbols needed for `byteCount` bytes: the least L with 43^L ≥ 256^n. */
export function base43Length(byteCount: number): number {
  return Math.ceil((byteCount * 8) / LOG2_43);
}

/** Encodes bytes as base-43 text of exactly `base43Length(bytes.length)` symbols. */
export function toBase43(bytes: Uint8Array): string {
  const digits: number[] = []; // little-endian base-43 digits
  for (const byte of bytes) {
    let carry = byte;
    for (let i = 0; i < digits.length; i++) {
      const value = digits[i]! * 256 + carry;
      digits[i] = value % 43;
      carry = Math.floor(value / 43);
    }
    while (carry > 0) {
      digits.push(carry % 43);
      carry = Math.floor(carry / 43);
    }
  }
  const length = base43Length(bytes.length);
  let text = '';
  for (let i = length - 1; i >= 0; i--) text += BASE43_ALPHABET[digits[i] ?? 0];
  return text;
}

/** Decodes base-43 text; `undefined` when a symbol is foreign, the length fits no byte count, or it overflows. */
export function fromBase43(text: string): Uint8Array | undefined {
  const byteCount = Math.floor((text.length * LOG2_43) / 8);
  if (base43Length(byteCount) !== text.length) return undefined;
  const out: number[] = []; // little-endian base-256 digits
  for (const symbol of text) {
    let carry = BASE43_ALPHABET.indexOf(symbol);
    if (carry < 0) return undefined;
    for (let i = 0; i < out.length; i++) {
      const value = out[i]! * 43 + carry;
      out[i] = value & 0xff;
      carry = value >> 8;
    }
    while (carry > 0) {
      out.push(carry & 0xff);
      carry >>= 8;
    }
  }
  if (out.length > byteCount) return undefined;
  const bytes = new Uint8Array(byteCount);
  for (let i = 0; i < out.length; i++) bytes[byteCount - 1 - i] = out[i]!;
  return bytes;
}
