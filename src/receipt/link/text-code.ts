/**
 * Compact text coding of link format 1, used instead of UTF-8 before deflate: ASCII stays one byte, a CJK
 * ideograph takes two instead of three, common punctuation blocks take two, anything else three or four.
 *
 *   00–7F          ASCII
 *   80–D1 xx       U+4E00 + ((lead − 0x80) << 8 | xx)   CJK unified ideographs U+4E00–U+A1FF
 *   D2 xx          U+3000 + xx                           CJK symbols and punctuation, kana
 *   D3 xx          U+FF00 + xx                           full-width forms (，！：)
 *   D4 xx          U+0080 + xx                           Latin-1 supplement (é, ×)
 *   D5 xx          U+2000 + xx                           general punctuation, currency signs (—, …, €)
 *   D6 xx xx       any BMP code point
 *   D7 xx xx xx    any code point
 */

const PAGES: readonly [lead: number, base: number][] = [
  [0xd2, 0x3000],
  [0xd3, 0xff00],
  [0xd4, 0x0080],
  [0xd5, 0x2000],
];

/** Codes text; `out` receives the bytes. */
export function encodeText(text: string, out: number[]): void {
  // An index loop rather than `for…of` and a table search: the viewer codes the whole preset dictionary
  // (~2,300 characters) once per page, in code that runs once and is never optimised.
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    if (cp >= 0x4e00 && cp < 0xa200) {
      out.push(0x80 + ((cp - 0x4e00) >> 8), (cp - 0x4e00) & 0xff);
      continue;
    }
    const page = pageOf(cp);
    if (page >= 0) out.push(PAGES[page]![0], cp - PAGES[page]![1]);
    else if (cp < 0x10000) out.push(0xd6, cp >> 8, cp & 0xff);
    else {
      out.push(0xd7, cp >> 16, (cp >> 8) & 0xff, cp & 0xff);
      i++; // the second half of the surrogate pair
    }
  }
}

function pageOf(cp: number): number {
  for (let page = 0; page < PAGES.length; page++) {
    const base = PAGES[page]![1];
    if (cp >= base && cp < base + 0x100) return page;
  }
  return -1;
}

/** `text` in the coding, as bytes. */
export function codedText(text: string): Uint8Array {
  const out: number[] = [];
  encodeText(text, out);
  return Uint8Array.from(out);
}

/** Decodes coded text; `undefined` when the bytes are not a valid coding. */
export function decodeText(bytes: Uint8Array): string | undefined {
  let text = '';
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i++]!;
    const need = lead < 0x80 ? 0 : lead < 0xd6 ? 1 : lead === 0xd6 ? 2 : lead === 0xd7 ? 3 : -1;
    if (need < 0 || i + need > bytes.length) return undefined;
    let cp: number;
    if (lead < 0x80) cp = lead;
    else if (lead < 0xd2) cp = 0x4e00 + (((lead - 0x80) << 8) | bytes[i]!);
    else if (lead < 0xd6) cp = PAGES[lead - 0xd2]![1] + bytes[i]!;
    else if (lead === 0xd6) cp = (bytes[i]! << 8) | bytes[i + 1]!;
    else cp = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    if (cp > 0x10ffff) return undefined;
    i += need;
    text += String.fromCodePoint(cp);
  }
  return text;
}
