import { describe, expect, test } from 'vitest';
import {
  canEncode,
  encodeText,
  encodedColumns,
  gb18030BuildMs,
  gb18030Table,
  type CodePageName,
} from '../../src/escpos/encode';
import { fixtureJson } from '../_util/fixtures';

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');

/** Every string value in a JSON document. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

describe('GB18030', () => {
  test('every character of the Chinese convenience-store receipt encodes and decodes back unchanged', () => {
    const text = stringsOf(fixtureJson('convenience-store-zh')).join('\n');
    const { bytes, replaced } = encodeText(text, 'gb18030');
    expect(replaced).toBe(0);
    expect(new TextDecoder('gb18030').decode(bytes)).toBe(text);
  });

  test('the rare given-name characters 喆 and 犇 get their two-byte GBK codes', () => {
    expect(hex(encodeText('喆犇', 'gb18030').bytes)).toBe('86 b4 a0 c4');
  });

  test('合计 and ASCII mix: ASCII stays one byte, Chinese two', () => {
    expect(hex(encodeText('A合', 'gb18030').bytes)).toBe('41 ba cf');
  });

  test('¥ (U+00A5) is printed as fullwidth ￥ (A3 A4), not its four-byte code', () => {
    expect(hex(encodeText('¥5', 'gb18030').bytes)).toBe('a3 a4 35');
    expect(hex(encodeText('￥', 'gb18030').bytes)).toBe('a3 a4');
  });

  test('a character outside the two-byte table (an emoji) becomes one visible ? and is counted', () => {
    const { bytes, replaced } = encodeText('茶😀', 'gb18030');
    expect(hex(bytes)).toBe('b2 e8 3f');
    expect(replaced).toBe(1);
  });

  test('the reverse table is built once from the platform decoder, quickly', () => {
    const table = gb18030Table();
    expect(table).toBe(gb18030Table());
    expect(table['合'.charCodeAt(0)]).toBe(0xbacf);
    expect(gb18030BuildMs()).toBeGreaterThan(0);
  });

  test('in Chinese mode a double-byte character is two columns, ASCII and ? one', () => {
    const columns = encodedColumns('gb18030');
    expect(columns('合'.codePointAt(0)!)).toBe(2);
    expect(columns('×'.codePointAt(0)!)).toBe(2); // A1 C1: printed with the 24-dot Chinese font
    expect(columns('a'.codePointAt(0)!)).toBe(1);
    expect(columns('😀'.codePointAt(0)!)).toBe(1);
  });
});

describe('single-byte code pages', () => {
  const cases: [CodePageName, string, string][] = [
    ['cp437', 'Ü½', '9a ab'],
    ['cp858', '€Ø', 'd5 9d'],
    ['cp866', 'Жё', '86 f1'],
    ['cp1252', '€é', '80 e9'],
  ];
  test.each(cases)('%s encodes %s as %s', (page, text, bytes) => {
    const result = encodeText(text, page);
    expect(hex(result.bytes)).toBe(bytes);
    expect(result.replaced).toBe(0);
  });

  test('a decomposed é (e + combining acute) is composed and printed as the single CP858 byte', () => {
    const result = encodeText('Cafe\u0301', 'cp858');
    expect(hex(result.bytes)).toBe('43 61 66 82');
    expect(result.replaced).toBe(0);
  });

  test('a euro sign on CP437, which has none, prints as ? and is counted', () => {
    const result = encodeText('€5', 'cp437');
    expect(hex(result.bytes)).toBe('3f 35');
    expect(result.replaced).toBe(1);
    expect(canEncode('€', 'cp437')).toBe(false);
    expect(canEncode('€', 'cp858')).toBe(true);
  });

  test('Windows-1252 holes (0x81) are not produced for their C1 control characters', () => {
    expect(encodeText('\u0081', 'cp1252').replaced).toBe(1);
  });

  test('CP866 round-trips all 128 upper bytes through the platform ibm866 decoder', () => {
    // (Node's windows-1252 decoder is Latin-1, so CP1252 is checked by the table cases above instead.)
    const bytes = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    const text = new TextDecoder('ibm866').decode(bytes);
    expect(hex(encodeText(text, 'cp866').bytes)).toBe(hex(bytes));
  });

  test('CP1252 maps the typographic quotes and dashes of 0x80–0x9F', () => {
    expect(hex(encodeText('“”–—™', 'cp1252').bytes)).toBe('93 94 96 97 99');
  });
});

describe('control characters and UTF-8', () => {
  test('ESC and GS inside text are replaced so text can never issue a command', () => {
    const result = encodeText('a\u001b@b\u001dV', 'cp437');
    expect(hex(result.bytes)).toBe('61 3f 40 62 3f 56');
    expect(result.replaced).toBe(2);
    expect(hex(encodeText('x\u001by', 'gb18030').bytes)).toBe('78 3f 79');
  });

  test('LF inside text passes through', () =>
    expect(hex(encodeText('a\nb', 'cp437').bytes)).toBe('61 0a 62'));

  test('UTF-8 mode sends UTF-8 bytes and still removes controls', () => {
    expect(hex(encodeText('合', 'utf8').bytes)).toBe('e5 90 88');
    expect(encodeText('\u001b合', 'utf8').replaced).toBe(1);
  });
});
