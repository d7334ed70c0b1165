import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type * as Journal from '../../src/store/journal';
import type * as StoreDeps from '../../src/sale/store-deps';
import { inPage, noodleReceipt, storeTestPages } from './store-helpers';

const pages = storeTestPages();
let page: Page;

async function open(): Promise<Page> {
  page = await pages.open();
  return page;
}

const RECEIPT = noodleReceipt('R-CLAIM');

describe('claiming a journaled receipt in IndexedDB', () => {
  test('of ten racing claims on a failed receipt exactly one wins, and the entry is printing', async () => {
    const result = await inPage(
      await open(),
      async (load, receipt) => {
        const journal = await load<typeof Journal>('/src/store/journal.ts');
        await journal.saveReceipt(receipt);
        await journal.setReceiptState(receipt.id, { state: 'failed', cause: 'paper-out' });
        const claims = await Promise.all(
          Array.from({ length: 10 }, () =>
            journal.updateReceiptIf(receipt.id, (e) => e.state === 'failed', { state: 'printing' }),
          ),
        );
        const entry = await journal.getReceipt(receipt.id);
        return {
          won: claims.filter((c) => c !== null).length,
          state: entry?.state,
          cause: entry?.failure?.cause,
        };
      },
      RECEIPT,
    );
    expect(result).toEqual({ won: 1, state: 'printing', cause: 'paper-out' });
  });

  test('the reprint queue lists failed receipts and e-receipts given after a failure, not printed ones or manual e-receipts', async () => {
    const ids = await inPage(
      await open(),
      async (load, receipt) => {
        const journal = await load<typeof Journal>('/src/store/journal.ts');
        const { reprintQueue } = await load<typeof StoreDeps>('/src/sale/store-deps.ts');
        const make = async (id: string, at: number) => journal.saveReceipt({ ...receipt, id }, at);
        await make('printed', 1);
        await journal.setReceiptState('printed', { state: 'printed' }, 2);
        await make('manual-e', 3);
        await journal.setReceiptState('manual-e', { state: 'e-receipt-issued', link: 'x#1' }, 4);
        await make('failed-e', 5);
        await journal.setReceiptState('failed-e', { state: 'failed', cause: 'paper-out' }, 6);
        await journal.setReceiptState('failed-e', { state: 'e-receipt-issued', link: 'x#2' }, 7);
        await make('failed', 8);
        await journal.setReceiptState('failed', { state: 'failed', cause: 'cover-open' }, 9);
        await make('pending', 10);
        return (await reprintQueue()).map((e) => e.id);
      },
      RECEIPT,
    );
    expect(ids).toEqual(['failed-e', 'failed', 'pending']);
  });
});
