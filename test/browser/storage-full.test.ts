/**
 * The tablet's storage is full when a sale comes in. The customer still leaves with paper (or the QR when
 * paper fails), the merchant is told plainly what is wrong and what to do, and the sale reaches the journal
 * by itself once there is room again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchPersistentChromium } from '../_util/chromium';
import { fixtureJson, fixtureText } from '../_util/fixtures';
import { journalState } from './sale-helpers';

const id = String(fixtureJson('convenience-store-zh').id);
const handOff = `#/print?receipt=${Buffer.from(fixtureText('convenience-store-zh')).toString('base64url')}`;
/** The last item: on paper only when the whole receipt printed. */
const LAST_ITEM = '南孚电池';
/** The origin's whole quota: room for the app and its data, then filled up by `fill`. */
const QUOTA = 8 * 1024 * 1024;

/**
 * A fresh profile whose origin gets a small quota before the app first stores anything (Chrome DevTools
 * Protocol, Storage.overrideQuotaForOrigin: https://chromedevtools.github.io/devtools-protocol/tot/Storage/).
 * On a profile on disk Chromium counts IndexedDB usage exactly, so the quota can be filled to the byte.
 */
async function smallTablet(lang: 'en' | 'zh'): Promise<Tablet> {
  const profile = mkdtempSync(join(tmpdir(), 'receipt-rescue-full-'));
  const context = await launchPersistentChromium(profile);
  await context.addInitScript((chosen) => localStorage.setItem('receipt-rescue.lang', chosen), lang);
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const quota = async (quotaSize: number) => {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(inject('appUrl')).origin, quotaSize });
  };
  await quota(QUOTA);
  await page.goto(`${inject('appUrl')}/#/virtual`);
  // Space comes back the way it does on a tablet: the merchant deletes photos, and the browser grants the
  // origin more. (Deleting the filler would not do: its pages are freed only when the database compacts.)
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  return { page, makeRoom: () => quota(QUOTA * 4), close };
}

interface Tablet {
  page: Page;
  makeRoom(): Promise<void>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/**
 * Uses up what is left of the quota with another database, the way photos and other sites' data fill a
 * tablet: the largest write that still fits, again and again, until not even 64 bytes fit.
 */
function fill(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('filler', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('blocks', { autoIncrement: true });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('filler not opened'));
    });
    const put = (size: number) =>
      new Promise<boolean>((resolve) => {
        const tx = db.transaction('blocks', 'readwrite', { durability: 'strict' });
        // Random bytes: the database compresses what it stores, and a compressible filler would shrink later.
        tx.objectStore('blocks').add(crypto.getRandomValues(new Uint8Array(size)));
        tx.oncomplete = () => resolve(true);
        tx.onabort = () => resolve(false);
      });
    for (;;) {
      let fits = 0;
      let fails = 60_000;
      while (fails - fits > 16) {
        const size = (fits + fails) >> 1;
        if (await put(size)) fits = size;
        else fails = size;
      }
      if (fits < 64) break;
    }
    db.close();
  });
}

const go = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);
const statusText = (page: Page) => async () => (await page.getByRole('status').allTextContents()).join(' ');

describe('a sale with the tablet’s storage full', () => {
  test('the receipt prints anyway, the merchant reads what to do, and the sale is journaled once there is room', async () => {
    const { page, makeRoom, close } = await smallTablet('en');
    await page.getByRole('button', { name: 'Connect the virtual printer' }).click();
    await expect.poll(statusText(page), { timeout: 10_000 }).toContain('Ready');
    await fill(page);

    await go(page, handOff);
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await expect
      .poll(() => page.locator('.print-status').textContent(), { timeout: 20_000 })
      .toBe('Printed.');
    const notice = page.locator('[data-notice="storage-full"]');
    await expect.poll(() => notice.textContent()).toContain('This tablet’s storage is full.');
    const said = (await notice.textContent()) ?? '';
    expect(said).toContain('1 sale is not saved on this tablet yet');
    expect(said).toContain('export the fault log, then clear old entries');
    await expect(notice.getByRole('link', { name: 'Export the fault log' }).count()).resolves.toBe(1);
    await expect(notice.getByRole('button', { name: 'Clear old entries' }).count()).resolves.toBe(1);
    expect(await journalState(page, id)).toBeNull();
    // The unsaved sale lives only in this page: closing it asks first, and staying keeps it.
    const leaving = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await leaving;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();

    await go(page, '#/virtual');
    expect(await page.locator('.virtual-paper').textContent()).toContain(LAST_ITEM);

    await makeRoom();
    await expect.poll(() => journalState(page, id), { timeout: 20_000 }).toBe('printed');
    await expect
      .poll(() => page.locator('[data-notice="saved"]').textContent())
      .toBe('There is room again: every sale is saved in the journal.');
    await close();
  });

  test('paper out as well: the customer gets the QR, the merchant reads it in Chinese, and the e-receipt is journaled later', async () => {
    const { page, makeRoom, close } = await smallTablet('zh');
    await page.getByRole('button', { name: '连接虚拟打印机' }).click();
    await page.getByRole('switch', { name: '抽出纸卷' }).check();
    await expect.poll(statusText(page), { timeout: 10_000 }).toContain('无法打印');
    await fill(page);

    await go(page, handOff);
    await page.getByRole('button', { name: '打印', exact: true }).click();
    await page.locator('.print-qr .ereceipt-qr svg').waitFor({ timeout: 20_000 });
    expect(await page.locator('.print-qr').isVisible()).toBe(true);
    const notice = page.locator('[data-notice="storage-full"]');
    await expect.poll(() => notice.textContent()).toContain('本机存储空间已满。');
    const said = (await notice.textContent()) ?? '';
    expect(said).toContain('还有 1 笔交易没有保存到本机');
    expect(said).toContain('先导出故障记录，再清除旧记录');
    expect(await journalState(page, id)).toBeNull();

    await makeRoom();
    await expect.poll(() => journalState(page, id), { timeout: 20_000 }).toBe('e-receipt-issued');
    await close();
  });
});
