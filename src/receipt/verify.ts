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

/**
 * The key's fingerprint as people compare it (the viewer, the merchant's settings, the test page, the CLI):
 * the first 4 bytes of SHA-256 of the 33-byte compressed point the link carries, upper-case hex, `XXXX-XXXX`.
 * Short enough to read off paper; the viewer remembers whole keys, not fingerprints, when it compares.
 */
export async function keyFingerprint(publicKey: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', publicKey as BufferSource);
  const hex = new DataView(digest).getUint32(0).toString(16).padStart(8, '0').toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}

/** True where WebCrypto is available (secure contexts and Node). */
export function canVerify(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle !== 'undefined';
}
