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

// Conversions work in large limbs to keep the quadratic loops short: base-43 digits four at a time
// (43^4 = 3 418 801) against 16-bit limbs; every product stays below 2^53, so plain numbers are exact.
const BIG = 43 ** 4;

/** Encodes bytes as base-43 text of exactly `base43Length(bytes.length)` symbols. */
export function toBase43(bytes: Uint8Array): string {
  const digits: number[] = []; // little-endian, base 43^4
  const push = (multiplier: number, value: number) => {
    let carry = value;
    for (let i = 0; i < digits.length; i++) {
      const v = digits[i]! * multiplier + carry;
      carry = Math.floor(v / BIG);
      digits[i] = v - carry * BIG;
    }
    while (carry > 0) {
      const next = Math.floor(carry / BIG);
      digits.push(carry - next * BIG);
      carry = next;
    }
  };
  let i = 0;
  if (bytes.length % 2) push(256, bytes[i++]!);
  for (; i < bytes.length; i += 2) push(65536, (bytes[i]! << 8) | bytes[i + 1]!);
  const length = base43Length(bytes.length);
  const symbols: string[] = [];
  for (let k = 0; k < length; k++) {
    const big = digits[k >> 2] ?? 0;
    symbols.push(BASE43_ALPHABET[Math.floor(big / 43 ** (k & 3)) % 43]!);
  }
  return symbols.reverse().join('');
}

/** Decodes base-43 text; `undefined` when a symbol is foreign, the length fits no byte count, or it overflows. */
export function fromBase43(text: string): Uint8Array | undefined {
  const byteCount = Math.floor((text.length * LOG2_43) / 8);
  if (base43Length(byteCount) !== text.length) return undefined;
  const limbs: number[] = []; // little-endian, base 65536
  const push = (multiplier: number, value: number) => {
    let carry = value;
    for (let i = 0; i < limbs.length; i++) {
      const v = limbs[i]! * multiplier + carry;
      carry = Math.floor(v / 65536);
      limbs[i] = v - carry * 65536;
    }
    while (carry > 0) {
      limbs.push(carry % 65536);
      carry = Math.floor(carry / 65536);
    }
  };
  for (let at = 0, step = text.length % 4 || 4; at < text.length; at += step, step = 4) {
    let value = 0;
    for (let k = at; k < at + step; k++) {
      const digit = BASE43_ALPHABET.indexOf(text[k]!);
      if (digit < 0) return undefined;
      value = value * 43 + digit;
    }
    push(43 ** step, value);
  }
  const bytes = new Uint8Array(byteCount);
  for (let i = 0; i < limbs.length; i++) {
    const limb = limbs[i]!;
    const lo = byteCount - 1 - 2 * i;
    // A value too large for the byte count is not a payload this encoder could have written.
    if (lo < 0) {
      if (limb !== 0) return undefined;
      continue;
    }
    bytes[lo] = limb & 0xff;
    if (lo > 0) bytes[lo - 1] = limb >> 8;
    else if (limb >> 8) return undefined;
  }
  return bytes;
}
