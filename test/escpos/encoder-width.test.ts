import { describe, expect, test } from 'vitest';
import { encodedColumns } from '../../src/escpos/encode';
import { columnsOf, spread, unicodeColumns, wrapText } from '../../src/escpos/text-width';

describe('columnsOf', () => {
  test('Chinese characters and fullwidth forms count two columns, ASCII one', () => {
    expect(columnsOf('合计')).toBe(4);
    expect(columnsOf('Total')).toBe(5);
    expect(columnsOf('￥12')).toBe(4);
    expect(columnsOf('，')).toBe(2);
  });

  test('combining marks count zero columns', () => {
    expect(columnsOf('e\u0301')).toBe(1);
    expect(columnsOf('Cafe\u0301')).toBe(4);
  });

  test('characters outside the BMP (CJK extension B, emoji) are measured once, as wide', () => {
    expect(columnsOf('𠀀')).toBe(2);
    expect(columnsOf('😀a')).toBe(3);
  });

  test('a measure for the printer encoding overrides Unicode widths', () => {
    expect(columnsOf('250ml×12盒', unicodeColumns)).toBe(10);
    expect(columnsOf('250ml×12盒', encodedColumns('gb18030'))).toBe(11);
    expect(columnsOf('合计', encodedColumns('cp437'))).toBe(2);
  });
});

describe('wrapText', () => {
  test('breaks English at spaces and drops the space at the break', () => {
    expect(wrapText('Thank you for shopping with us!', 12)).toEqual([
      'Thank you',
      'for shopping',
      'with us!',
    ]);
  });

  test('breaks Chinese between characters and never splits a wide character across the edge', () => {
    expect(wrapText('谢谢惠顾欢迎光临', 5)).toEqual(['谢谢', '惠顾', '欢迎', '光临']);
  });

  test('splits a word longer than the line', () => {
    expect(wrapText('42000021352024111800', 8)).toEqual(['42000021', '35202411', '1800']);
  });

  test('keeps \\n as a forced break', () => {
    expect(wrapText('谢谢惠顾\nThanks', 32)).toEqual(['谢谢惠顾', 'Thanks']);
  });

  test('keeps a combining mark with its base character', () => {
    expect(wrapText('Cafe\u0301 au lait', 5)).toEqual(['Cafe\u0301', 'au', 'lait']);
  });

  test('a wide character on a one-column line becomes ? instead of overflowing', () => {
    expect(wrapText('合a', 1)).toEqual(['?', 'a']);
  });

  test('property: no line is wider than the paper and no visible character is lost', () => {
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pool = [
      '合',
      '计',
      '￥',
      'a',
      'B',
      '7',
      ' ',
      ' ',
      'é',
      'e\u0301',
      '，',
      '×',
      'Coca-Cola',
      '550ml',
      '😀',
    ];
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: 1 + random(40) }, () => pool[random(pool.length)]).join('');
      const width = 2 + random(47);
      for (const measure of [unicodeColumns, encodedColumns('gb18030')]) {
        const lines = wrapText(text, width, measure);
        for (const line of lines) expect(columnsOf(line, measure)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }
    }
  });
});

describe('spread', () => {
  test('puts left and right at the two ends of exactly the paper width', () => {
    expect(spread('合计', '12.00', 12)).toBe('合计   12.00');
    expect(columnsOf(spread('合计', '12.00', 12)!)).toBe(12);
  });

  test('fills the gap with the fill character', () => {
    expect(spread('Tea', '2.00', 10, unicodeColumns, '.')).toBe('Tea...2.00');
  });

  test('says undefined when the two sides do not fit with a gap', () => {
    expect(spread('1234', '5678', 8)).toBeUndefined();
  });
});

describe('wrapText line-breaking rules', () => {
  test('closing Chinese punctuation never starts a line; the character before it moves down too', () => {
    expect(wrapText('谢谢惠顾，欢迎光临', 8)).toEqual(['谢谢惠', '顾，欢迎', '光临']);
  });

  test('the word carried along with punctuation still fits the line', () => {
    for (const line of wrapText('a Coca-Cola，', 10)) expect(columnsOf(line)).toBeLessThanOrEqual(10);
  });

  test('a break inside Chinese text prefers the last space when it keeps half the line', () => {
    expect(wrapText('好邻居便利店 漕溪北路店', 16)).toEqual(['好邻居便利店', '漕溪北路店']);
  });

  test('without a space in reach, Chinese breaks between characters', () => {
    expect(wrapText('上海 市徐汇区漕溪北路', 12)).toEqual(['上海 市徐汇', '区漕溪北路']);
  });
});
