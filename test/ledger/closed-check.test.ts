import { describe, expect, test } from 'vitest';
import { checkClosedDay, receiptDigests } from '../../src/ledger/closed-check';
import { receiptsDigest } from '../../src/ledger/day-summary';
import type { Receipt } from '../../src/receipt/types';
import { dayReceipts } from './_fixtures';

async function digestsOf(receipts: Receipt[]) {
  const sorted = [...receipts].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { digest: await receiptsDigest(sorted), receipts: await receiptDigests(sorted) };
}

describe('checking a closed day again', () => {
  test('the same receipts in another key order are unchanged', async () => {
    const day = dayReceipts();
    const reordered = day.map((r) => Object.fromEntries(Object.entries(r).reverse()) as unknown as Receipt);
    await expect(
      digestsOf(reordered).then(async (now) => checkClosedDay(await digestsOf(day), now)),
    ).resolves.toEqual({
      kind: 'unchanged',
    });
  });

  test('one receipt edited, one added and one gone: three receipts differ, each named', async () => {
    const day = dayReceipts();
    const closed = await digestsOf(day.slice(0, 5));
    const edited = day.slice(1, 5).map((r) => (r.id === 'S1201-003' ? { ...r, cashier: '王五' } : r));
    const now = await digestsOf([...edited, day[5]!]);
    expect(checkClosedDay(closed, now)).toEqual({
      kind: 'changed',
      changed: ['S1201-003'],
      added: ['S1201-006'],
      removed: ['S1201-001'],
      differ: 3,
    });
  });

  test('a day closed without per-receipt digests counts every receipt now there as differing', async () => {
    const day = dayReceipts();
    const closed = { ...(await digestsOf(day)), receipts: {} };
    const now = await digestsOf(day.slice(1));
    expect(checkClosedDay(closed, now)).toMatchObject({ kind: 'changed', differ: 11 });
  });
});
