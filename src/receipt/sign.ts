/**
 * Signing e-receipts with ECDSA P-256 through WebCrypto (`crypto.subtle`, in browsers and Node alike).
 * Signatures are WebCrypto's raw r‖s (64 bytes); public keys travel as SEC 1 compressed points (33 bytes)
 * and are decompressed here, since not every WebCrypto imports compressed points.
 */

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** Length of a raw ECDSA P-256 signature (r‖s). */
export const SIGNATURE_BYTES = 64;
/** Length of a compressed P-256 public key (SEC 1 §2.3.3). */
export const PUBLIC_KEY_BYTES = 33;

/** Signs bytes for a link; `publicKey` is the compressed point the link carries. */
export interface ReceiptSigner {
  publicKey: Uint8Array;
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** A fresh key pair; the private key is non-extractable unless asked for (the CLI writes JWK files). */
export function generateSigningKeyPair(extractable = false): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ECDSA, extractable, ['sign', 'verify']);
}

/** A signer from a WebCrypto key pair (e.g. the store's non-extractable key). */
export async function signerFromKeyPair(pair: CryptoKeyPair): Promise<ReceiptSigner> {
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return {
    publicKey: compressPoint(raw),
    sign: async (data) =>
      new Uint8Array(await crypto.subtle.sign(SIGN, pair.privateKey, data as BufferSource)),
  };
}

/** A signer from a private JWK (`kty: EC`, `crv: P-256`, with `d`, `x`, `y`). */
export async function signerFromJwk(jwk: JsonWebKey): Promise<ReceiptSigner> {
  const privateKey = await crypto.subtle.importKey('jwk', jwk, ECDSA, false, ['sign']);
  const publicJwk: JsonWebKey = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
  const publicKey = await crypto.subtle.importKey('jwk', publicJwk, ECDSA, true, ['verify']);
  return signerFromKeyPair({ privateKey, publicKey });
}

/** SEC 1 compression of an uncompressed point (0x04‖X‖Y → 0x02|0x03‖X, by the parity of Y). */
export function compressPoint(raw: Uint8Array): Uint8Array {
  if (raw.length !== 65 || raw[0] !== 4) throw new RangeError('expected a 65-byte uncompressed P-256 point');
  const out = new Uint8Array(PUBLIC_KEY_BYTES);
  out[0] = 2 + (raw[64]! & 1);
  out.set(raw.subarray(1, 33), 1);
  return out;
}

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
  if (compressed.length !== PUBLIC_KEY_BYTES || (prefix !== 2 && prefix !== 3)) return undefined;
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

/** True when `signature` is a valid signature of `data` by the compressed `publicKey`; false otherwise. */
export async function verifySignature(
  publicKey: Uint8Array,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  if (signature.length !== SIGNATURE_BYTES) return false;
  const key = await importVerifyKey(publicKey);
  return (
    key !== undefined && crypto.subtle.verify(SIGN, key, signature as BufferSource, data as BufferSource)
  );
}

async function importVerifyKey(compressed: Uint8Array): Promise<CryptoKey | undefined> {
  try {
    // Chromium and Node import compressed points natively, which spares the big-number square root.
    return await crypto.subtle.importKey('raw', compressed as BufferSource, ECDSA, false, ['verify']);
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    // Not supported here, or not a point on the curve: decompress ourselves, which tells the two apart.
    const raw = decompressPoint(compressed);
    return raw && crypto.subtle.importKey('raw', raw as BufferSource, ECDSA, false, ['verify']);
  }
}

/** A short, readable fingerprint of a key: the first 8 bytes of SHA-256 of its compressed point, in hex. */
export async function keyFingerprint(publicKey: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', publicKey as BufferSource));
  const hex = Array.from(digest.subarray(0, 8), (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(
    '',
  );
  return hex.match(/.{4}/g)!.join('-');
}

/** True where WebCrypto is available (secure contexts and Node). */
export function canVerify(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle !== 'undefined';
}
