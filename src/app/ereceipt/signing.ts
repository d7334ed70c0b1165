/**
 * The signer for e-receipts on this tablet: the store's non-extractable key from IndexedDB; when the
 * browser cannot keep one (storage blocked), a key made in memory for this visit, and the UI says so.
 */
import { getOrCreateSigningKey } from '../../store/keys';
import {
  generateSigningKeyPair,
  keyFingerprint,
  signerFromKeyPair,
  type ReceiptSigner,
} from '../../receipt/sign';

/** A signer, whether its key persists, and its fingerprint for the merchant to see. */
export interface TabletSigner {
  signer: ReceiptSigner;
  persistent: boolean;
  fingerprint: string;
}

let cached: Promise<TabletSigner> | undefined;

async function load(): Promise<TabletSigner> {
  let pair: CryptoKeyPair;
  let persistent = true;
  try {
    pair = await getOrCreateSigningKey();
  } catch (error) {
    console.warn('signing key not kept in IndexedDB; using a key for this visit only', error);
    pair = await generateSigningKeyPair();
    persistent = false;
  }
  const signer = await signerFromKeyPair(pair);
  return { signer, persistent, fingerprint: await keyFingerprint(signer.publicKey) };
}

/** The tablet's signer (loaded once per page). */
export function tabletSigner(): Promise<TabletSigner> {
  cached ??= load();
  return cached;
}
