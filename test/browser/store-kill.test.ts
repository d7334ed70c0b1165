import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type * as Store from '../../src/store/index';
import type * as Controller from '../../src/app/printer-controller';
import type * as Context from '../../src/app/printer-context';
import { launchChromium } from '../_util/chromium';
import { blankPage, deleteStore, inPage } from './store-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('closing the tab in the middle of a print job', () => {
  test('on reopening, the receipt, its job and the fault that stopped it are all whole in the store', async () => {
    const context = await browser.newContext();
    const page = await blankPage(context, inject('devUrl'));
    await inPage(
      page,
      async (load) => {
        const store = await load<typeof Store>('/src/store/index.ts');
        const { PrinterController } = await load<typeof Controller>('/src/app/printer-controller.ts');
        const { storeDeps } = await load<typeof Context>('/src/app/printer-context.tsx');
        const controller = new PrinterController(storeDeps());
        await controller.connectVirtual();
        const virtual = controller.virtual;
        if (!controller.session || !virtual) throw new Error('virtual printer did not connect');
        const receipt = {
          id: 'R-KILL',
          time: '2026-11-23T10:00:00+08:00',
          currency: 'CNY',
          shop: { name: '夜市小吃' },
          items: [{ name: '煎饼', quantity: 1, unitPrice: 800, amount: 800 }],
          total: 800,
          payments: [{ method: 'cash' as const, amount: 800 }],
        };
        const activity = { kind: 'printing-receipt' as const, receiptId: receipt.id };
        await store.saveReceipt(receipt);
        await store.setReceiptState(receipt.id, { state: 'printing' });
        // The paper runs out a few lines into the job; the tab is closed while the app deals with it.
        virtual.printer.runOutOfPaperAfter(5);
        void controller.print(new TextEncoder().encode('煎饼 x1\n'.repeat(200)), activity);
        for (let i = 0; i < 200 && (await store.openFaults()).length === 0; i++) {
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        // Keep writing while the tab is closed under us: each entry must land whole or not at all.
        for (let i = 0; i < 500; i++) {
          void store.recordFault({
            kind: 'no-answer',
            at: Date.now(),
            printer: null,
            status: null,
            raw: [i & 0xff],
            activity: { kind: 'printing-receipt', receiptId: `burst-${i}` },
          });
        }
      },
      null,
    );
    await page.close();

    const reopened = await blankPage(context, inject('devUrl'));
    const found = await inPage(
      reopened,
      async (load) => {
        const store = await load<typeof Store>('/src/store/index.ts');
        const faults = await store.allFaults();
        const whole = faults.every(
          (f) =>
            typeof f.id === 'number' &&
            typeof f.kind === 'string' &&
            f.at > 0 &&
            f.lastAt >= f.at &&
            f.count >= 1 &&
            Array.isArray(f.raw) &&
            typeof f.activity.kind === 'string' &&
            typeof f.printerKey === 'string' &&
            (f.resolved === 0 || f.resolved === 1),
        );
        return {
          receipts: (await store.unfinishedReceipts()).map((r) => [r.id, r.state, r.receipt.shop.name]),
          jobs: (await store.jobsOfReceipt('R-KILL')).map((j) => [
            j.state,
            j.state === 'done' ? j.outcome : null,
          ]),
          stopping: faults
            .filter((f) => f.activity.kind === 'printing-receipt' && f.activity.receiptId === 'R-KILL')
            .map((f) => [f.kind, f.printer?.transport]),
          whole,
          // Each burst entry carries its own index in its raw byte and its receipt id: nothing mixed up.
          burstConsistent: faults
            .filter((f) => f.kind === 'no-answer')
            .every(
              (f) =>
                f.activity.kind === 'printing-receipt' &&
                f.raw.length === 1 &&
                f.raw[0] === (Number(f.activity.receiptId.slice('burst-'.length)) & 0xff),
            ),
        };
      },
      null,
    );
    expect(found.receipts).toEqual([['R-KILL', 'printing', '夜市小吃']]);
    // The controller recorded the job before its first byte; the tab died before or after the outcome landed,
    // but never in between: one job, either still in flight or ended by the paper running out.
    expect(found.jobs).toHaveLength(1);
    const [[state, outcome]] = found.jobs as [[string, unknown]];
    if (state === 'done') expect(outcome).toMatchObject({ kind: 'failed', cause: 'paper-out' });
    else expect(state).toBe('sending');
    expect(found.stopping).toContainEqual(['paper-out', 'virtual']);
    expect(found.whole).toBe(true);
    expect(found.burstConsistent).toBe(true);
    await deleteStore(reopened);
    await context.close();
  });
});
