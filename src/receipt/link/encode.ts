/** Building e-receipt links: pack, deflate with the preset dictionary when it helps, sign, base-43. */
import { deflateSync } from 'fflate';
import { toBase43 } from './base43';
import { LINK_DICTIONARY } from './dictionary';
import { FLAG_DEFLATED, FLAG_SIGNED, LINK_VERSION, signedBytes } from './format';
import { packReceipt } from './pack';
import type { ReceiptSigner } from '../sign';
import type { Receipt } from '../types';

/** How to compress the packed receipt; `auto` keeps whichever of dictionary-deflate and raw is shorter. */
export type LinkCompression = 'auto' | 'deflate-dictionary' | 'deflate' | 'none';

/** Options of `encodeReceiptPayload`. */
export interface PayloadOptions {
  /** Signs the payload and embeds the signer's compressed public key. Unsigned without it. */
  signer?: ReceiptSigner;
  /** For measurements; links always use `auto`. */
  compression?: LinkCompression;
}

function body(packed: Uint8Array, compression: LinkCompression): { flags: number; bytes: Uint8Array } {
  if (compression === 'none') return { flags: 0, bytes: packed };
  const dictionary = compression === 'deflate' ? undefined : LINK_DICTIONARY;
  const deflated = deflateSync(packed, { level: 9, dictionary });
  if (compression === 'auto' && deflated.length >= packed.length) return { flags: 0, bytes: packed };
  return { flags: FLAG_DEFLATED, bytes: deflated };
}

/** The binary link payload before base-43: flags ‖ body [‖ key ‖ signature]. */
export async function encodePayloadBytes(
  receipt: Receipt,
  options: PayloadOptions = {},
): Promise<Uint8Array> {
  const { flags, bytes } = body(packReceipt(receipt), options.compression ?? 'auto');
  const signer = options.signer;
  const head = new Uint8Array(1 + bytes.length + (signer ? signer.publicKey.length : 0));
  head[0] = flags | (signer ? FLAG_SIGNED : 0);
  head.set(bytes, 1);
  if (!signer) return head;
  head.set(signer.publicKey, 1 + bytes.length);
  const signature = await signer.sign(signedBytes(head));
  const out = new Uint8Array(head.length + signature.length);
  out.set(head);
  out.set(signature, head.length);
  return out;
}

/** The text after `#`: the version character then base-43. The receipt must already be validated. */
export async function encodeReceiptPayload(receipt: Receipt, options: PayloadOptions = {}): Promise<string> {
  return LINK_VERSION + toBase43(await encodePayloadBytes(receipt, options));
}

/** `<base>#<payload>`; `base` is the viewer's URL (the app's own origin + `/` by default). */
export async function encodeReceiptLink(
  base: string,
  receipt: Receipt,
  options: PayloadOptions = {},
): Promise<string> {
  return `${base.split('#')[0]}#${await encodeReceiptPayload(receipt, options)}`;
}
