import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type * as FaultLog from '../../src/store/fault-log';
import type * as FaultQuery from '../../src/store/fault-query';
import type * as FaultSettle from '../../src/store/fault-settle';
import { inPage, storeTestPages } from './store-helpers';

const pages = storeTestPages();
let page: Page;

async function open(): Promise<void> {
  page = await pages.open();
}

describe('fault log in IndexedDB', () => {
  test('identical observations of an open fault fold into one entry with a count and last-seen time', async () => {
    await open();
    const result = await inPage(
      page,
      async (load) => {
        const log = await load<typeof FaultLog>('/src/store/fault-log.ts');
        const q = await load<typeof FaultQuery>('/src/store/fault-query.ts');
        const printer = {
          transport: 'usb' as const,
          vendorId: 0x0416,
          productId: 0x5011,
          serialNumber: 'A1',
          name: 'XP-58',
        };
        const obs = (at: number, kind: 'paper-out' | 'cover-open') => ({
          kind,
          at,
          printer,
          status: null,
          raw: [0x12],
          activity: { kind: 'idle' as const },
        });
        const first = await log.recordFault(obs(1000, 'paper-out'));
        const second = await log.recordFault(obs(2000, 'paper-out'));
        const other = await log.recordFault(obs(3000, 'cover-open'));
        await log.resolveFault(first.id, 'fixed-by-merchant', 4000);
        const afterResolve = await log.recordFault(obs(5000, 'paper-out'));
        const listed = await q.queryFaults();
        return {
          sameId: first.id === second.id,
          second: { count: second.count, at: second.at, lastAt: second.lastAt },
          otherIsNew: other.id !== first.id,
          newAfterResolve: afterResolve.id !== first.id && afterResolve.count === 1,
          listed: listed.entries.map((e) => [e.kind, e.count, e.resolved]),
        };
      },
      null,
    );
    expect(result.sameId).toBe(true);
    expect(result.second).toEqual({ count: 2, at: 1000, lastAt: 2000 });
    expect(result.otherIsNew).toBe(true);
    expect(result.newAfterResolve).toBe(true);
    expect(result.listed).toEqual([
      ['paper-out', 1, 0],
      ['cover-open', 1, 0],
      ['paper-out', 2, 1],
    ]);
  });

  test('resolveOpenFaults ends only the named printer’s open faults of the named kinds', async () => {
    await open();
    const result = await inPage(
      page,
      async (load) => {
        const log = await load<typeof FaultLog>('/src/store/fault-log.ts');
        const a = { transport: 'usb' as const, serialNumber: 'A', name: 'A' };
        const b = { transport: 'usb' as const, serialNumber: 'B', name: 'B' };
        const base = { status: null, raw: [], activity: { kind: 'idle' as const } };
        await log.recordFault({ ...base, kind: 'paper-out', at: 1, printer: a });
        await log.recordFault({
          ...base,
          kind: 'paper-near-end',
          at: 2,
          printer: a,
          activity: { kind: 'test-page' },
        });
        await log.recordFault({ ...base, kind: 'cover-open', at: 3, printer: a });
        await log.recordFault({ ...base, kind: 'paper-out', at: 4, printer: b });
        const ended = await log.resolveOpenFaults(
          a,
          ['paper-out', 'paper-near-end'],
          'fixed-by-merchant',
          10,
        );
        const still = await log.openFaults();
        return { ended, open: still.map((e) => `${e.printer?.name}:${e.kind}`) };
      },
      null,
    );
    expect(result.ended).toBe(2);
    expect(result.open).toEqual(['B:paper-out', 'A:cover-open']);
  });

  test('faults a fresh status no longer shows end: fixed when a person acts, cleared when they pass by themselves', async () => {
    await open();
    const result = await inPage(
      page,
      async (load) => {
        const log = await load<typeof FaultLog>('/src/store/fault-log.ts');
        const settle = await load<typeof FaultSettle>('/src/store/fault-settle.ts');
        const a = { transport: 'usb' as const, serialNumber: 'A', name: 'A' };
        const b = { transport: 'usb' as const, serialNumber: 'B', name: 'B' };
        const base = { status: null, raw: [], activity: { kind: 'idle' as const } };
        for (const kind of ['cover-open', 'overheated', 'paper-near-end', 'no-answer'] as const) {
          await log.recordFault({ ...base, kind, at: 1, printer: a });
        }
        await log.recordFault({ ...base, kind: 'cover-open', at: 1, printer: b });
        const ended = await settle.settleClearedFaults(a, ['paper-near-end'], 50);
        const again = await settle.settleClearedFaults(a, ['paper-near-end'], 60);
        const q = await load<typeof FaultQuery>('/src/store/fault-query.ts');
        const all = await q.allFaults();
        return {
          ended,
          again,
          states: all
            .map(
              (e) =>
                `${e.printer?.name}:${e.kind}:${e.resolved === 1 ? `${e.resolution.how}@${e.resolution.at}` : 'open'}`,
            )
            .sort(),
        };
      },
      null,
    );
    expect(result.ended).toBe(3);
    expect(result.again).toBe(0);
    expect(result.states).toEqual([
      'A:cover-open:fixed-by-merchant@50',
      'A:no-answer:cleared-by-itself@50',
      'A:overheated:cleared-by-itself@50',
      'A:paper-near-end:open',
      'B:cover-open:open',
    ]);
  });

  test('filters by printer, kind and date come back newest first, page by page, without gaps or repeats', async () => {
    await open();
    const result = await inPage(
      page,
      async (load) => {
        const log = await load<typeof FaultLog>('/src/store/fault-log.ts');
        const q = await load<typeof FaultQuery>('/src/store/fault-query.ts');
        const kinds = ['paper-out', 'cover-open', 'no-answer'] as const;
        for (let i = 0; i < 60; i++) {
          await log.recordFault({
            kind: kinds[i % 3]!,
            at: 1000 + Math.floor(i / 2), // pairs share a time: paging must neither lose nor repeat them
            printer: { transport: 'serial', name: i % 2 ? 'P1' : 'P2' },
            status: null,
            raw: [],
            activity: { kind: 'printing-receipt', receiptId: `r${i}` },
          });
        }
        const pages: number[][] = [];
        let after: FaultQuery.FaultCursor | null = null;
        do {
          const got: FaultQuery.FaultPage = await q.queryFaults({}, 7, after);
          pages.push(got.entries.map((e) => e.id));
          after = got.next;
        } while (after);
        const p1 = log.printerKeyOf({ transport: 'serial', name: 'P1' });
        const byPrinterKind = await q.allFaults({ printerKey: p1, kind: 'paper-out' });
        const byDate = await q.allFaults({ from: 1010, to: 1012 });
        const printers = await q.loggedPrinters();
        return {
          pages,
          byPrinterKind: byPrinterKind.map((e) => `${e.printer?.name}:${e.kind}:${e.lastAt}`),
          byDate: byDate.map((e) => e.lastAt),
          printers: printers.map((p) => p.printer?.name).sort(),
        };
      },
      null,
    );
    const ids = result.pages.flat();
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    expect(result.pages.map((p) => p.length)).toEqual([7, 7, 7, 7, 7, 7, 7, 7, 4]);
    // Newest first: ids were assigned in time order.
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    // i ≡ 3 (mod 6): odd (P1) and a multiple of 3 (paper-out); at = 1000 + ⌊i/2⌋.
    expect(result.byPrinterKind).toEqual(
      [1028, 1025, 1022, 1019, 1016, 1013, 1010, 1007, 1004, 1001].map((t) => `P1:paper-out:${t}`),
    );
    expect(result.byDate).toEqual([1012, 1012, 1011, 1011, 1010, 1010]);
    expect(result.printers).toEqual(['P1', 'P2']);
  });
});
