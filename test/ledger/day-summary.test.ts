import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { daySummary, type DayEntry, type Delivery } from '../../src/ledger/day-summary';
import { businessDayOf } from '../../src/ledger/zoned-time';
import { readBill } from '../../src/ledger/read-bill';
import type { Receipt } from '../../src/receipt/types';
import { billBytes, dayReceipts } from './_fixtures';

const ZONE = 'Asia/Shanghai';

/** Deliveries as a journal would have them: a mix of every kind. */
function entries(receipts: Receipt[]): DayEntry[] {
  const kinds: Delivery[] = ['printed', 'e-receipt', 'undelivered', 'printed'];
  return receipts.map((receipt, i) => ({ receipt, delivery: kinds[i % kinds.length]!, reprinted: i === 3 }));
}

/** The same figures, summed the plain way: one pass per figure over the receipts whose local date is the day. */
function expected(receipts: Receipt[], day: string, startHour: number) {
  const ofDay = receipts.filter((r) => businessDayOf(Date.parse(r.time), ZONE, startHour) === day);
  const paid = (method: string) =>
    ofDay
      .flatMap((r) => r.payments)
      .filter((p) => p.method === method)
      .reduce((s, p) => s + p.amount, 0);
  const change = ofDay.reduce((s, r) => s + (r.change ?? 0), 0);
  return {
    receipts: ofDay.length,
    total: ofDay.reduce((s, r) => s + r.total, 0),
    cash: paid('cash') - change,
    wechat: paid('wechat'),
    alipay: paid('alipay'),
    card: paid('card'),
    change,
    discounts: -ofDay
      .flatMap((r) => r.adjustments ?? [])
      .filter((a) => a.amount < 0)
      .reduce((s, a) => s + a.amount, 0),
    ids: ofDay.map((r) => r.id).sort(),
  };
}

describe('day summary', () => {
  const receipts = dayReceipts();

  test('its figures equal the sums of the receipts it counts (midnight start)', async () => {
    const summary = await daySummary(entries(receipts), [], { day: '2026-12-01', timeZone: ZONE });
    const want = expected(receipts, '2026-12-01', 0);
    expect(summary.receipts).toBe(want.receipts);
    expect(summary.receipts).toBe(11);
    expect(summary.total).toBe(want.total);
    expect(summary.byMethod.cash.amount).toBe(want.cash);
    expect(summary.byMethod.wechat.amount).toBe(want.wechat);
    expect(summary.byMethod.alipay.amount).toBe(want.alipay);
    expect(summary.byMethod.card.amount).toBe(want.card);
    expect(summary.change).toBe(want.change);
    expect(summary.discounts).toBe(want.discounts);
    expect(summary.receiptIds).toEqual(want.ids);
    const methodSum = Object.values(summary.byMethod).reduce((s, m) => s + m.amount, 0);
    expect(methodSum).toBe(summary.total);
  });

  test('a 04:00 start counts the 00:00:30 sale in the day before', async () => {
    const summary = await daySummary(entries(receipts), [], {
      day: '2026-12-01',
      timeZone: ZONE,
      startHour: 4,
    });
    expect(summary.receiptIds).toContain('S1202-001');
    expect(summary.receipts).toBe(expected(receipts, '2026-12-01', 4).receipts);
    expect(summary.receipts).toBe(12);
  });

  test('deliveries, reprints, faults of the day and the refunds the bills report', async () => {
    const wechat = readBill(billBytes('wechat'), { timeZone: ZONE });
    const alipay = readBill(billBytes('alipay'), { timeZone: ZONE });
    if (!wechat.ok || !alipay.ok) throw new Error('fixtures');
    const faults = [
      { at: Date.parse('2026-12-01T10:00:00+08:00'), kind: 'paper-out' },
      { at: Date.parse('2026-12-01T11:00:00+08:00'), kind: 'paper-out' },
      { at: Date.parse('2026-12-01T12:00:00+08:00'), kind: 'cover-open' },
      { at: Date.parse('2026-11-30T23:00:00+08:00'), kind: 'paper-out' },
    ];
    const s = await daySummary(entries(receipts), faults, { day: '2026-12-01', timeZone: ZONE }, [
      wechat.bill,
      alipay.bill,
      wechat.bill,
    ]);
    expect(s.delivery.printed + s.delivery['e-receipt'] + s.delivery.undelivered).toBe(s.receipts);
    expect(s.reprints).toBe(1);
    expect(s.faults).toEqual({ count: 3, byKind: { 'paper-out': 2, 'cover-open': 1 } });
    expect(s.refunds).toEqual({ count: 2, amount: 1800 + 990 });
  });

  test('the digest is SHA-256 over the counted receipts, and changes when one of them does', async () => {
    const s = await daySummary(entries(receipts), [], { day: '2026-12-01', timeZone: ZONE });
    expect(s.digest).toMatch(/^[0-9a-f]{64}$/);
    const again = await daySummary(entries(structuredClone(receipts).reverse()), [], {
      day: '2026-12-01',
      timeZone: ZONE,
    });
    expect(again.digest).toBe(s.digest);
    const edited = structuredClone(receipts);
    edited[1]!.payments[0]!.reference = 'WX-EDITED';
    const changed = await daySummary(entries(edited), [], { day: '2026-12-01', timeZone: ZONE });
    expect(changed.digest).not.toBe(s.digest);
    expect(createHash('sha256').update('[]').digest('hex')).toBe(
      (await daySummary([], [], { day: '2026-12-01', timeZone: ZONE })).digest,
    );
  });

  test('a day that is not a date, or a start hour out of range, is refused', async () => {
    await expect(daySummary([], [], { day: '2026-13-01', timeZone: ZONE })).rejects.toMatchObject({
      code: 'bad-day',
    });
    await expect(
      daySummary([], [], { day: '2026-12-01', timeZone: ZONE, startHour: 24 }),
    ).rejects.toMatchObject({ code: 'bad-day' });
    await expect(daySummary([], [], { day: '2026-12-01', timeZone: 'Mars/Olympus' })).rejects.toMatchObject({
      code: 'bad-time-zone',
    });
  });
});
