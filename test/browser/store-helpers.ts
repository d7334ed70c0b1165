/**
 * Running store code inside a real page: a blank page on the dev server's origin, and a loader the
 * page-side function receives, so it can import any `/src/…` module by path.
 */
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import type * as Db from '../../src/store/db';

/** Imports a source module inside the page, e.g. `load<typeof FaultLog>('/src/store/fault-log.ts')`. */
export type Load = <M>(path: string) => Promise<M>;

/** A one-item receipt for journal tests in the page (plain JSON, as `inPage` sends it). */
export const noodleReceipt = (id: string) => ({
  id,
  time: '2026-11-23T10:00:00+08:00',
  currency: 'CNY',
  shop: { name: '老王面馆' },
  items: [{ name: '牛肉面', quantity: 1, unitPrice: 1800, amount: 1800 }],
  total: 1800,
  payments: [{ method: 'alipay' as const, amount: 1800 }],
});

/** Opens a blank page on `devUrl`'s origin (the app itself is not started). */
export async function blankPage(context: BrowserContext, devUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.route(`${devUrl}/blank`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><meta charset="utf-8"><title>store</title>',
    }),
  );
  await page.goto(`${devUrl}/blank`);
  return page;
}

/** From now on the page's browser refuses every write to `storeName`, as a full disk does. */
export async function refuseWritesTo(page: Page, storeName: string): Promise<void> {
  await page.evaluate((name) => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === name) throw new DOMException('the disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    };
  }, storeName);
}

/**
 * Runs `fn` in the page with a module loader and a JSON argument. `fn` must use only its parameters and
 * page globals: it is sent to the page as source text.
 */
export async function inPage<A, T>(page: Page, fn: (load: Load, arg: A) => Promise<T>, arg: A): Promise<T> {
  const source = `(${fn.toString()})((path) => import(path), ${JSON.stringify(arg ?? null)})`;
  try {
    return (await page.evaluate(source)) as T;
  } catch (error) {
    // The dev server optimises a dependency the first time any page imports it and answers the imports
    // already in flight with "outdated": that is the test server warming up, not the app. Retry once.
    if (!String(error).includes('Failed to fetch dynamically imported module')) throw error;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return (await page.evaluate(source)) as T;
  }
}

/** Closes the page's store connection and deletes the database, as idb's own tests tear down. */
export async function deleteStore(page: Page): Promise<void> {
  await inPage(
    page,
    async (load) => {
      const db = await load<typeof Db>('/src/store/db.ts');
      await db.closeDatabase();
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(db.DB_NAME);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
        request.onblocked = () => reject(new Error('deleteDatabase blocked by an open connection'));
      });
    },
    null,
  );
}

/**
 * The hooks every store test file needs: one Chromium for the file, a fresh context and blank page per test
 * (`open()`), and the database deleted and the context closed after each test.
 */
export function storeTestPages(): { open(): Promise<Page>; context(): BrowserContext } {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    if (page) await deleteStore(page);
    await context?.close();
    page = context = undefined;
  });
  return {
    async open() {
      if (!browser) throw new Error('open() runs inside a test, after beforeAll');
      context = await browser.newContext();
      page = await blankPage(context, inject('devUrl'));
      return page;
    },
    context() {
      if (!context) throw new Error('context() needs open() first');
      return context;
    },
  };
}
