import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { launchChromium } from '../_util/chromium';
import { pngPixels } from './sale-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Reads the QR code shown in `selector` from a real screenshot of the viewport, as a phone held up to the
 * screen would, decoding with jsQR here (the page's content security policy would refuse an injected decoder).
 * The whole viewport is captured in one frame: an element screenshot measures the element's box first and
 * captures later, so a layout shift in between (the "ready to work offline" banner appearing when the service
 * worker finishes installing) cut the code in half.
 */
async function scanQr(page: Page, selector: string): Promise<string | null> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const { data, width, height } = pngPixels(await page.screenshot());
  return jsQR(data, width, height)?.data ?? null;
}

async function issue(page: Page, amount: string, reference: string): Promise<string> {
  await page.getByLabel('Shop name').fill('Corner Café');
  await page.getByLabel('Amount charged').fill(amount);
  await page.getByLabel('Payment method').selectOption('card');
  await page.getByLabel('Transaction reference (optional)').fill(reference);
  await page.getByRole('button', { name: 'Issue e-receipt' }).click();
  const link = page.getByLabel('Receipt link');
  await link.waitFor();
  return link.inputValue();
}

describe('issue e-receipt', () => {
  test('with the network cut, the merchant issues a signed e-receipt, journaled as issued, whose QR scanned from the screen opens verified', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 800, height: 1280 } });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/ereceipt`);
    await page.getByLabel('Amount charged').waitFor();
    await context.setOffline(true);
    const link = await issue(page, '12.50', 'AUTH 77 4111 1111 1111 1111');
    expect(link.startsWith(`${inject('appUrl')}/#1`)).toBe(true);
    await expect(page.getByText(/Signed with this tablet's key [0-9A-F]{4}-/).count()).resolves.toBe(1);

    // The receipt is in this tablet's journal as issued, with the very link on screen.
    const journal = await page.waitForFunction(
      (link) =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open('receipt-rescue');
          open.onsuccess = () => {
            const get = open.result.transaction('receipts').objectStore('receipts').getAll();
            get.onsuccess = () => {
              const entries = get.result as {
                state: string;
                eReceiptLink: string | null;
                receipt: { total: number };
              }[];
              open.result.close();
              resolve(entries.find((e) => e.eReceiptLink === link) ?? null);
            };
          };
        }),
      link,
    );
    expect(await journal.jsonValue()).toMatchObject({ state: 'e-receipt-issued', receipt: { total: 1250 } });

    const scanned = await scanQr(page, '.ereceipt-qr');
    expect(scanned).not.toBeNull();
    // Scheme and host may travel upper-case (QR alphanumeric mode); as a URL it is the same link.
    expect(new URL(scanned!).href).toBe(new URL(link).href);
    await context.close();

    const customer = await browser.newContext({ locale: 'en-US' });
    const phone = await customer.newPage();
    await phone.goto(scanned!);
    await expect(phone.getByRole('status').textContent()).resolves.toMatch(
      /^✔ Unaltered since signed by the device with fingerprint [0-9A-F]{4}-[0-9A-F]{4}\. First receipt from “Corner Café” on this phone\.$/,
    );
    const paper = await phone.locator('.rr-paper').innerText();
    expect(paper).toContain('12.50');
    expect(paper).toContain('****1111');
    expect(paper).not.toContain('4111 1111');
    await customer.close();
  });

  test('items that do not add up to the amount are refused with a message naming both sums', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/ereceipt`);
    await page.getByLabel('Amount charged').fill('10.00');
    await page.getByLabel('Shop name').fill('Corner Café');
    await page.getByRole('button', { name: 'Add item' }).click();
    await page.getByLabel('Item', { exact: true }).fill('Espresso');
    await page.getByLabel('Amount', { exact: true }).fill('3.60');
    await page.getByRole('button', { name: 'Issue e-receipt' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'The items add up to CNY 3.60, not CNY 10.00.',
    );
    await context.close();
  });

  test('the plain-text QR mode holds the receipt as readable text', async () => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 800, height: 1280 },
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/ereceipt`);
    await page.getByLabel('店名').fill('好邻居便利店');
    await page.getByLabel('收款金额').fill('448.70');
    await page.getByRole('button', { name: '开具电子小票' }).click();
    await page.getByRole('radio', { name: '纯文本（无需流量）' }).click();
    const text = await scanQr(page, '.ereceipt-qr');
    expect(text).toContain('好邻居便利店');
    expect(text).toContain('合计 CNY 448.70');
    expect(text).toContain('微信支付 448.70');
    await context.close();
  });
});
