/**
 * What the print hand-off screen was given: `?receipt=<base64url of the receipt JSON>`, `?payload=<e-receipt
 * payload>` (the part after `#` of an e-receipt link), or `?shared=<id>` of a `.json` file the service worker
 * received as a Web Share Target. Reads only; validation is the sale's.
 */
import { decodeReceiptLink } from '../../receipt/link/decode';

/** Cache and path where `sw.ts` keeps shared files (the same names are written there). */
export const SHARED_CACHE = 'receipt-rescue-shared';
export const SHARED_PATH = 'shared-receipt/';

/** The hand-off as read: a value to validate, nothing, or why it could not be read. */
export type HandOff =
  { kind: 'none' } | { kind: 'value'; value: unknown } | { kind: 'unreadable'; detail: string };

/** Base64url (RFC 4648 §5, padding optional) → UTF-8 text. */
export function fromBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** UTF-8 text → base64url without padding (what an integrator puts in `?receipt=`). */
export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function json(text: string): HandOff {
  try {
    return { kind: 'value', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}

const SHARED_ID = /^[\w-]{1,64}$/;
const sharedUrl = (id: string): string => new URL(SHARED_PATH + id, location.href).href;

async function shared(id: string): Promise<HandOff> {
  if (!SHARED_ID.test(id)) return { kind: 'unreadable', detail: 'bad shared id' };
  const cache = await caches.open(SHARED_CACHE);
  const response = await cache.match(sharedUrl(id));
  if (!response) return { kind: 'unreadable', detail: 'the shared file is gone' };
  return json(await response.text());
}

/**
 * The `payload` parameter as the link carried it, written as is or percent-encoded. Route parameters are
 * read as form data, which turns every `+` into a space (WHATWG URL Standard, "application/x-www-form-urlencoded
 * parsing", https://url.spec.whatwg.org/#urlencoded-parsing); the link alphabet has `+` and no space
 * (`receipt/link/from-base43.ts`), so each space here was a `+`. A percent-encoded `%2B` arrives as `+`.
 */
function payloadParam(params: URLSearchParams): string | null {
  return params.get('payload')?.replace(/ /g, '+') ?? null;
}

/** Reads whichever hand-off the route's parameters carry. */
export async function readHandOff(params: URLSearchParams): Promise<HandOff> {
  try {
    const receipt = params.get('receipt');
    if (receipt !== null) return json(fromBase64Url(receipt));
    const payload = payloadParam(params);
    if (payload !== null) {
      const result = await decodeReceiptLink(payload);
      return result.ok
        ? { kind: 'value', value: result.receipt }
        : { kind: 'unreadable', detail: `${result.reason}: ${result.detail}` };
    }
    const id = params.get('shared');
    if (id !== null) return await shared(id);
    return { kind: 'none' };
  } catch (error) {
    return { kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Deletes the shared file a hand-off came from, once its receipt is in the journal: the receipt lives on
 * there, and a customer's receipt should not linger in Cache Storage as well.
 */
export async function forgetSharedFile(params: URLSearchParams): Promise<void> {
  const id = params.get('shared');
  if (id === null || !SHARED_ID.test(id)) return;
  await (await caches.open(SHARED_CACHE)).delete(sharedUrl(id));
}
