/**
 * Text → printer bytes for the encodings receipt printers understand: four single-byte code pages
 * (tables as data), GB18030 double-byte (table built at run time from the platform's own decoder) and
 * UTF-8 for printers that take it. A character an encoding cannot express becomes a visible `?` and is
 * counted, never silently wrong bytes.
 */

/** Encodings the encoder can produce. */
export type TextEncoding = 'cp437' | 'cp858' | 'cp866' | 'cp1252' | 'gb18030' | 'utf8';

/** Single-byte code pages among `TextEncoding`. */
export type CodePageName = 'cp437' | 'cp858' | 'cp866' | 'cp1252';

/** Bytes for some text, and how many characters had to be replaced by `?`, and which. */
export interface Encoded {
  bytes: Uint8Array;
  replaced: number;
  /** Each character printed as `?`, in order (a surrogate pair counts as one character). */
  missing: string[];
}

// Upper halves (0x80–0xFF) of each page; \0 marks an unassigned byte. Facts from the IBM/Microsoft code
// page definitions (CP437, CP858 = CP850 with € at 0xD5, CP866, Windows-1252).
const UPPER: Record<CodePageName, string> = {
  cp437:
    'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' +
    'αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0',
  cp858:
    'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀' +
    'ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0',
  cp866:
    'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмноп░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' +
    'рстуфхцчшщъыьэюяЁёЄєЇїЎў°∙·√№¤■\u00a0',
  cp1252:
    '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿' +
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
};

const REPLACEMENT = 0x3f; // '?'
const utf8 = new TextEncoder();
const pageMaps = new Map<CodePageName, Map<number, number>>();

function pageMap(page: CodePageName): Map<number, number> {
  let map = pageMaps.get(page);
  if (!map) {
    map = new Map();
    const upper = UPPER[page];
    for (let i = 0; i < 128; i++) {
      const cp = upper.charCodeAt(i);
      if (cp !== 0) map.set(cp, 0x80 + i);
    }
    pageMaps.set(page, map);
  }
  return map;
}

/** GB18030 reverse table: UTF-16 code unit → two-byte code (lead << 8 | trail), 0 when absent. */
let gbTable: Uint16Array | undefined;
let gbBuildMs = 0;

/**
 * Builds the GB18030 two-byte reverse table from `TextDecoder('gb18030')` once. All 23 940 two-byte
 * codes (lead 0x81–0xFE, trail 0x40–0x7E / 0x80–0xFE, per GB 18030) decode one-to-one to BMP characters.
 * Four-byte codes are not produced: many printer fonts lack them, so such characters print as `?`.
 */
export function gb18030Table(): Uint16Array {
  if (gbTable) return gbTable;
  const started = performance.now();
  const codes = new Uint8Array(126 * 190 * 2);
  let n = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      codes[n++] = lead;
      codes[n++] = trail;
    }
  }
  const text = new TextDecoder('gb18030').decode(codes);
  const table = new Uint16Array(0x10000);
  if (text.length === codes.length / 2) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      // Keep the first code for a character; later duplicates (compatibility codes) are never preferred.
      if (unit !== 0xfffd && table[unit] === 0) table[unit] = (codes[2 * i]! << 8) | codes[2 * i + 1]!;
    }
  } else {
    // A decoder that did not map every pair to one unit: fall back to decoding pairs one by one.
    const decoder = new TextDecoder('gb18030');
    for (let i = 0; i < codes.length; i += 2) {
      const ch = decoder.decode(codes.subarray(i, i + 2));
      if (ch.length === 1 && ch !== '\ufffd' && table[ch.charCodeAt(0)] === 0) {
        table[ch.charCodeAt(0)] = (codes[i]! << 8) | codes[i + 1]!;
      }
    }
  }
  gbTable = table;
  gbBuildMs = performance.now() - started;
  return table;
}

/** How long building the GB18030 table took in this process, in ms (0 before it was built). */
export const gb18030BuildMs = (): number => gbBuildMs;

/** Characters substituted before encoding in Chinese mode: ¥ is four bytes in GB18030 and garbles on many models. */
function gbSubstitute(unit: number): number {
  return unit === 0xa5 ? 0xffe5 : unit; // ¥ → ￥ (A3 A4)
}

// Text must never smuggle commands: ESC, GS and other controls in a shop name would be obeyed by the
// printer, so only LF and printable ASCII pass; the rest is replaced like any unencodable character.
const isPrintableAscii = (unit: number): boolean => (unit >= 0x20 && unit !== 0x7f) || unit === 0x0a;

/** Encodes text for the printer; everything the encoding lacks (and any control but LF) becomes `?`. */
export function encodeText(input: string, encoding: TextEncoding): Encoded {
  // Composed form first: "e" + U+0301 from a POS becomes "é", which the code pages have as one byte.
  const text = input.normalize('NFC');
  if (encoding === 'utf8') {
    const missing: string[] = [];
    // eslint-disable-next-line no-control-regex -- the controls are exactly what is being removed
    const clean = text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]|\p{Cs}/gu, (char) => {
      missing.push(char);
      return '?';
    });
    return { bytes: utf8.encode(clean), replaced: missing.length, missing };
  }
  // A code above 0xFF is a GB18030 two-byte code (lead byte ≥ 0x81); code-page bytes are single.
  const lookup = codeLookup(encoding);
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  const missing: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      if (isPrintableAscii(unit)) out[n++] = unit;
      else {
        out[n++] = REPLACEMENT;
        missing.push(text[i]!);
      }
      continue;
    }
    const code = unit >= 0xd800 && unit <= 0xdfff ? undefined : lookup(unit);
    if (code === undefined) {
      out[n++] = REPLACEMENT;
      // One `?` for the whole surrogate pair.
      const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length;
      missing.push(pair ? text.slice(i, i + 2) : text[i]!);
      if (pair) i++;
    } else if (code > 0xff) {
      out[n++] = code >> 8;
      out[n++] = code & 0xff;
    } else out[n++] = code;
  }
  return { bytes: out.slice(0, n), replaced: missing.length, missing };
}

/** The printer's code for a non-ASCII UTF-16 unit in `encoding`, or undefined when it has none. */
function codeLookup(encoding: Exclude<TextEncoding, 'utf8'>): (unit: number) => number | undefined {
  if (encoding === 'gb18030') {
    const table = gb18030Table();
    return (unit) => table[gbSubstitute(unit)] || undefined;
  }
  const map = pageMap(encoding);
  return (unit) => map.get(unit);
}

/** True when every character of `text` has bytes in `encoding` (no `?` would be printed). */
export function canEncode(text: string, encoding: TextEncoding): boolean {
  return encodeText(text, encoding).replaced === 0;
}

/**
 * Columns one character takes when printed in `encoding`: single-byte pages print everything one column
 * wide; in Chinese mode every double-byte character is a full-width (two-column) glyph; a `?` replacement
 * is one column. UTF-8 printers are measured by the caller with Unicode widths.
 */
export function encodedColumns(encoding: Exclude<TextEncoding, 'utf8'>): (codePoint: number) => 0 | 1 | 2 {
  if (encoding !== 'gb18030') return (cp) => (cp < 0x20 ? 0 : 1);
  const table = gb18030Table();
  return (cp) => (cp < 0x20 ? 0 : cp < 0x80 || cp > 0xffff || table[gbSubstitute(cp)] === 0 ? 1 : 2);
}
