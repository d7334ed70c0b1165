/**
 * SEC 1 point decompression for P-256 (§2.3.4), for the browsers whose WebCrypto cannot import a compressed
 * public key. Loaded only there.
 */

/** SEC 1 §2.3.3: a prefix byte (2 or 3, the parity of Y) and the 32-byte X. */
const COMPRESSED_BYTES = 33;

// Curve P-256 (FIPS 186-4 §D.1.2.3): y² = x³ − 3x + b over GF(p).
const P = 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

function modPow(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = base % P;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
  }
  return result;
}

function toBig(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

/** Uncompressed point from a compressed one; `undefined` when it is not on the curve. */
export function decompressPoint(compressed: Uint8Array): Uint8Array | undefined {
  const prefix = compressed[0];
  if (compressed.length !== COMPRESSED_BYTES || (prefix !== 2 && prefix !== 3)) return undefined;
  const x = toBig(compressed.subarray(1));
  if (x >= P) return undefined;
  const rhs = (((x * x * x - 3n * x + B) % P) + P) % P;
  // p ≡ 3 (mod 4), so a square root is rhs^((p+1)/4).
  let y = modPow(rhs, (P + 1n) / 4n);
  if ((y * y) % P !== rhs) return undefined;
  if (Number(y & 1n) !== (prefix & 1)) y = P - y;
  const out = new Uint8Array(65);
  out[0] = 4;
  out.set(compressed.subarray(1), 1);
  for (let i = 64; i >= 33; i--, y >>= 8n) out[i] = Number(y & 0xffn);
  return out;
}
