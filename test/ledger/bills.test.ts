import { describe, expect, test } from 'vitest';
import { readBill, type ReadBillResult } from '../../src/ledger/read-bill';
import { LedgerError } from '../../src/ledger/errors';
import type { Bill } from '../../src/ledger/bill';
import { BANK_MAPPING, billBytes } from './_fixtures';

const SHANGHAI = 'Asia/Shanghai';
const utf8 = (text: string) => new TextEncoder().encode(text);

function ok(result: ReadBillResult): Bill {
  if (!result.ok) throw result.error;
  return result.bill;
}

describe('WeChat Pay trade bill', () => {
  test('reads payments, the refund, fees and the merchant number; times are Beijing time', () => {
    const bill = ok(readBill(billBytes('wechat'), { timeZone: 'Europe/Berlin' }));
    expect(bill).toMatchObject({ platform: 'wechat', layout: 'wechat-trade', merchantId: '1900000109' });
    expect(bill.days).toEqual(['2026-12-01']);
    expect(bill.rows.filter((r) => r.kind === 'payment')).toHaveLength(6);
    const refund = bill.rows.find((r) => r.kind === 'refund')!;
    expect(refund).toMatchObject({
      amount: 1800,
      fee: -11,
      references: ['50300001202612010000000001', 'RF-S1201-002'],
      originalReferences: ['4200001201202612010000000001', 'WX20261201000001'],
    });
    const first = bill.rows[0]!;
    expect(first.amount).toBe(1800);
    expect(first.fee).toBe(11);
    expect(new Date(first.time).toISOString()).toBe('2026-12-01T01:02:13.000Z');
  });

  test('an older bill (总金额, no 订单金额) with a BOM reads the same way', () => {
    const bill = ok(readBill(billBytes('wechatLegacy'), { timeZone: SHANGHAI }));
    expect(bill.layout).toBe('wechat-trade-legacy');
    expect(bill.rows.map((r) => r.amount)).toEqual([1800, 1500]);
    expect(bill.rows.map((r) => r.fee)).toEqual([11, 9]);
  });

  test('a bill cut short (no summary line) is named truncated', () => {
    const text = new TextDecoder().decode(billBytes('wechat'));
    const cut = text.slice(0, text.indexOf('总交易单数'));
    expect(() => readBill(utf8(cut), { timeZone: SHANGHAI })).toThrow(
      expect.objectContaining({ code: 'bill-truncated' }),
    );
  });

  test('a broken amount names its line', () => {
    const text = new TextDecoder().decode(billBytes('wechat')).replaceAll('`30.20', '`30.2O');
    let error: unknown;
    try {
      readBill(utf8(text), { timeZone: SHANGHAI });
    } catch (e) {
      error = e;
    }
    if (!(error instanceof LedgerError)) throw new Error('expected a LedgerError');
    expect(error.message).toContain('30.2O');
    expect(error).toBeInstanceOf(LedgerError);
    expect(error.code).toBe('bill-bad-row');
    expect(error.line).toBe(3);
  });
});

describe('Alipay 业务明细 bill', () => {
  test('reads the GBK file: account, period, trades, the refund tied to its trade, service fees', () => {
    const bill = ok(readBill(billBytes('alipay'), { timeZone: SHANGHAI }));
    expect(bill).toMatchObject({
      platform: 'alipay',
      layout: 'alipay-business',
      merchantId: '20880012345678900156',
      encoding: 'gb18030',
      days: ['2026-12-01'],
    });
    const [a, b, refund] = bill.rows;
    expect(a).toMatchObject({ kind: 'payment', amount: 4590, fee: 28 });
    expect(a!.references).toEqual(['2026120122001400001000000001', 'ALI20261201000001']);
    expect(b).toMatchObject({ kind: 'payment', amount: 1200 });
    expect(refund).toMatchObject({
      kind: 'refund',
      amount: 990,
      fee: -6,
      references: ['RF-S1201-003-1'],
      originalReferences: ['2026120122001400001000000001', 'ALI20261201000001'],
    });
  });

  test('the same bill saved as UTF-8 reads the same rows', () => {
    const text = new TextDecoder('gb18030').decode(billBytes('alipay'));
    const fromUtf8 = ok(readBill(utf8('\uFEFF' + text), { timeZone: SHANGHAI }));
    const fromGbk = ok(readBill(billBytes('alipay'), { timeZone: SHANGHAI }));
    expect(fromUtf8.rows).toEqual(fromGbk.rows);
    expect(fromUtf8.encoding).toBe('utf-8');
  });

  test('a file without the end-of-list line is named truncated', () => {
    const text = new TextDecoder('gb18030').decode(billBytes('alipay'));
    const cut = text.slice(0, text.indexOf('#-----------------------------------------业务明细列表结束'));
    expect(() => readBill(utf8(cut), { timeZone: SHANGHAI })).toThrow(
      expect.objectContaining({ code: 'bill-truncated' }),
    );
  });
});

describe('other CSV bills', () => {
  test('a bank export without a mapping is an unknown layout that offers its header for mapping', () => {
    const result = readBill(billBytes('bank'), { timeZone: SHANGHAI });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bill-unknown-layout');
    expect(result.error.message).toContain('WeChat Pay');
    expect(result.unknown.header).toContain('参考号');
    expect(result.unknown.signature).toBe(BANK_MAPPING.header);
  });

  test('with the mapping the merchant made, its rows are read and the totals line ends the data', () => {
    const bill = ok(readBill(billBytes('bank'), { timeZone: SHANGHAI, mappings: [BANK_MAPPING] }));
    expect(bill).toMatchObject({
      platform: 'custom',
      layout: 'custom:工商银行 POS',
      methods: ['card', 'unionpay'],
    });
    expect(bill.rows.map((r) => [r.amount, r.fee, r.references])).toEqual([
      [7500, 38, ['POS884211', '000123']],
      [3300, 17, ['POS884377', '000124']],
    ]);
  });

  test('bytes that are neither UTF-8 nor GB18030 are refused with the encoding named', () => {
    expect(() => readBill(new Uint8Array([0x41, 0x2c, 0xff, 0xff, 0xff]), { timeZone: SHANGHAI })).toThrow(
      expect.objectContaining({ code: 'bill-encoding' }),
    );
  });

  test('a file with no table says what was expected', () => {
    const result = readBill(utf8('hello\nworld\n'), { timeZone: SHANGHAI });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/no table: expected a WeChat Pay trade bill/);
  });
});
