/**
 * Printer bytes → characters, the way the printer's character generator reads them: single-byte code
 * tables chosen with ESC t, GB18030 or Big5 in Chinese (FS &) mode (whichever the firmware's font reads),
 * UTF-8 on Sunmi after FS C 0xFF.
 *
 * The tables here are written independently of the encoder's (from the IBM/Microsoft code page charts), so
 * a round trip encoder → interpreter checks one against the other instead of agreeing with itself.
 */

/** How the printer currently reads text bytes. */
export type CharMode =
  { kind: 'single'; table: number } | { kind: 'gb18030' } | { kind: 'big5' } | { kind: 'utf8' };

/** The two-byte set a printer's Chinese font reads: mainland firmware GB18030, Taiwan and Hong Kong Big5. */
export type ChineseFont = 'gb18030' | 'big5';

/** One decoded character: how many bytes it took (0 = incomplete, wait for more) and whether it is full width. */
export interface DecodedChar {
  length: number;
  text: string;
  wide: boolean;
}

const INCOMPLETE: DecodedChar = { length: 0, text: '', wide: false };

// CP437 upper half, 0x80–0xFF (IBM PC character set chart).
const CP437 =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»' +
  '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' +
  'αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
// CP858 = CP850 with € at 0xD5 (IBM code page 858 chart).
const CP858 =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»' +
  '░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀' +
  'ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';

// Windows-1252 upper half: 0x80–0x9F from the Microsoft chart (\ufffd where unassigned), 0xA0–0xFF = Latin-1.
// Written out because Node's TextDecoder reads the "windows-1252" label as plain Latin-1.
const CP1252 =
  '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ' +
  Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)).join('');

/** ESC t table numbers (Epson reference, ESC t) → the upper half of the table, or a platform decoder label. */
const TABLES: ReadonlyMap<number, string | { label: string }> = new Map<number, string | { label: string }>([
  [0, CP437],
  [16, CP1252],
  [17, { label: 'ibm866' }],
  [19, CP858],
]);

const decoders = new Map<string, TextDecoder>();
function decoder(label: string): TextDecoder {
  let d = decoders.get(label);
  if (!d) {
    d = new TextDecoder(label);
    decoders.set(label, d);
  }
  return d;
}

/** Reads one character from the front of `bytes` (which must not be empty). */
export function decodeChar(bytes: Uint8Array, mode: CharMode): DecodedChar {
  const b = bytes[0]!;
  if (b < 0x80) return { length: 1, text: String.fromCharCode(b), wide: false };
  switch (mode.kind) {
    case 'single': {
      const table = TABLES.get(mode.table) ?? CP437;
      const text =
        typeof table === 'string' ? table[b - 0x80]! : decoder(table.label).decode(bytes.subarray(0, 1));
      return { length: 1, text, wide: false };
    }
    case 'gb18030':
      return gb18030Char(bytes);
    case 'big5':
      return big5Char(bytes);
    case 'utf8':
      return utf8Char(bytes);
  }
}

/** GB 18030: lead 0x81–0xFE; trail 0x40–0x7E / 0x80–0xFE for two bytes, 0x30–0x39 starts a four-byte code. */
function gb18030Char(bytes: Uint8Array): DecodedChar {
  const lead = bytes[0]!;
  if (lead === 0x80 || lead === 0xff) return { length: 1, text: '\ufffd', wide: false };
  if (bytes.length < 2) return INCOMPLETE;
  const trail = bytes[1]!;
  let length: number;
  if (trail >= 0x30 && trail <= 0x39) length = 4;
  else if ((trail >= 0x40 && trail <= 0x7e) || (trail >= 0x80 && trail <= 0xfe)) length = 2;
  else return { length: 1, text: '\ufffd', wide: false };
  if (bytes.length < length) return INCOMPLETE;
  const text = decoder('gb18030').decode(bytes.subarray(0, length));
  // Chinese-mode printers print every double-byte code with the full-width (24×24) kanji font.
  return { length, text, wide: true };
}

/**
 * Big5: lead 0x81–0xFE, trail 0x40–0x7E / 0xA1–0xFE (big5(5) man page; WHATWG Encoding, Big5 decoder).
 * A code with no glyph comes out as the decoder's replacement, as a font's empty box would.
 */
function big5Char(bytes: Uint8Array): DecodedChar {
  const lead = bytes[0]!;
  if (lead === 0x80 || lead === 0xff) return { length: 1, text: '\ufffd', wide: false };
  if (bytes.length < 2) return INCOMPLETE;
  const trail = bytes[1]!;
  if (!((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe)))
    return { length: 1, text: '\ufffd', wide: false };
  return { length: 2, text: decoder('big5').decode(bytes.subarray(0, 2)), wide: true };
}

function utf8Char(bytes: Uint8Array): DecodedChar {
  const lead = bytes[0]!;
  const length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead < 0xe0 ? 2 : 1;
  if (length === 1) return { length: 1, text: '\ufffd', wide: false };
  if (bytes.length < length) {
    for (let i = 1; i < bytes.length; i++)
      if ((bytes[i]! & 0xc0) !== 0x80) return { length: 1, text: '\ufffd', wide: false };
    return INCOMPLETE;
  }
  const text = decoder('utf-8').decode(bytes.subarray(0, length));
  return { length, text, wide: isWide(text.codePointAt(0)!) };
}

/** East Asian wide and fullwidth ranges (Unicode UAX #11), as a UTF-8 printer's font would draw them. */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
