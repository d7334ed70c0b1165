import { describe, expect, test } from 'vitest';
import { readBill } from '../../src/ledger/read-bill';
import { reconcile, RECONCILE_STATUSES, needsAttention, type ReconcileRow } from '../../src/ledger/reconcile';
import type { Bill } from '../../src/ledger/bill';
import { BANK_MAPPING, billBytes, dayReceipts, DAY_STATUS_COUNTS } from './_fixtures';

const SHANGHAI = 'Asia/Shanghai';
function bill(name: Parameters<typeof billBytes>[0]): Bill {
  const result = readBill(billBytes(name), { timeZone: SHANGHAI, mappings: [BANK_MAPPING] });
  if (!result.ok) throw result.error;
  return result.bill;
}
const statusOf = (rows: ReconcileRow[], receiptId: string) =>
  rows.filter((r) => r.receiptId === receiptId).map((r) => r.status);

describe('reconcile a day of receipts against the WeChat Pay and Alipay bills', () => {
  const report = reconcile(dayReceipts(), [bill('wechat'), bill('alipay')]);

  test('every status appears, with the counts of the day', () => {
    expect(report.summary).toEqual(DAY_STATUS_COUNTS);
    for (const status of RECONCILE_STATUSES) expect(report.summary[status]).toBeGreaterThan(0);
  });

  test('each receipt payment ends in exactly one status', () => {
    const rows = report.rows;
    expect(statusOf(rows, 'S1201-001')).toEqual(['not-applicable']); // cash
    expect(statusOf(rows, 'S1201-002')).toEqual(['matched']);
    expect(statusOf(rows, 'S1201-003')).toEqual(['matched']);
    expect(statusOf(rows, 'S1201-004')).toEqual(['amount-differs']);
    expect(statusOf(rows, 'S1201-005')).toEqual(['probable']);
    expect(statusOf(rows, 'S1201-006')).toEqual(['matched']);
    expect(statusOf(rows, 'S1201-007')).toEqual(['duplicate']);
    expect(statusOf(rows, 'S1201-008')).toEqual(['not-on-bill']);
    expect(statusOf(rows, 'S1201-009')).toEqual(['not-applicable']); // card, no bank bill imported
    expect(statusOf(rows, 'S1201-011')).toEqual(['matched']); // 23:59:40, paid 23:59:41
    // 00:00:30 the next day: outside the bills' day, not reported at all.
    expect(statusOf(rows, 'S1202-001')).toEqual([]);
  });

  test('the rows carry both amounts, the bill reference and the other receipt', () => {
    const differs = report.rows.find((r) => r.status === 'amount-differs')!;
    expect(differs).toMatchObject({
      receiptAmount: 3200,
      billAmount: 3020,
      billReference: '4200001201202612010000000002',
    });
    const duplicate = report.rows.find((r) => r.status === 'duplicate')!;
    expect(duplicate).toMatchObject({ receiptId: 'S1201-007', otherReceiptId: 'S1201-006' });
    const refunds = report.rows.filter((r) => r.status === 'refund');
    expect(refunds.map((r) => [r.platform, r.billAmount, r.otherReceiptId]).sort()).toEqual([
      ['alipay', 990, 'S1201-003'],
      ['wechat', 1800, 'S1201-002'],
    ]);
    const noReceipt = report.rows.filter((r) => r.status === 'no-receipt').map((r) => r.billAmount);
    expect(noReceipt.sort()).toEqual([1200, 6600]);
  });

  test('rows needing attention come first', () => {
    const flags = report.rows.map((r) => needsAttention(r.status));
    expect(flags.indexOf(false)).toBe(flags.filter(Boolean).length);
  });

  test('gross, fees and net per bill', () => {
    expect(report.bills).toEqual([
      expect.objectContaining({
        platform: 'wechat',
        gross: 15169,
        refunded: 1800,
        fees: 92 - 11, // six payment fees, one returned by the refund
        net: 15169 - 1800 - 81,
      }),
      expect.objectContaining({
        platform: 'alipay',
        gross: 5790,
        refunded: 990,
        fees: 35 - 6,
        net: 5790 - 990 - 29,
      }),
    ]);
  });

  test('importing the same bill twice changes nothing', () => {
    const twice = reconcile(dayReceipts(), [bill('wechat'), bill('alipay'), bill('wechat')]);
    expect(twice.summary).toEqual(report.summary);
    expect(twice.rows).toEqual(report.rows);
  });

  test('a probable match never pairs one bill row twice', () => {
    const receipts = dayReceipts();
    const twin = structuredClone(receipts.find((r) => r.id === 'S1201-005')!);
    twin.id = 'S1201-005B';
    twin.time = '2026-12-01T11:11:40+08:00';
    const rows = reconcile([...receipts, twin], [bill('wechat'), bill('alipay')]).rows;
    expect([...statusOf(rows, 'S1201-005'), ...statusOf(rows, 'S1201-005B')].sort()).toEqual([
      'duplicate',
      'probable',
    ]);
  });

  test('a narrower window turns the probable match into not-on-bill and no-receipt', () => {
    const narrow = reconcile(dayReceipts(), [bill('wechat'), bill('alipay')], { windowMinutes: 1 });
    expect(statusOf(narrow.rows, 'S1201-005')).toEqual(['not-on-bill']);
    expect(narrow.summary['no-receipt']).toBe(3);
  });

  test('with the bank bill mapped, card payments are checked too', () => {
    const withBank = reconcile(dayReceipts(), [bill('wechat'), bill('alipay'), bill('bank')]);
    expect(statusOf(withBank.rows, 'S1201-009')).toEqual(['matched']);
    expect(withBank.summary['no-receipt']).toBe(3);
    expect(withBank.summary['not-applicable']).toBe(2);
  });
});
