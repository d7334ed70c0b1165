import { describe, expect, test } from 'vitest';
import { HEALTHY_STATUS } from '../../src/escpos/status-model';
import { BOM, CsvError, parseCsv, writeCsv } from '../../src/app/fault-log/csv';
import { FAULT_CSV_COLUMNS, faultsFromCsv, faultsToCsv } from '../../src/app/fault-log/fault-csv';
import { entryOf } from '../../src/store/fault-entry';
import type { FaultEntry } from '../../src/store/schema';

const usb = {
  transport: 'usb' as const,
  vendorId: 0x0416,
  productId: 0x5011,
  serialNumber: 'SN,"42"',
  manufacturer: '芯烨',
  product: 'XP-58IIH',
  name: '收银台 1 号, 前台',
};

function entries(): FaultEntry[] {
  const paperOut = entryOf({
    kind: 'paper-out',
    at: Date.UTC(2026, 10, 20, 2, 3, 4),
    printer: usb,
    status: { ...HEALTHY_STATUS, online: false, paper: 'out', raw: [0x1a, 0x7e], source: 'dle-eot' },
    raw: [0x1a, 0x7e],
    activity: { kind: 'printing-receipt', receiptId: 'R-1' },
    detail: 'line one\nline "two"',
  });
  const unreachable = entryOf({
    kind: 'access-denied',
    at: Date.UTC(2026, 10, 21, 9, 0, 0),
    printer: null,
    status: null,
    raw: [],
    activity: { kind: 'connecting' },
  });
  return [
    {
      ...paperOut,
      id: 7,
      count: 3,
      lastAt: paperOut.at + 60_000,
      resolved: 1,
      resolution: { how: 'fixed-by-merchant', at: paperOut.at + 120_000 },
    },
    { ...unreachable, id: 8 },
  ];
}

describe('CSV writer and parser (RFC 4180)', () => {
  test('starts with a BOM, ends rows with CRLF, quotes commas, quotes and line breaks', () => {
    const text = writeCsv([
      ['a', 'b,c', 'say "hi"'],
      ['line\nbreak', '', '中文'],
    ]);
    expect(text).toBe(`${BOM}a,"b,c","say ""hi"""\r\n"line\nbreak",,中文\r\n`);
    expect(parseCsv(text)).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['line\nbreak', '', '中文'],
    ]);
  });

  test('parses LF files and a last line without a line end', () => {
    expect(parseCsv('x,y\n1,"2"')).toEqual([
      ['x', 'y'],
      ['1', '2'],
    ]);
  });

  test('rejects an unclosed quote and a quote inside an unquoted field, naming the line', () => {
    expect(() => parseCsv('a,b\r\n"open,c\r\n')).toThrow(new CsvError('unclosed-quote', 2));
    expect(() => parseCsv('a,b\r\nx"y,c\r\n')).toThrow(new CsvError('stray-quote', 2));
  });
});

describe('fault log CSV export', () => {
  test('round trip: the CSV parses back to the same entries, Chinese intact, BOM first', () => {
    const original = entries();
    const text = faultsToCsv(original, 'zh');
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toContain('收银台 1 号, 前台');
    expect(text).toContain('缺纸');
    expect(faultsFromCsv(text)).toEqual(original);
  });

  test("headings are in the merchant's language, and a Chinese file reads back like an English one", () => {
    const zh = faultsToCsv(entries(), 'zh');
    const en = faultsToCsv(entries(), 'en');
    const [zhHead] = parseCsv(zh);
    const [enHead] = parseCsv(en);
    expect(zhHead!.slice(0, 8)).toEqual([
      '编号',
      '首次出现（本地时间）',
      '首次出现（UTC）',
      '最近出现（本地时间）',
      '最近出现（UTC）',
      '出现次数',
      '故障代码',
      '故障',
    ]);
    expect(enHead!.slice(6, 9)).toEqual(['Fault code', 'Fault', 'What to do']);
    expect(new Set(zhHead).size).toBe(FAULT_CSV_COLUMNS.length);
    expect(new Set(enHead).size).toBe(FAULT_CSV_COLUMNS.length);
    expect(faultsFromCsv(zh)).toEqual(faultsFromCsv(en));
    // A file with the machine names as headings (as tools write them) reads back too.
    const machine = writeCsv([[...FAULT_CSV_COLUMNS], ...parseCsv(en).slice(1)]);
    expect(faultsFromCsv(machine)).toEqual(faultsFromCsv(en));
  });

  test('UTF-8 bytes start EF BB BF and the header row names every column once', () => {
    const text = faultsToCsv(entries(), 'en');
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [head, first] = parseCsv(text);
    expect(head).toHaveLength(FAULT_CSV_COLUMNS.length);
    const row = Object.fromEntries(FAULT_CSV_COLUMNS.map((name, i) => [name, first![i]]));
    expect(row).toMatchObject({
      kind: 'paper-out',
      fault: 'Out of paper',
      first_seen_utc: '2026-11-20T02:03:04.000Z',
      count: '3',
      vendor_id: '0x0416',
      raw_hex: '1a 7e',
      resolution: 'Fixed',
      activity: 'Printing receipt R-1',
    });
  });

  test('a fault while printing the day summary says so in both languages and reads back', () => {
    const entry = {
      ...entryOf({
        kind: 'paper-out',
        at: Date.UTC(2026, 11, 1, 14, 0, 0),
        printer: usb,
        status: null,
        raw: [],
        activity: { kind: 'day-summary' },
      }),
      id: 9,
    };
    for (const [lang, words] of [
      ['en', 'Printing day summary'],
      ['zh', '打印日结单'],
    ] as const) {
      const text = faultsToCsv([entry], lang);
      const [, row] = parseCsv(text);
      expect(row).toContain(words);
      expect(faultsFromCsv(text)[0]?.activity).toEqual({ kind: 'day-summary' });
    }
  });
});
