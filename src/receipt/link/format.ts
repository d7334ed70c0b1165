/**
 * Link format 1, shared by the encoder and the decoder: `#` + '1' + base43(flags ‖ body [‖ key ‖ signature]).
 * The flags byte says whether the body is deflated and whether a signature follows. The signature covers the
 * version character and every byte before it, so changing any of them, or the key, fails verification.
 */

/** The format version character (first character of the payload). */
export const LINK_VERSION = '1';

/** Flags byte bits. */
export const FLAG_DEFLATED = 1;
export const FLAG_SIGNED = 2;

/** Longest payload accepted (QR version 40 holds 4296 alphanumeric characters). */
export const MAX_PAYLOAD_CHARS = 4296;

/** Length of the preset dictionary in the link's text coding (`dictionary.ts`): a check on the copy the page carries. */
export const DICTIONARY_CODED_BYTES = 1766;

/** The bytes a signature covers: the version character, then the flags, body and public key. */
export function signedBytes(unsigned: Uint8Array): Uint8Array {
  const out = new Uint8Array(unsigned.length + 1);
  out[0] = LINK_VERSION.charCodeAt(0);
  out.set(unsigned, 1);
  return out;
}

/** Splits `<base>#<payload>` (or a bare payload) into its payload. */
export function payloadOf(link: string): string {
  const hash = link.indexOf('#');
  return hash < 0 ? link : link.slice(hash + 1);
}

/** The id of the page's data block that carries the dictionary text to the viewer (`viewer/dictionary.ts`). */
export const DICTIONARY_BLOCK_ID = 'link-dictionary-1';
