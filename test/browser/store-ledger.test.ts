import { describe, expect, test } from 'vitest';
import type * as Db from '../../src/store/db';
import type * as Journal from '../../src/store/journal';
import type * as Ledger from '../../src/store/ledger';
import type * as Drills from '../../src/store/drills';
import { inPage, noodleReceipt, storeTestPages } from './store-helpers';

const pages = storeTestPages();

describe('the money side in IndexedDB', () => {
  test('a version 2 journal opens at version 3 with every receipt listed by the time of its sale', async () => {
    const page = await pages.open();
    const late = { ...noodleReceipt('OLD-LATE'), time: '2026-11-23T23:59:30+08:00' };
    const early = { ...noodleReceipt('OLD-EARLY'), time: '2026-11-23T08:00:00+08:00' };
    const result = await inPage(
      page,
      async (load, { late, early }) => {
        const db = await load<typeof Db>('/src/store/db.ts');
        const journal = await load<typeof Journal>('/src/store/journal.ts');
        const ledger = await load<typeof Ledger>('/src/store/ledger.ts');
        const v2 = await db.openReceiptRescueDB(2);
        // Journaled in the opposite order to their sales, as a receipt handed over late would be.
        for (const [receipt, createdAt] of [
          [late, 1],
          [early, 2],
        ] as const)
          await v2.put('receipts', {
            id: receipt.id,
            receipt,
            state: 'printed',
            createdAt,
            updatedAt: createdAt,
            failure: null,
            eReceiptLink: null,
          });
        v2.close();
        await journal.saveReceipt({ ...late, id: 'NEW-NOON', time: '2026-11-23T12:00:00+08:00' });
        const day = {
          from: Date.parse('2026-11-23T00:00:00+08:00'),
          to: Date.parse('2026-11-24T00:00:00+08:00'),
        };
        const listed = await ledger.receiptsBetween(day.from, day.to);
        const nextDay = await ledger.countReceiptsBetween(day.to, day.to + 86_400_000);
        return { ids: listed.map((e) => e.id), version: (await db.database()).version, nextDay };
      },
      { late, early },
    );
    expect(result).toEqual({ ids: ['OLD-EARLY', 'NEW-NOON', 'OLD-LATE'], version: 3, nextDay: 0 });
  });

  test('a bill imported twice is stored once; a closed day keeps its first figures', async () => {
    const page = await pages.open();
    const result = await inPage(
      page,
      async (load) => {
        const ledger = await load<typeof Ledger>('/src/store/ledger.ts');
        const drills = await load<typeof Drills>('/src/store/drills.ts');
        const bill = {
          platform: 'wechat' as const,
          layout: 'wechat-trade',
          methods: ['wechat' as const],
          merchantId: '1900000109',
          period: { from: 0, to: 1 },
          days: ['2026-12-01'],
          encoding: 'utf-8',
          rows: [],
        };
        await ledger.saveBill(bill, 'a.csv', 1);
        await ledger.saveBill(bill, 'a (1).csv', 2);
        const bills = await ledger.listBills();
        const summary = { day: '2026-12-01', total: 100 } as unknown as Parameters<
          typeof ledger.saveClosedDay
        >[0];
        await ledger.saveClosedDay(summary, 10);
        await ledger.saveClosedDay({ ...summary, total: 999 }, 20);
        const closed = await ledger.getClosedDay('2026-12-01');
        await drills.saveDrill({
          scenario: 'paper-out',
          startedAt: 5,
          toQrMs: 9000,
          toFixedMs: 40000,
          completed: true,
        });
        await drills.saveDrill({
          scenario: 'cover-open',
          startedAt: 7,
          toQrMs: null,
          toFixedMs: 3000,
          completed: true,
        });
        return {
          bills: bills.map((b) => b.fileName),
          closed: [closed?.closedAt, (closed?.summary as unknown as { total: number }).total],
          last: (await drills.lastDrill())?.scenario,
        };
      },
      null,
    );
    expect(result).toEqual({ bills: ['a (1).csv'], closed: [10, 100], last: 'cover-open' });
  });
});
