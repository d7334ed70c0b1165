/**
 * Checking e-receipt signatures (ECDSA P-256 through WebCrypto): what the customer's viewer needs, without
 * any signing code. Signatures are raw r‖s (64 bytes); public keys travel as SEC 1 compressed points (33
 * bytes), decompressed by `decompress-point.ts` (loaded on demand) where WebCrypto cannot import them.
 */

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** Length of a raw ECDSA P-256 signature (r‖s). */
export const SIGNATURE_BYTES = 64;
/** Length of a compressed P-256 public key (SEC 1 §2.3.3). */
export const PUBLIC_KEY_BYTES = 33;

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
    const { decompressPoint } = await import('./decompress-point');
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
