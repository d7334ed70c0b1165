import { describe, expect, test } from 'vitest';
import { encodeText } from '../src/escpos/encode';
import { readBill } from '../src/ledger/read-bill';
import type { ColumnMapping } from '../src/ledger/mapped-bill';
import { decodeTextFile } from '../src/text/text-file';
import { fixtureText, type ReceiptFixture } from './_util/fixtures';

// Files from mainland POS and platforms come in GBK; Taiwan and Hong Kong exports in Big5. Nearly every Big5
// byte pair is a valid GBK pair too, so these check that each is read as what it is.

/** A fixture's text in `encoding`, every character encodable (checked). */
function bytesOf(name: ReceiptFixture, encoding: 'gb18030' | 'big5'): Uint8Array {
  const { bytes, replaced } = encodeText(fixtureText(name), encoding);
  expect(replaced).toBe(0);
  return bytes;
}

describe('telling GBK from Big5', () => {
  test('a Hong Kong receipt saved in Big5 is read as Big5, character for character', () => {
    const decoded = decodeTextFile(bytesOf('tea-restaurant-zh-hk', 'big5'));
    expect(decoded).toEqual({ ok: true, text: fixtureText('tea-restaurant-zh-hk'), encoding: 'big5' });
  });

  test.each(['convenience-store-zh', 'pharmacy-zh'] as const)(
    'the %s receipt saved in GBK (rare 喆 犇 included) is read as GB18030',
    (name) => {
      expect(decodeTextFile(bytesOf(name, 'gb18030'))).toEqual({
        ok: true,
        text: fixtureText(name),
        encoding: 'gb18030',
      });
    },
  );

  test('the Hong Kong receipt in GB18030 (Traditional characters in GBK) stays GB18030', () => {
    expect(decodeTextFile(bytesOf('tea-restaurant-zh-hk', 'gb18030'))).toMatchObject({
      ok: true,
      encoding: 'gb18030',
    });
  });

  test('a Taiwan bank export in Big5 is read through the merchant’s column mapping', () => {
    const csv = [
      '交易時間,摘要,存入金額,手續費,交易序號',
      '2026-12-01 10:15:00,刷卡收入,450.00,6.75,TW0001',
      '2026-12-01 18:40:30,行動支付收入,1280.00,19.20,TW0002',
    ].join('\n'); // (the printer encoder used here to make Big5 bytes drops CR as a control)
    const { bytes, replaced } = encodeText(csv, 'big5');
    expect(replaced).toBe(0);
    const mapping: ColumnMapping = {
      header: '交易時間,摘要,存入金額,手續費,交易序號',
      label: '台灣銀行',
      time: '交易時間',
      references: ['交易序號'],
      amount: '存入金額',
      fee: '手續費',
      methods: ['card'],
    };
    const result = readBill(bytes, { timeZone: 'Asia/Taipei', mappings: [mapping] });
    if (!result.ok) throw result.error;
    expect(result.bill.encoding).toBe('big5');
    expect(result.bill.rows.map((r) => [r.amount, r.fee, r.references])).toEqual([
      [45000, 675, ['TW0001']],
      [128000, 1920, ['TW0002']],
    ]);
  });

  test('bytes that are none of UTF-8, GB18030 and Big5 are refused with the first bad byte named', () => {
    expect(decodeTextFile(Uint8Array.of(0x41, 0x2c, 0xff, 0xff))).toEqual({
      ok: false,
      problem: 'not UTF-8, GB18030 or Big5 text (byte 0xFF at offset 2)',
    });
  });
});
