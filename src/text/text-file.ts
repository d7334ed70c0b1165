/**
 * Files as text, whatever a POS, a bank or a payment platform saved them in: a byte-order mark decides (UTF-8,
 * UTF-16), then valid UTF-8 is UTF-8, and anything else is GB18030 (GBK is its subset; mainland POS exports and
 * platform bills) or Big5 (Taiwan and Hong Kong exports), told apart by their bytes (see `looksLikeBig5`).
 * Bytes that are none of these are refused with the offset of the first bad byte, never turned into `?`.
 */

/** Encodings a file is read in. */
export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

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
  // Nearly every Big5 byte pair is also a valid GBK pair, so the bytes decide which is tried first; a file
  // only one of them decodes is that one.
  const big5First = looksLikeBig5(bytes);
  const big5 = big5First ? big5Decode(bytes) : undefined;
  if (big5 !== undefined) return { ok: true, text: big5, encoding: 'big5' };
  const gb = strictDecode('gb18030', bytes);
  if (gb !== undefined) return { ok: true, text: gb, encoding: 'gb18030' };
  const big5Only = big5First ? undefined : big5Decode(bytes);
  if (big5Only !== undefined) return { ok: true, text: big5Only, encoding: 'big5' };
  const at = firstBadUtf8Byte(bytes);
  const hex = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
  return { ok: false, problem: `not UTF-8, GB18030 or Big5 text (byte 0x${hex} at offset ${at})` };
}

/**
 * Whether two-byte text reads as Big5 rather than GBK. Big5 puts about 40 % of its characters on trail bytes
 * 0x40–0x7E (big5(5): trail 0x40–0x7E or 0xA1–0xFE); GBK text is mostly GB 2312, whose trail bytes are all
 * 0xA1–0xFE, and reaches below 0xA1 only for rare characters. So a share of low trail bytes well above a
 * rare character's is Big5.
 */
function looksLikeBig5(bytes: Uint8Array): boolean {
  let pairs = 0;
  let low = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    const lead = bytes[i]!;
    if (lead < 0x81 || lead === 0xff) continue;
    const trail = bytes[i + 1]!;
    if (trail >= 0x40) {
      pairs++;
      if (trail <= 0x7e) low++;
    }
    i++; // the trail byte (or a GB18030 four-byte code's second byte) is not a lead
  }
  return low >= 2 && low / pairs >= 0.15;
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

/**
 * Big5 text, or undefined when the bytes are not Big5: every byte ASCII or a pair (lead 0x81–0xFE, trail
 * 0x40–0x7E / 0xA1–0xFE), and every pair a character. Checked here because not every platform's fatal Big5
 * decoder refuses: Node's drops a stray 0xFF or an unassigned pair without a word.
 */
function big5Decode(bytes: Uint8Array): string | undefined {
  let characters = 0;
  for (let i = 0; i < bytes.length; i++, characters++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    if (
      lead === 0x80 ||
      lead === 0xff ||
      !((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe))
    )
      return undefined;
    i++;
  }
  const text = strictDecode('big5', bytes);
  // Each ASCII byte or pair is at least one UTF-16 unit (a few pairs are two): fewer means one was dropped.
  return text !== undefined && text.length >= characters && !text.includes('\ufffd') ? text : undefined;
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
