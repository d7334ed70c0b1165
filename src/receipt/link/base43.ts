/**
 * Bytes as text in 43 symbols drawn from QR Code's alphanumeric set (ISO/IEC 18004 table 5: 0-9 A-Z space
 * $ % * + - . / :) minus space and `%`, which URLs mangle. A QR alphanumeric segment stores 2 symbols in 11
 * bits (5.5 bits each); one base-43 symbol carries log2(43) ≈ 5.43 bits, so a byte costs ≈ 8.1 bits of QR
 * data, against ≈ 10.7 for base64 in a byte segment.
 *
 * The whole byte string is one big number written in base 43, left-padded to a length that depends only on
 * the byte count, so the byte count is recoverable from the text length and leading zero bytes survive.
 */

import { BASE43_ALPHABET, base43Length } from './from-base43';

/** Reading lives in `from-base43.ts` (the viewer loads only that); re-exported for callers of the pair. */
export { BASE43_ALPHABET, base43Length, fromBase43 } from './from-base43';

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
