/** The money side's browser tests: a Shanghai tablet with the fixture day of receipts journaled through the store. */
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Lang } from '../../src/app/i18n';
import type { Receipt } from '../../src/receipt/types';
import type * as Store from '../../src/store/index';
import { launchChromium } from '../_util/chromium';
import { dayReceipts } from '../ledger/_fixtures';
import { blankPage, inPage } from './store-helpers';

export const SHANGHAI = 'Asia/Shanghai';

/** The states the fixture day is left in; every other receipt printed. */
export const DAY_STATES = { failed: 'S1201-005', eReceipt: 'S1201-008', pending: 'S1201-010' } as const;

/**
 * A Shanghai tablet with the fixture day journaled through the store in reverse sale order (so journal time
 * and sale time disagree), one receipt failed, one on an e-receipt, one never printed, and S1201-002's print job.
 */
export async function seededTablet(
  browserIn: Browser,
  lang: Lang,
  startHour?: number,
): Promise<{ context: BrowserContext; page: Page }> {
  const ctx = await browserIn.newContext({
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    timezoneId: SHANGHAI,
    acceptDownloads: true,
  });
  const page = await blankPage(ctx, inject('devUrl'));
  await inPage(
    page,
    async (load, { receipts, states, startHour: hour }) => {
      const store = await load<typeof Store>('/src/store/index.ts');
      for (const receipt of [...receipts].reverse()) {
        await store.saveReceipt(receipt);
        if (receipt.id === states.pending) continue;
        if (receipt.id === states.failed) {
          await store.setReceiptState(receipt.id, { state: 'failed', cause: 'paper-out' });
          continue;
        }
        if (receipt.id === states.eReceipt) {
          await store.setReceiptState(receipt.id, { state: 'e-receipt-issued', link: 'https://x.test/#1' });
          continue;
        }
        if (receipt.id === 'S1201-002') {
          const job = await store.startJob({ kind: 'printing-receipt', receiptId: receipt.id }, null);
          await store.finishJob(job, { kind: 'printed' });
        }
        await store.setReceiptState(receipt.id, { state: 'printed' });
      }
      if (hour !== null) await store.setSetting('dayStartHour', hour);
      await store.closeDatabase();
    },
    { receipts: dayReceipts(), states: DAY_STATES, startHour: startHour ?? null },
  );
  return { context: ctx, page };
}

/**
 * Launches Chromium for the calling test file and returns how its tests get a `seededTablet` page (on the
 * dev server's origin, not yet on a screen); each test's context is closed after it.
 */
export function seededTablets(): (lang: Lang, startHour?: number) => Promise<Page> {
  let browser: Browser;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  return async (lang, startHour) => {
    const seeded = await seededTablet(browser, lang, startHour);
    context = seeded.context;
    return seeded.page;
  };
}

/** Journals `receipts` through the store on `page`'s origin, each printed (so none is flagged as undelivered). */
export async function journalPrinted(page: Page, receipts: Receipt[]): Promise<void> {
  await inPage(
    page,
    async (load, list) => {
      const store = await load<typeof Store>('/src/store/index.ts');
      for (const receipt of list) {
        await store.saveReceipt(receipt);
        await store.setReceiptState(receipt.id, { state: 'printed' });
      }
      await store.closeDatabase();
    },
    receipts,
  );
}
