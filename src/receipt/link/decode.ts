/**
 * Reading e-receipt links with the built-in preset dictionary: the entry point for the merchant app, the
 * command line and the library. The customer's viewer calls `readReceiptLink` with a fetched dictionary.
 */
import { LINK_DICTIONARY } from './dictionary';
import { readReceiptLink, type LinkResult } from './read-link';

export type { LinkFailure, LinkResult, LinkVerification } from './read-link';

/** Decodes a link (`…#payload`) or a bare payload into a checked receipt and its signature state. */
export function decodeReceiptLink(link: string): Promise<LinkResult> {
  return readReceiptLink(link, () => Promise.resolve(LINK_DICTIONARY));
}
