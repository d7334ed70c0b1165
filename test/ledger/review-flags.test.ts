import { describe, expect, test } from 'vitest';
import { reviewFlags, type ReviewRecord, type ReviewState } from '../../src/ledger/review-flags';
import type { Receipt } from '../../src/receipt/types';
import { dayReceipts } from './_fixtures';

const printed = (receipt: Receipt, state: ReviewState = 'printed', reprinted = false): ReviewRecord => ({
  receipt,
  state,
  reprinted,
});

const sale = (
  id: string,
  time: string,
  method: Receipt['payments'][number]['method'],
  amount: number,
  reference?: string,
): Receipt => ({
  id,
  time,
  currency: 'CNY',
  shop: { name: '小店' },
  items: [{ name: '面', quantity: 1, unitPrice: amount, amount }],
  total: amount,
  payments: [{ method, amount, ...(reference ? { reference } : {}) }],
});

const kinds = (flags: ReturnType<typeof reviewFlags>) =>
  Object.fromEntries([...flags].map(([id, list]) => [id, list.map((f) => f.kind)]));

describe('review flags', () => {
  test('the fixture day: the two receipts sharing WX20261201000003 are flagged twice each, nothing else', () => {
    const flags = reviewFlags(dayReceipts().map((r) => printed(r)));
    expect(kinds(flags)).toEqual({
      'S1201-006': ['same-reference', 'double-charge'],
      'S1201-007': ['same-reference', 'double-charge'],
    });
    expect(flags.get('S1201-006')).toEqual([
      { kind: 'same-reference', reference: 'WX20261201000003', others: ['S1201-007'] },
      { kind: 'double-charge', method: 'wechat', amount: 999, others: ['S1201-007'] },
    ]);
  });

  test('the same amount by the same method is a possible double charge at 2:00 apart, not at 2:01', () => {
    const flags = reviewFlags([
      printed(sale('a', '2026-12-01T10:00:00+08:00', 'alipay', 500)),
      printed(sale('b', '2026-12-01T10:02:00+08:00', 'alipay', 500)),
      printed(sale('c', '2026-12-01T10:04:01+08:00', 'alipay', 500)),
    ]);
    expect(kinds(flags)).toEqual({ a: ['double-charge'], b: ['double-charge'] });
  });

  test('another method or another amount in the same minute is not a double charge', () => {
    const flags = reviewFlags([
      printed(sale('a', '2026-12-01T10:00:00+08:00', 'alipay', 500)),
      printed(sale('b', '2026-12-01T10:00:10+08:00', 'wechat', 500)),
      printed(sale('c', '2026-12-01T10:00:20+08:00', 'alipay', 501)),
    ]);
    expect(flags.size).toBe(0);
  });

  test('three charges in a row name each other', () => {
    const flags = reviewFlags([
      printed(sale('a', '2026-12-01T10:00:00+08:00', 'cash', 100)),
      printed(sale('b', '2026-12-01T10:01:00+08:00', 'cash', 100)),
      printed(sale('c', '2026-12-01T10:02:00+08:00', 'cash', 100)),
    ]);
    expect(flags.get('b')).toEqual([
      { kind: 'double-charge', method: 'cash', amount: 100, others: ['a', 'c'] },
    ]);
    expect(flags.get('a')?.[0]).toMatchObject({ others: ['b', 'c'] });
  });

  test('a reference seen twice is flagged however far apart the sales are', () => {
    const flags = reviewFlags([
      printed(sale('a', '2026-12-01T08:00:00+08:00', 'wechat', 100, 'WX1')),
      printed(sale('b', '2026-12-01T20:00:00+08:00', 'wechat', 900, 'WX1')),
      printed(sale('c', '2026-12-01T20:00:00+08:00', 'wechat', 300, 'WX2')),
    ]);
    expect(kinds(flags)).toEqual({ a: ['same-reference'], b: ['same-reference'] });
  });

  test('pending and failed receipts never reached the customer; e-receipts did; reprints are flagged', () => {
    const flags = reviewFlags([
      printed(sale('p', '2026-12-01T08:00:00+08:00', 'cash', 100), 'pending'),
      printed(sale('f', '2026-12-01T09:00:00+08:00', 'cash', 200), 'failed'),
      printed(sale('e', '2026-12-01T10:00:00+08:00', 'cash', 300), 'e-receipt'),
      printed(sale('r', '2026-12-01T11:00:00+08:00', 'cash', 400), 'printed', true),
    ]);
    expect(kinds(flags)).toEqual({ p: ['undelivered'], f: ['undelivered'], r: ['reprinted'] });
  });
});
