/**
 * Helpers of the hand-off browser tests: the app over a fake USB printer connected by a real click, what
 * that printer put on paper (its received bytes run through a fresh virtual printer here in Node), the
 * journal read raw, and hand-off fragments.
 */
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { renderText } from '../../src/escpos/interpreter/render-text';
import { VirtualPrinter } from '../../src/escpos/virtual-printer';
import { fakeUsbScript } from '../_util/fake-devices';
import type { FakeUsbControl } from '../_util/fake-usb';

declare global {
  interface Window {
    fakeUsb: FakeUsbControl;
    /** Set while `holdJournalUntilReleased` keeps the journal busy. */
    journalHeld?: boolean;
  }
}

/** A fresh context on the app with a fake USB printer, connected the way a merchant does and ready. */
export async function appWithUsbPrinter(browser: Browser, locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale });
  await context.addInitScript({
    content: await fakeUsbScript({
      vendorId: 0x0416,
      productId: 0x5011,
      serialNumber: 'HANDOFF-1',
      productName: 'POS-80 (fake)',
      maxTransfer: 4096,
    }),
  });
  const page = await context.newPage();
  await page.goto(inject('appUrl'));
  await page
    .getByRole('button', { name: locale.startsWith('zh') ? '连接打印机' : 'Connect printer' })
    .click();
  await page.getByRole('button', { name: 'USB' }).click();
  await page
    .getByRole('region', { name: locale.startsWith('zh') ? '打印机状态' : 'Printer status' })
    .getByRole('status')
    .filter({ hasText: locale.startsWith('zh') ? '就绪' : 'Ready' })
    .waitFor({ timeout: 10_000 });
  return page;
}

/** The text of everything the fake USB printer received, decoded by a virtual printer of our own. */
export async function paperText(page: Page): Promise<string> {
  const received = await page.evaluate(() => window.fakeUsb.received);
  const printer = new VirtualPrinter();
  printer.receive(Uint8Array.from(received));
  return renderText(printer.paper);
}

/** How many times `text` (a receipt number, say) is on the paper. */
export async function timesPrinted(page: Page, text: string): Promise<number> {
  return (await paperText(page)).split(text).length - 1;
}

/** Every journal entry in the page's IndexedDB, read raw (without the app's code). */
export function journalEntries(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('receipt-rescue');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('receipts')) return resolve([]);
          const all = db.transaction('receipts').objectStore('receipts').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Record<string, unknown>[]);
          };
        };
      }),
  );
}

/** `#/print?receipt=…` for a receipt object. */
export const receiptHandOff = (receipt: unknown): string =>
  `#/print?receipt=${Buffer.from(JSON.stringify(receipt)).toString('base64url')}`;

/** Sets the page's fragment and resolves once the page has dispatched its `hashchange`. */
export function handOff(page: Page, hash: string): Promise<void> {
  return page.evaluate(
    (next) =>
      new Promise<void>((resolve) => {
        addEventListener('hashchange', () => resolve(), { once: true });
        location.hash = next;
      }),
    hash,
  );
}

/**
 * Keeps the page's journal busy for about `ms` (a read-write transaction on the receipts, as another tab
 * saving a sale would): the app's own journal reads and writes queue behind it. Resolves once it holds.
 */
export async function holdJournal(page: Page, ms: number): Promise<void> {
  await holdJournalUntilReleased(page);
  // Let go from inside the page, so the hold lasts `ms` whatever the test does meanwhile.
  await page.evaluate((span) => {
    setTimeout(() => (window.journalHeld = false), span);
  }, ms);
}

/**
 * Keeps the page's journal busy like `holdJournal`, but until the returned `release` is called, so a test lets
 * go once what it waits for has happened (both tabs' reads queued behind it, say), however slow the machine.
 */
export async function holdJournalUntilReleased(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('receipt-rescue');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('receipts', 'readwrite');
          const store = tx.objectStore('receipts');
          window.journalHeld = true;
          const busy = () => {
            if (window.journalHeld) store.count().onsuccess = busy;
          };
          busy();
          tx.oncomplete = () => db.close();
          resolve();
        };
      }),
  );
  return () =>
    page.evaluate(() => {
      window.journalHeld = false;
    });
}
