/**
 * Reading base-43 link text (see `base43.ts` for the alphabet and the writing side): what the viewer needs.
 */

/** The 43 symbols, in QR alphanumeric order. */
export const BASE43_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./:';

/** log2(43): the bits one symbol carries. */
export const LOG2_43 = Math.log2(43);

/** Symbols needed for `byteCount` bytes: the least L with 43^L ≥ 256^n. */
export function base43Length(byteCount: number): number {
  return Math.ceil((byteCount * 8) / LOG2_43);
}

// Limbs of 16 bits: every product of a limb and 43^4 stays below 2^53, so plain numbers are exact.
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
