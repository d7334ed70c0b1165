/**
 * What this phone remembers of the keys that signed each shop's receipts. A link carries its own public key,
 * so a valid signature proves only that the receipt is unchanged since that key signed it: any device can
 * sign any shop name. The first key seen for a shop name is kept in localStorage (trust on first use), and a
 * later receipt under the same name is compared with it, whole key against whole key, never by the short
 * fingerprint alone (4 bytes can be matched by generating keys until one fits).
 */
import type { Receipt } from '../receipt/types';
import type { LinkVerification } from '../receipt/link/read-link';

/** How a receipt's key compares with the key this phone first saw for the same shop name. */
export interface KeyMemory {
  /**
   * `first`: no other receipt from this shop name on this phone (opening that one again stays `first`);
   * `same`: the key of the first receipt seen from this shop name; `changed`: another key.
   */
  state: 'first' | 'same' | 'changed';
  /** Fingerprint of the key first seen for this shop name. */
  firstSeen: string;
}

/**
 * Compares the key that signed `receipt` with the first one seen for its shop name, remembering it when
 * there was none; undefined when the phone keeps nothing (storage blocked): nothing is said about earlier receipts.
 */
export function recallKey(
  receipt: Receipt,
  verified: Extract<LinkVerification, { state: 'verified' }>,
): KeyMemory | undefined {
  // Names are compared as written: a look-alike name is another shop here, and the page shows it as written.
  const name = `rv-key:${receipt.shop.name}`;
  // Stored as fingerprint (9 characters), key (33 bytes as characters), then the first receipt's number.
  const mine = verified.fingerprint + String.fromCharCode(...verified.publicKey);
  try {
    let seen = localStorage.getItem(name);
    if (!seen) localStorage.setItem(name, (seen = mine + receipt.id));
    return {
      state: !seen.startsWith(mine) ? 'changed' : seen === mine + receipt.id ? 'first' : 'same',
      firstSeen: seen.slice(0, 9),
    };
  } catch (error) {
    // Storage blocked or full, or an entry not ours: the signature check itself still stands.
    console.warn('key memory unavailable', error);
    return undefined;
  }
}
