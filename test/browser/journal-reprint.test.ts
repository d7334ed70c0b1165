import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { fixtureJson, fixtureText } from '../_util/fixtures';
import { journalState, waitForState } from './sale-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const id = String(fixtureJson('convenience-store-zh').id);
const handOff = `#/print?receipt=${Buffer.from(fixtureText('convenience-store-zh')).toString('base64url')}`;
/** The last item: on paper only when the whole receipt printed. */
const LAST_ITEM = '南孚电池';

const go = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);

/** Everything the page's status regions say (the printer's status area among them). */
const statusText = (page: Page) => async () => (await page.getByRole('status').allTextContents()).join(' ');

/** How many whole copies of the receipt the virtual printer has put on paper. */
async function copiesPrinted(page: Page): Promise<number> {
  const text = (await page.locator('.virtual-paper').textContent()) ?? '';
  return text.split(LAST_ITEM).length - 1;
}

describe('the journal after a tab closed mid-print', () => {
  test('the receipt is offered again on reopening, and reprinted exactly once when paper is back', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const first = await context.newPage();
    await first.goto(`${inject('appUrl')}/#/virtual`);
    await first.getByRole('button', { name: 'Connect the virtual printer' }).click();
    await expect.poll(statusText(first), { timeout: 10_000 }).toContain('Ready');
    // A printer that stops answering after it was probed holds the job in `printing` until its fence times out.
    await first.getByRole('radio', { name: 'Never (silent)' }).check();
    await go(first, handOff);
    await first.getByRole('button', { name: 'Print', exact: true }).click();
    await waitForState(first, id, 'printing');
    await first.close();

    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/virtual`);
    // The app reconnects the virtual printer by itself; the new one starts with its paper pulled out.
    await page.getByRole('switch', { name: 'Pull the paper out' }).check();
    const status = statusText(page);
    await expect.poll(status, { timeout: 5000 }).toContain('Cannot print');
    await go(page, '#/');
    const list = page.getByRole('region', { name: '1 receipt still needs paper' });
    await list.waitFor();
    await expect(list.getByRole('button', { name: 'Print again' }).count()).resolves.toBe(1);
    await expect(list.getByRole('button', { name: 'Issue e-receipt' }).count()).resolves.toBe(1);
    expect(await journalState(page, id)).toBe('failed');

    await go(page, '#/virtual');
    await page.getByRole('switch', { name: 'Pull the paper out' }).uncheck();
    await expect.poll(() => journalState(page, id), { timeout: 20_000 }).toBe('reprinted');
    await expect.poll(() => copiesPrinted(page), { timeout: 5000 }).toBe(1);

    // More "ready" events (paper out and back in again) find nothing left to print.
    await page.getByRole('switch', { name: 'Pull the paper out' }).check();
    await expect.poll(status, { timeout: 5000 }).toContain('Cannot print');
    await page.getByRole('switch', { name: 'Pull the paper out' }).uncheck();
    await expect.poll(status, { timeout: 5000 }).toContain('Ready');
    await page.waitForTimeout(1500);
    expect(await copiesPrinted(page)).toBe(1);
    await go(page, '#/');
    await page.getByRole('button', { name: 'Print test page' }).waitFor();
    await expect(page.getByRole('region', { name: /still needs? paper/ }).count()).resolves.toBe(0);
    await context.close();
  });

  test('with automatic reprint off, paper back in prints nothing; the list shows the e-receipt QR, and Print again prints once', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/virtual`);
    await page.getByRole('button', { name: '连接虚拟打印机' }).click();
    await page.getByRole('switch', { name: '抽出纸卷' }).check();
    const status = statusText(page);
    await expect.poll(status, { timeout: 5000 }).toContain('无法打印');
    await go(page, handOff);
    await page.getByRole('button', { name: '打印', exact: true }).click();
    await page.locator('.ereceipt-qr svg').waitFor({ timeout: 10_000 });
    await go(page, '#/');
    const list = page.getByRole('region', { name: '1 张小票还没有打印出来' });
    await list.waitFor();
    await list.getByRole('checkbox', { name: '打印机恢复后自动补打失败的小票' }).uncheck();
    await go(page, '#/virtual');
    await page.getByRole('switch', { name: '抽出纸卷' }).uncheck();
    await expect.poll(status, { timeout: 5000 }).toContain('就绪');
    await page.waitForTimeout(1500);
    expect(await copiesPrinted(page)).toBe(0);
    expect(await journalState(page, id)).toBe('e-receipt-issued');
    await go(page, '#/');
    await list.getByRole('button', { name: '开电子小票' }).click();
    await list.locator('.ereceipt-qr svg').waitFor();
    await list.getByRole('button', { name: '收起电子小票' }).click();
    await list.getByRole('button', { name: '重新打印' }).click();
    await expect.poll(() => journalState(page, id), { timeout: 20_000 }).toBe('reprinted');
    await go(page, '#/virtual');
    await expect.poll(() => copiesPrinted(page), { timeout: 5000 }).toBe(1);
    await context.close();
  });
});
