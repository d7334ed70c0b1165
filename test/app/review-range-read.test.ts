import { describe, expect, test } from 'vitest';
import {
  past,
  readChunk,
  readRest,
  readWindow,
  type Cursor,
  type ReadBetween,
} from '../../src/app/review/range-read';
import { reviewFlags } from '../../src/ledger/review-flags';
import { recordOf } from '../../src/app/review/model';
import type { PaymentMethod } from '../../src/receipt/types';
import type { JournalEntry } from '../../src/store/journal';

const DAY = { from: Date.parse('2026-12-01T00:00:00+08:00'), to: Date.parse('2026-12-02T00:00:00+08:00') };
const at = (clock: string) => Date.parse(`2026-12-01T${clock}+08:00`);

function entry(id: string, time: number, method: PaymentMethod = 'cash', amount = 1000, reference?: string) {
  const receipt = {
    id,
    time: new Date(time).toISOString(),
    currency: 'CNY',
    shop: { name: '好邻居便利店' },
    items: [{ name: '矿泉水', quantity: 1, unitPrice: amount, amount }],
    total: amount,
    payments: [{ method, amount, ...(reference ? { reference } : {}) }],
  };
  const stored: JournalEntry = {
    id,
    receipt,
    state: 'printed',
    createdAt: time,
    updatedAt: time,
    receiptAt: time,
    failure: null,
    eReceiptLink: null,
  };
  return stored;
}

/** The store's read over `entries` as the sale-time index orders them (time, then id), counting its calls. */
function store(entries: JournalEntry[]): {
  read: ReadBetween;
  calls: { from: number; to: number; limit: number }[];
} {
  const sorted = [...entries].sort((a, b) => a.receiptAt! - b.receiptAt! || (a.id < b.id ? -1 : 1));
  const calls: { from: number; to: number; limit: number }[] = [];
  return {
    calls,
    read: (from, to, limit) => {
      calls.push({ from, to, limit });
      const within = sorted.filter((e) => e.receiptAt! >= from && e.receiptAt! < to);
      return Promise.resolve(within.slice(0, limit));
    },
  };
}

const cursorAfter = (entries: JournalEntry[]) => entries.reduce<Cursor | null>(past, null)!;
const idsOf = (entries: JournalEntry[]) => entries.map((e) => e.id);

describe('reading the review range', () => {
  test('the rest of the range comes exactly once, in order, even where one second holds more than a chunk', async () => {
    const day = [
      ...Array.from({ length: 30 }, (_, i) =>
        entry(`A${String(i).padStart(2, '0')}`, at('09:00:00') + i * 1000),
      ),
      // 25 sales in one second: more than a chunk, and the first read stops inside them.
      ...Array.from({ length: 25 }, (_, i) => entry(`B${String(i).padStart(2, '0')}`, at('10:00:00'))),
      ...Array.from({ length: 30 }, (_, i) =>
        entry(`C${String(i).padStart(2, '0')}`, at('11:00:00') + i * 1000),
      ),
    ];
    const { read } = store(day);
    const first = await readChunk(read, DAY, null, 40);
    expect(first.ended).toBe(false);
    const rest = await readRest(read, DAY, cursorAfter(first.entries), new AbortController().signal, 4, 8);
    expect(idsOf([...first.entries, ...rest])).toEqual(idsOf(day));
  });

  test('the window after a page is two minutes of sales, its end included, and never past the range', async () => {
    const day = [
      entry('S1', at('12:00:00')),
      entry('S2', at('12:01:00')),
      entry('S3', at('12:02:00')),
      entry('S4', at('12:02:00') + 1),
      entry('S5', at('23:59:00')),
    ];
    const nextDay = entry('N1', DAY.to + 30_000);
    const { read } = store([...day, nextDay]);
    await expect(readWindow(read, DAY, cursorAfter(day.slice(0, 1)), 100).then(idsOf)).resolves.toEqual([
      'S2',
      'S3',
    ]);
    await expect(readWindow(read, DAY, cursorAfter(day), 100)).resolves.toEqual([]);
    await expect(readWindow(read, DAY, cursorAfter(day.slice(0, 1)), 1).then(idsOf)).resolves.toEqual(['S2']);
  });

  test('a double charge across the page end is flagged from the page and its window alone', async () => {
    const page = [entry('P1', at('12:00:00')), entry('P2', at('12:05:00'), 'wechat', 999)];
    const beyond = [entry('Q1', at('12:06:30'), 'wechat', 999), entry('Q2', at('12:30:00'), 'wechat', 999)];
    const { read } = store([...page, ...beyond]);
    const near = await readWindow(read, DAY, cursorAfter(page), 100);
    const flags = reviewFlags([...page, ...near].map(recordOf));
    expect(flags.get('P2')).toEqual([
      { kind: 'double-charge', method: 'wechat', amount: 999, others: ['Q1'] },
    ]);
  });

  test('once aborted, the read of the rest asks the store for nothing more', async () => {
    const day = Array.from({ length: 100 }, (_, i) =>
      entry(`E${String(i).padStart(3, '0')}`, at('09:00:00') + i * 1000),
    );
    const { read: inner, calls } = store(day);
    const controller = new AbortController();
    const read: ReadBetween = async (from, to, limit) => {
      const got = await inner(from, to, limit);
      if (calls.length === 2) controller.abort();
      return got;
    };
    await expect(readRest(read, DAY, null, controller.signal, 10, 10)).rejects.toThrow();
    expect(calls).toHaveLength(2);
  });
});
