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

// Nine symbols make a plain number below 2^53 (43^9 ≈ 5.0e14), folded into one BigInt: the big-number
// arithmetic then runs in the engine, not in page script that runs once and is never optimised.
const GROUP = 9;

/** Decodes base-43 text; `undefined` when a symbol is foreign, the length fits no byte count, or it overflows. */
export function fromBase43(text: string): Uint8Array | undefined {
  const byteCount = Math.floor((text.length * LOG2_43) / 8);
  if (base43Length(byteCount) !== text.length) return undefined;
  let value = 0n;
  for (let at = 0, step = text.length % GROUP || GROUP; at < text.length; at += step, step = GROUP) {
    let group = 0;
    for (let k = at; k < at + step; k++) {
      const digit = BASE43_ALPHABET.indexOf(text[k]!);
      if (digit < 0) return undefined;
      group = group * 43 + digit;
    }
    value = value * 43n ** BigInt(step) + BigInt(group);
  }
  const hex = value === 0n ? '' : value.toString(16);
  // A value too large for the byte count is not a payload this encoder could have written.
  if (hex.length > byteCount * 2) return undefined;
  const padded = hex.padStart(byteCount * 2, '0');
  const bytes = new Uint8Array(byteCount);
  for (let i = 0; i < byteCount; i++) bytes[i] = parseInt(padded.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}
