/**
 * Reading e-receipt links, with the preset dictionary supplied by the caller (the app and tools pass the
 * built-in one, the customer's viewer fetches it as a static file). Never throws, whatever the link holds:
 * the result says what the customer should be told. Signature first, so any change to a signed payload reads as "altered" rather than as a
 * half-readable receipt; then inflate and unpack, which checks the receipt rules.
 */
import { fromBase43 } from './from-base43';
import { inflateWithDictionary } from './inflate-stream';
import { DamagedLinkError } from './bytes';
import {
  FLAG_DEFLATED,
  FLAG_SIGNED,
  LINK_VERSION,
  MAX_PAYLOAD_CHARS,
  payloadOf,
  signedBytes,
} from './format';
import { unpackReceipt } from './unpack';
import { canVerify, keyFingerprint, PUBLIC_KEY_BYTES, SIGNATURE_BYTES, verifySignature } from '../verify';
import type { Receipt } from '../types';

/** Whether and by which key a decoded receipt was signed. */
export type LinkVerification =
  | { state: 'unsigned' }
  | { state: 'verified'; fingerprint: string; publicKey: Uint8Array }
  /** Signed, but this browser has no WebCrypto here (e.g. a page not served over HTTPS). */
  | { state: 'unchecked'; publicKey: Uint8Array };

/** Why a link could not be shown. */
export type LinkFailure = 'damaged' | 'altered' | 'unsupported-version';

/** The outcome of reading a link. */
export type LinkResult =
  | { ok: true; receipt: Receipt; verified: LinkVerification }
  | { ok: false; reason: LinkFailure; detail: string };

type Failed = Extract<LinkResult, { ok: false }>;

const fail = (reason: LinkFailure, detail: string): Failed => ({ ok: false, reason, detail });

/** The coded preset dictionary of format 1 (`dictionary.ts`); undefined when it cannot be had. */
export type DictionarySource = () => Promise<Uint8Array | undefined>;

/** Decodes a link (`…#payload`) or a bare payload into a checked receipt and its signature state. */
export async function readReceiptLink(link: string, dictionary: DictionarySource): Promise<LinkResult> {
  try {
    return await decode(typeof link === 'string' ? payloadOf(link) : '', dictionary);
  } catch (error) {
    // Anything unforeseen in hostile input is still just a damaged link to the customer.
    return fail('damaged', error instanceof Error ? error.message : String(error));
  }
}

async function decode(payload: string, dictionary: DictionarySource): Promise<LinkResult> {
  if (payload.length === 0) return fail('damaged', 'empty');
  if (payload[0] !== LINK_VERSION) {
    return /^[0-9A-Z]$/.test(payload[0]!)
      ? fail('unsupported-version', payload[0]!)
      : fail('damaged', 'no version');
  }
  if (payload.length > MAX_PAYLOAD_CHARS) return fail('damaged', 'too long');
  const bytes = fromBase43(payload.slice(1));
  if (!bytes || bytes.length < 2) return fail('damaged', 'not base-43');
  const flags = bytes[0]!;
  if (flags > (FLAG_DEFLATED | FLAG_SIGNED)) return fail('damaged', 'unknown flags');

  let end = bytes.length;
  let verification: Promise<LinkVerification | undefined> = Promise.resolve({ state: 'unsigned' });
  if (flags & FLAG_SIGNED) {
    end -= PUBLIC_KEY_BYTES + SIGNATURE_BYTES;
    if (end < 2) return fail('damaged', 'too short for a signature');
    const publicKey = bytes.slice(end, end + PUBLIC_KEY_BYTES);
    verification = canVerify()
      ? check(publicKey, bytes.subarray(end + PUBLIC_KEY_BYTES), bytes.subarray(0, end + PUBLIC_KEY_BYTES))
      : Promise.resolve({ state: 'unchecked', publicKey });
  }
  // The body is read while WebCrypto checks the signature; a bad signature still wins over anything the
  // body says, so a changed payload reads as "altered", never as a half-readable receipt.
  const [verified, body] = await Promise.all([
    verification,
    readBody(flags, bytes.subarray(1, end), dictionary),
  ]);
  if (!verified) return fail('altered', 'signature does not match');
  return 'reason' in body ? body : { ok: true, receipt: body, verified };
}

async function check(
  publicKey: Uint8Array,
  signature: Uint8Array,
  unsigned: Uint8Array,
): Promise<LinkVerification | undefined> {
  // Both are WebCrypto round trips; running them together saves one on a slow phone.
  const [fingerprint, valid] = await Promise.all([
    keyFingerprint(publicKey),
    verifySignature(publicKey, signature, signedBytes(unsigned)),
  ]);
  return valid ? { state: 'verified', fingerprint, publicKey } : undefined;
}

async function readBody(
  flags: number,
  body: Uint8Array,
  dictionary: DictionarySource,
): Promise<Receipt | Failed> {
  let packed = body;
  if (flags & FLAG_DEFLATED) {
    const preset = await dictionary();
    if (!preset) return fail('damaged', 'dictionary unavailable');
    const inflated = await inflateWithDictionary(packed, preset);
    if (!inflated) return fail('damaged', 'not a deflate stream');
    packed = inflated;
  }
  try {
    return unpackReceipt(packed);
  } catch (error) {
    if (error instanceof DamagedLinkError) return fail('damaged', error.message);
    throw error;
  }
}
