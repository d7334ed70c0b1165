/**
 * The e-receipt signing key: an ECDSA P-256 pair made once per tablet. IndexedDB stores the CryptoKey
 * objects themselves, so the private key never exists outside the browser's key store (non-extractable).
 */
import { database, write } from './db';
import type { KeyRecord } from './schema';

const SIGNING_KEY_ID = 'receipt-signing';
const ALGORITHM: EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };

/** The signing key pair, created and stored on first use. Concurrent first calls agree on one pair. */
export async function getOrCreateSigningKey(): Promise<CryptoKeyPair> {
  const stored = await (await database()).get('keys', SIGNING_KEY_ID);
  if (stored) return pairOf(stored);
  // Generate before opening the transaction: a transaction must not wait on anything but IndexedDB.
  const made = await crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
  const record: KeyRecord = {
    id: SIGNING_KEY_ID,
    privateKey: made.privateKey,
    publicKey: made.publicKey,
    createdAt: Date.now(),
  };
  const kept = await write(['keys'], async (tx) => {
    const raced = await tx.store.get(SIGNING_KEY_ID);
    if (raced) return raced;
    await tx.store.put(record);
    return record;
  });
  return pairOf(kept);
}

/** The public half as a JWK (public keys stay exportable), for publishing with the viewer. */
export async function getPublicKeyJwk(): Promise<JsonWebKey> {
  const { publicKey } = await getOrCreateSigningKey();
  return crypto.subtle.exportKey('jwk', publicKey);
}

function pairOf(record: KeyRecord): CryptoKeyPair {
  return { privateKey: record.privateKey, publicKey: record.publicKey };
}
