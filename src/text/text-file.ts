/**
 * Files as text, whatever a POS, a bank or a payment platform saved them in: a byte-order mark decides (UTF-8, UTF-16), then valid
 * UTF-8 is UTF-8, and anything else is tried as GB18030 (GBK is its subset; common in Chinese POS exports).
 * Bytes that are neither are refused with the offset of the first bad byte, never turned into `?`.
 */

/** Encodings a file is read in. */
export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The file's text and how it was read, or why it could not be. */
export type DecodedFile = { ok: true; text: string; encoding: FileEncoding } | { ok: false; problem: string };

// Byte-order marks (Unicode Standard §23.8, "Byte Order Mark").
const BOMS: readonly [FileEncoding, readonly number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** Decodes a file; the byte-order mark, when there is one, is not part of the text. */
export function decodeTextFile(bytes: Uint8Array): DecodedFile {
  for (const [encoding, bom] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      const text = strictDecode(encoding, bytes.subarray(bom.length));
      return text === undefined
        ? { ok: false, problem: `not valid ${encoding.toUpperCase()} text after its byte-order mark` }
        : { ok: true, text, encoding };
    }
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  const gb = strictDecode('gb18030', bytes);
  if (gb !== undefined) return { ok: true, text: gb, encoding: 'gb18030' };
  const at = firstBadUtf8Byte(bytes);
  const hex = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
  return { ok: false, problem: `not UTF-8 or GB18030 text (byte 0x${hex} at offset ${at})` };
}

/** The text, or undefined when the bytes are not valid in `encoding`. */
function strictDecode(encoding: FileEncoding, bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM: the mark was checked above; one left inside the text stays visible to the reader.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}

/** Offset of the first byte at which UTF-8 decoding fails (the bytes are known not to be UTF-8). */
function firstBadUtf8Byte(bytes: Uint8Array): number {
  // A prefix that decodes (a sequence cut at its end is allowed while streaming) stays decodable when
  // shortened, so the shortest prefix that fails ends with the offending byte.
  const decodes = (length: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch (error) {
      if (error instanceof TypeError) return false;
      throw error;
    }
  };
  let good = 0;
  let bad = bytes.length;
  if (decodes(bad)) return bytes.length - 1; // only a sequence cut short at the very end
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (decodes(mid)) good = mid;
    else bad = mid;
  }
  return bad - 1;
}
