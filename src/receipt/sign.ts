/**
 * Signing e-receipts with ECDSA P-256 through WebCrypto (`crypto.subtle`, in browsers and Node alike).
 * Signatures are WebCrypto's raw r‖s (64 bytes); public keys travel as SEC 1 compressed points (33 bytes).
 * Checking lives in `verify.ts` (the viewer loads only that); it is re-exported here for signing code.
 */
import { PUBLIC_KEY_BYTES } from './verify';

export { canVerify, keyFingerprint, PUBLIC_KEY_BYTES, SIGNATURE_BYTES, verifySignature } from './verify';

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

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
