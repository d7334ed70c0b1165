import { describe, expect, test } from 'vitest';
import { parseCsv, writeCsv } from '../src/text/csv';

describe('CSV', () => {
  test('quoted fields with commas, doubled quotes and line breaks; CRLF and LF; line numbers', () => {
    const rows = parseCsv('a,"b,1","say ""hi"""\r\n"two\nlines",x\nlast,\n');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b,1', 'say "hi"'] },
      { line: 2, fields: ['two\nlines', 'x'] },
      { line: 4, fields: ['last', ''] },
    ]);
  });

  test('a BOM is not part of the first field, and a file without a final line break keeps its last row', () => {
    expect(parseCsv('\uFEFF交易时间,金额\r\n2026-12-01,1.00')).toEqual([
      { line: 1, fields: ['交易时间', '金额'] },
      { line: 2, fields: ['2026-12-01', '1.00'] },
    ]);
  });

  test('empty fields and a trailing comma', () => {
    expect(parseCsv(',,\n,')).toEqual([
      { line: 1, fields: ['', '', ''] },
      { line: 2, fields: ['', ''] },
    ]);
  });

  test('what writeCsv writes reads back the same', () => {
    const table = [
      ['时间', 'note, with comma', 'quote "x"'],
      ['2026-12-01 23:59', 'two\r\nlines', ''],
    ];
    expect(parseCsv(writeCsv(table)).map((r) => r.fields)).toEqual(table);
  });
});
