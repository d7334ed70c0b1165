/**
 * Text → printer bytes for the encodings receipt printers understand: four single-byte code pages
 * (tables as data), the two double-byte Chinese sets — GB18030 (mainland firmware) and Big5 (Taiwan and
 * Hong Kong firmware), tables built at run time from the platform's own decoders — and UTF-8 for printers
 * that take it. A character an encoding cannot express becomes a visible `?` and is counted, never
 * silently wrong bytes.
 */

/** Encodings the encoder can produce. */
export type TextEncoding = 'cp437' | 'cp858' | 'cp866' | 'cp1252' | 'gb18030' | 'big5' | 'utf8';

/** The double-byte sets a printer's Chinese font reads in Chinese (FS &) mode. */
export type DoubleByteEncoding = 'gb18030' | 'big5';

/** Whether `encoding` is printed with the Chinese font in Chinese mode. */
export const isDoubleByte = (encoding: TextEncoding): encoding is DoubleByteEncoding =>
  encoding === 'gb18030' || encoding === 'big5';

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

/** A double-byte set's codes, as the decoder is asked for them: lead bytes and their trail bytes. */
interface DoubleByteSet {
  /** The WHATWG encoding label the platform decodes it by. */
  readonly label: string;
  /** [first, last] code ranges (lead << 8 | trail) the printer fonts hold. */
  readonly ranges: readonly (readonly [number, number])[];
  readonly trail: (byte: number) => boolean;
  /** Characters with two codes whose later code is the one to send (the earlier is kept otherwise). */
  readonly preferLater: ReadonlySet<number>;
  /** Characters sent as another one the set has (¥ as the full-width ￥, which every font carries). */
  readonly substitutes: ReadonlyMap<number, number>;
}

const DOUBLE_BYTE: Record<DoubleByteEncoding, DoubleByteSet> = {
  // GB 18030 two-byte codes: lead 0x81–0xFE, trail 0x40–0x7E / 0x80–0xFE; all 23 940 decode one-to-one to
  // BMP characters. Four-byte codes are not produced: many printer fonts lack them, so such characters
  // print as `?`. ¥ is a four-byte code in GB18030 and garbles on many models: it is sent as ￥ (A3 A4).
  gb18030: {
    label: 'gb18030',
    ranges: [[0x8140, 0xfefe]],
    trail: (t) => (t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfe),
    preferLater: new Set(),
    substitutes: new Map([[0xa5, 0xffe5]]),
  },
  // Big5 as printer fonts hold it: symbols A140–A3BF, frequent hanzi A440–C67E, less frequent C940–F9D5
  // (13 461 codes; big5(5) man page "Code Values for Big-5 Characters"; the Epson Big5 filter of
  // Traditional Chinese Solaris accepts the same three ranges). Trail 0x40–0x7E / 0xA1–0xFE. The
  // user-defined and HKSCS areas are left out: a printer font has no glyphs there. 十 and 卅 sit twice
  // (A2CC/A451, A2CE/A4CA); the hanzi-area codes are sent, as the WHATWG Big5 encoder does. ¥ £ ¢ are not
  // in Big5: their full-width forms (A244, A247, A246) are.
  big5: {
    label: 'big5',
    ranges: [
      [0xa140, 0xa3bf],
      [0xa440, 0xc67e],
      [0xc940, 0xf9d5],
    ],
    trail: (t) => (t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe),
    preferLater: new Set([0x5341, 0x5345]),
    substitutes: new Map([
      [0xa5, 0xffe5],
      [0xa3, 0xffe1],
      [0xa2, 0xffe0],
    ]),
  },
};

/** Reverse tables: UTF-16 code unit → two-byte code (lead << 8 | trail), 0 when absent. */
const doubleByteTables = new Map<DoubleByteEncoding, Uint16Array>();
const buildMs = new Map<DoubleByteEncoding, number>();

/** The codes of a set, in order, as one byte string (lead, trail, lead, trail…). */
function setCodes(set: DoubleByteSet): Uint8Array {
  const codes: number[] = [];
  for (const [first, last] of set.ranges) {
    for (let code = first; code <= last; code++)
      if (set.trail(code & 0xff)) codes.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(codes);
}

/**
 * Builds a double-byte set's reverse table from the platform's `TextDecoder` once (the decoder's table is
 * the standard one, so the encoder carries no table of its own).
 */
export function doubleByteTable(encoding: DoubleByteEncoding): Uint16Array {
  const built = doubleByteTables.get(encoding);
  if (built) return built;
  const started = performance.now();
  const set = DOUBLE_BYTE[encoding];
  const codes = setCodes(set);
  const table = new Uint16Array(0x10000);
  const keep = (unit: number, code: number): void => {
    if (table[unit] === 0 || set.preferLater.has(unit)) table[unit] = code;
  };
  const text = new TextDecoder(set.label).decode(codes);
  if (text.length === codes.length / 2) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit !== 0xfffd) keep(unit, (codes[2 * i]! << 8) | codes[2 * i + 1]!);
    }
  } else {
    // A decoder that did not map every pair to one unit: decode pairs one by one, skipping the odd ones.
    const decoder = new TextDecoder(set.label);
    for (let i = 0; i < codes.length; i += 2) {
      const ch = decoder.decode(codes.subarray(i, i + 2));
      if (ch.length === 1 && ch !== '\ufffd') keep(ch.charCodeAt(0), (codes[i]! << 8) | codes[i + 1]!);
    }
  }
  doubleByteTables.set(encoding, table);
  buildMs.set(encoding, performance.now() - started);
  return table;
}

/** The GB18030 two-byte reverse table (see `doubleByteTable`). */
export const gb18030Table = (): Uint16Array => doubleByteTable('gb18030');

/** How long building a set's table took in this process, in ms (0 before it was built). */
export const doubleByteBuildMs = (encoding: DoubleByteEncoding): number => buildMs.get(encoding) ?? 0;

/** How long building the GB18030 table took in this process, in ms (0 before it was built). */
export const gb18030BuildMs = (): number => doubleByteBuildMs('gb18030');

/** The character actually sent for `unit` in a double-byte set (¥ → ￥ …). */
function substitute(encoding: DoubleByteEncoding, unit: number): number {
  return DOUBLE_BYTE[encoding].substitutes.get(unit) ?? unit;
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
  // A code above 0xFF is a two-byte code (lead byte ≥ 0x81); code-page bytes are single.
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
  if (isDoubleByte(encoding)) {
    const table = doubleByteTable(encoding);
    return (unit) => table[substitute(encoding, unit)] || undefined;
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
  if (!isDoubleByte(encoding)) return (cp) => (cp < 0x20 ? 0 : 1);
  const table = doubleByteTable(encoding);
  return (cp) => (cp < 0x20 ? 0 : cp < 0x80 || cp > 0xffff || table[substitute(encoding, cp)] === 0 ? 1 : 2);
}
