import { describe, expect, test } from 'vitest';
import {
  canEncode,
  doubleByteBuildMs,
  doubleByteTable,
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

describe('Big5', () => {
  test('every character of the Hong Kong tea-restaurant receipt encodes and decodes back unchanged', () => {
    const text = stringsOf(fixtureJson('tea-restaurant-zh-hk')).join('\n');
    const { bytes, replaced } = encodeText(text, 'big5');
    expect(replaced).toBe(0);
    expect(new TextDecoder('big5').decode(bytes)).toBe(text);
  });

  test('Traditional characters get their Big5 codes, not GB ones: 合計 中文', () => {
    // 合 A658, 計 AD70, 中 A4A4, 文 A4E5 (Big5 level-1 hanzi, ordered by stroke count).
    expect(hex(encodeText('A合計', 'big5').bytes)).toBe('41 a6 58 ad 70');
    expect(hex(encodeText('中文', 'big5').bytes)).toBe('a4 a4 a4 e5');
  });

  test('simplified-only characters are not in Big5: each prints as ? and is named', () => {
    // 计 and 单 exist only in simplified form; 合 is shared.
    const result = encodeText('合计单', 'big5');
    expect(hex(result.bytes)).toBe('a6 58 3f 3f');
    expect(result.missing).toEqual(['计', '单']);
    expect(canEncode('合計單', 'big5')).toBe(true);
  });

  test('¥ £ ¢ go out as their full-width forms, which Big5 has (A244, A247, A246)', () => {
    expect(hex(encodeText('¥5 £ ¢', 'big5').bytes)).toBe('a2 44 35 20 a2 47 20 a2 46');
  });

  test('十 and 卅, each at two codes, are sent at their hanzi-area codes A451 and A4CA', () => {
    expect(hex(encodeText('十卅', 'big5').bytes)).toBe('a4 51 a4 ca');
  });

  test('the table holds the standard Big5 set only: 13,461 codes, no user-defined or HKSCS areas', () => {
    const table = doubleByteTable('big5');
    expect(table).toBe(doubleByteTable('big5'));
    const codes = new Set([...table].filter((code) => code !== 0));
    expect(codes.size).toBe(13_461 - 2); // 十 and 卅 keep one code each
    for (const code of codes) {
      const inStandard =
        (code >= 0xa140 && code <= 0xa3bf) ||
        (code >= 0xa440 && code <= 0xc67e) ||
        (code >= 0xc940 && code <= 0xf9d5);
      expect(inStandard, code.toString(16)).toBe(true);
    }
    expect(doubleByteBuildMs('big5')).toBeGreaterThan(0);
    // An HKSCS character the platform decoder knows (at 0x8840) is still not produced.
    const hkscs = new TextDecoder('big5').decode(Uint8Array.of(0x88, 0x40));
    expect(encodeText(hkscs, 'big5').replaced).toBe(1);
  });

  test('in Chinese mode a Big5 character is two columns; a simplified-only one prints as a one-column ?', () => {
    const columns = encodedColumns('big5');
    expect(columns('計'.codePointAt(0)!)).toBe(2);
    expect(columns('￥'.codePointAt(0)!)).toBe(2);
    expect(columns('¥'.codePointAt(0)!)).toBe(2);
    expect(columns('计'.codePointAt(0)!)).toBe(1);
    expect(columns('a'.codePointAt(0)!)).toBe(1);
  });

  test('controls are replaced in Big5 text too', () => {
    expect(hex(encodeText('x\u001by', 'big5').bytes)).toBe('78 3f 79');
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
