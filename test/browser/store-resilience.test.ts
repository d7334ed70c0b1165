import { DB_VERSION } from '../../src/store/db';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import type * as Db from '../../src/store/db';
import type * as FaultLog from '../../src/store/fault-log';
import type * as FaultQuery from '../../src/store/fault-query';
import type * as Journal from '../../src/store/journal';
import type * as Store from '../../src/store/index';
import { blankPage, inPage, storeTestPages } from './store-helpers';

const pages = storeTestPages();
let page: Page;

async function open(): Promise<void> {
  page = await pages.open();
}

const RECEIPT = {
  id: 'R-2026-0001',
  time: '2026-11-23T10:00:00+08:00',
  currency: 'CNY',
  shop: { name: '街角便利店' },
  items: [{ name: '矿泉水', quantity: 2, unitPrice: 200, amount: 400 }],
  total: 400,
  payments: [{ method: 'wechat' as const, amount: 400 }],
};

describe('migration', () => {
  test('a database written by version 1 opens in the current version with its faults and receipts intact and indexed', async () => {
    await open();
    const result = await inPage(
      page,
      async (load, receipt) => {
        const db = await load<typeof Db>('/src/store/db.ts');
        const log = await load<typeof FaultLog>('/src/store/fault-log.ts');
        const q = await load<typeof FaultQuery>('/src/store/fault-query.ts');
        const journal = await load<typeof Journal>('/src/store/journal.ts');
        const v1 = await db.openReceiptRescueDB(1);
        const printer = { transport: 'usb' as const, serialNumber: 'S9', name: '收银台打印机' };
        const row = log.entryOf({
          kind: 'cover-open',
          at: 1700000000000,
          printer,
          status: null,
          raw: [0x16, 0x32],
          activity: { kind: 'printing-receipt', receiptId: receipt.id },
        });
        const id = await v1.add('faults', row);
        await v1.put('receipts', {
          id: receipt.id,
          receipt,
          state: 'failed',
          createdAt: 1,
          updatedAt: 2,
          failure: { cause: 'cover-open', at: 2 },
          eReceiptLink: null,
        });
        const v1Indexes = [...v1.transaction('faults').store.indexNames];
        v1.close();

        const unfinished = await journal.unfinishedReceipts();
        const filtered = await q.queryFaults({ printerKey: log.printerKeyOf(printer), kind: 'cover-open' });
        const now = await db.database();
        return {
          v1Indexes,
          version: now.version,
          v2Indexes: [...now.transaction('faults').store.indexNames],
          unfinished: unfinished.map((e) => [e.id, e.state, e.receipt.shop.name]),
          filtered: filtered.entries,
          stored: { ...row, id },
        };
      },
      RECEIPT,
    );
    expect(result.v1Indexes).not.toContain('by-printer-kind');
    expect(result.version).toBe(DB_VERSION);
    expect(result.v2Indexes).toContain('by-printer-kind');
    expect(result.unfinished).toEqual([['R-2026-0001', 'failed', '街角便利店']]);
    expect(result.filtered).toEqual([result.stored]);
  });
});

describe('quota', () => {
  test('when a write hits the quota, the oldest resolved faults are pruned and the fault is still logged', async () => {
    await open();
    const result = await inPage(
      page,
      async (load) => {
        const store = await load<typeof Store>('/src/store/index.ts');
        const base = { printer: null, status: null, raw: [], activity: { kind: 'idle' as const } };
        const kinds = ['paper-out', 'cover-open', 'cutter-jam', 'overheated'] as const;
        for (const [i, kind] of kinds.entries()) {
          const entry = await store.recordFault({ ...base, kind, at: 100 + i });
          if (kind !== 'overheated') await store.resolveFault(entry.id, 'fixed-by-merchant', 200);
        }
        const events: string[] = [];
        store.onStoreEvent((event) =>
          events.push(
            JSON.stringify(
              event.kind === 'faults-changed' && event.recorded
                ? { kind: event.kind, recorded: event.recorded.kind }
                : event,
            ),
          ),
        );
        // The browser's own refusal, once: the next add or put on any store throws QuotaExceededError.
        let failures = 1;
        for (const method of ['add', 'put'] as const) {
          const original = IDBObjectStore.prototype[method];
          IDBObjectStore.prototype[method] = function (
            this: IDBObjectStore,
            ...args: [unknown, IDBValidKey?]
          ) {
            if (failures > 0) {
              failures -= 1;
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            }
            return original.apply(this, args);
          };
        }
        const logged = await store.recordFault({ ...base, kind: 'no-answer', at: 300 });
        const left = await store.allFaults();
        return { logged: logged.kind, events, left: left.map((e) => `${e.kind}:${e.resolved}`) };
      },
      null,
    );
    expect(result.logged).toBe('no-answer');
    expect(result.events).toEqual([
      JSON.stringify({ kind: 'pruned', count: 2 }),
      JSON.stringify({ kind: 'faults-changed', recorded: 'no-answer' }),
    ]);
    // Resolved paper-out and cover-open (the oldest two of three) are gone; the open fault stays.
    expect(result.left).toEqual(['no-answer:0', 'overheated:0', 'cutter-jam:1']);
  });

  test('when pruning cannot make room, the write rejects with storage-full in both languages and keeps open faults', async () => {
    await open();
    const result = await inPage(
      page,
      async (load) => {
        const store = await load<typeof Store>('/src/store/index.ts');
        const base = { printer: null, status: null, raw: [], activity: { kind: 'idle' as const } };
        await store.recordFault({ ...base, kind: 'paper-out', at: 1 });
        const resolved = await store.recordFault({ ...base, kind: 'cover-open', at: 2 });
        await store.resolveFault(resolved.id, 'cleared-by-itself', 3);
        for (const method of ['add', 'put'] as const) {
          IDBObjectStore.prototype[method] = function () {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        }
        const error = await store.recordFault({ ...base, kind: 'offline', at: 4 }).then(
          () => null,
          (e: unknown) => e,
        );
        const left = await store.allFaults();
        return {
          isStoreError: store.isStoreError(error, 'storage-full'),
          code: store.isStoreError(error) ? error.code : String(error),
          text: store.isStoreError(error) ? error.text : null,
          pruned: store.isStoreError(error) ? error.details['pruned'] : null,
          left: left.map((e) => `${e.kind}:${e.resolved}`),
        };
      },
      null,
    );
    expect(result.isStoreError).toBe(true);
    expect(result.code).toBe('storage-full');
    expect(result.pruned).toBe(1);
    expect(result.text?.en).toMatch(/storage .* is full/);
    expect(result.text?.zh).toContain('存储空间已满');
    expect(result.left).toEqual(['paper-out:0']);
  });
});

describe('durability and connection', () => {
  test('every write transaction asks for strict durability', async () => {
    await open();
    const seen = await inPage(
      page,
      async (load, receipt) => {
        const store = await load<typeof Store>('/src/store/index.ts');
        const seen: string[] = [];
        const original = IDBDatabase.prototype.transaction;
        IDBDatabase.prototype.transaction = function (
          this: IDBDatabase,
          names: string | string[],
          mode?: IDBTransactionMode,
          options?: IDBTransactionOptions,
        ) {
          const tx = original.call(this, names, mode, options);
          if (mode === 'readwrite') seen.push(`${String(names)}:${tx.durability}`);
          return tx;
        };
        const printer = { transport: 'virtual' as const, name: 'Virtual printer' };
        await store.recordFault({
          kind: 'paper-out',
          at: 1,
          printer,
          status: null,
          raw: [],
          activity: { kind: 'idle' },
        });
        await store.saveReceipt(receipt);
        await store.setReceiptState(receipt.id, { state: 'printing' });
        const job = await store.startJob({ kind: 'printing-receipt', receiptId: receipt.id }, printer);
        await store.finishJob(job, { kind: 'printed' });
        await store.rememberPrinter(printer, { columns: 32 });
        await store.setSetting('lastPrinterKey', store.printerKeyOf(printer));
        await store.getOrCreateSigningKey();
        return seen;
      },
      RECEIPT,
    );
    expect(seen).toEqual([
      'faults:strict',
      'receipts:strict',
      'receipts:strict',
      'jobs:strict',
      'jobs:strict',
      'printers:strict',
      'settings:strict',
      'keys:strict',
    ]);
  });

  test('a newer version opened in another tab closes this connection, and the next write says why', async () => {
    await open();
    const other = await blankPage(pages.context(), inject('devUrl'));
    await inPage(
      page,
      async (load) => {
        const store = await load<typeof Store>('/src/store/index.ts');
        const events: string[] = [];
        (globalThis as unknown as { storeEvents: string[] }).storeEvents = events;
        store.onStoreEvent((event) => events.push(event.kind));
        await store.recordFault({
          kind: 'offline',
          at: 1,
          printer: null,
          status: null,
          raw: [],
          activity: { kind: 'idle' },
        });
      },
      null,
    );
    const upgraded = await other.evaluate(
      ([name, newer]) =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open(name, newer);
          request.onsuccess = () => {
            const version = request.result.version;
            request.result.close();
            resolve(version);
          };
          request.onerror = () => reject(request.error ?? new Error('open failed'));
        }),
      ['receipt-rescue', DB_VERSION + 1] as const,
    );
    const after = await inPage(
      page,
      async (load) => {
        const store = await load<typeof Store>('/src/store/index.ts');
        const error = await store.setSetting('signReceipts', true).then(
          () => null,
          (e: unknown) => e,
        );
        return {
          events: (globalThis as unknown as { storeEvents: string[] }).storeEvents,
          code: store.isStoreError(error) ? error.code : String(error),
        };
      },
      null,
    );
    expect(upgraded).toBe(DB_VERSION + 1);
    expect(after.events).toEqual(['faults-changed', 'version-changed']);
    expect(after.code).toBe('version-changed');
  });
});
