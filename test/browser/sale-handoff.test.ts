import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import jsQR from 'jsqr';
import { launchChromium } from '../_util/chromium';
import { fixtureJson, fixtureText } from '../_util/fixtures';
import { validateReceipt } from '../../src/receipt/validate';
import { journalState, pngPixels } from './sale-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const receipt = validateReceipt(fixtureJson('convenience-store-zh'));
const handOff = `#/print?receipt=${Buffer.from(fixtureText('convenience-store-zh')).toString('base64url')}`;

describe('the print hand-off with paper out', () => {
  test('offline, the QR of a verified e-receipt is on screen; scanned, it opens every item and the total', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/virtual`);
    await page.getByRole('button', { name: 'Connect the virtual printer' }).click();
    await page.getByRole('switch', { name: 'Pull the paper out' }).click();
    // The print screen's code is fetched once while online; then the network goes.
    await page.evaluate(() => (location.hash = '#/print'));
    await page.getByText('No receipt was handed over.', { exact: false }).waitFor();
    await context.setOffline(true);
    await page.evaluate((hash) => (location.hash = hash), handOff);
    await page.getByRole('button', { name: 'Print', exact: true }).click();

    const qr = page.locator('.ereceipt-qr svg');
    await qr.waitFor({ timeout: 10_000 });
    await expect(page.getByRole('status').filter({ hasText: 'could not be printed' }).count()).resolves.toBe(
      1,
    );
    const link = await page.locator('.ereceipt-link input').inputValue();
    const keyLine = (await page.locator('.ereceipt-key').textContent()) ?? '';
    const { width, height, data } = pngPixels(await qr.screenshot());
    const decoded = jsQR(data, width, height);
    // The QR carries scheme and host in upper case (alphanumeric mode; RFC 3986 makes them case-blind).
    expect(new URL(decoded?.data ?? 'about:blank').href).toBe(new URL(link).href);
    expect(decoded?.data.split('#')[1]).toBe(link.split('#')[1]);
    await expect.poll(() => journalState(page, receipt.id)).toBe('e-receipt-issued');
    await context.close();

    const customer = await browser.newContext({ locale: 'en-US' });
    const phone = await customer.newPage();
    await phone.goto(link);
    await phone.locator('.rv-status').waitFor();
    // The viewer speaks the receipt's language (zh-CN here) and names the tablet's key.
    const verified = (await phone.getByRole('status').textContent()) ?? '';
    expect(verified).toContain(`本机首次收到「${receipt.shop.name}」的小票`);
    const fingerprint = /✔ 设备 ([0-9A-F]{4}-[0-9A-F]{4}) 签名后未经改动/.exec(verified)?.[1];
    expect(fingerprint && keyLine.includes(fingerprint)).toBe(true);
    const paper = (await phone.locator('.rr-paper').innerText()).replace(/\s+/g, ' ');
    for (const item of receipt.items) expect(paper).toContain(item.name.replace(/\s+/g, ' '));
    expect(paper).toContain('448.70');
    await customer.close();
  });

  test('a reload of a printed hand-off does not print the receipt again', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/virtual`);
    await page.getByRole('button', { name: 'Connect the virtual printer' }).click();
    await page.getByRole('switch', { name: 'Pull the paper out' }).waitFor();
    await page.evaluate((hash) => (location.hash = hash), handOff);
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Printed.' }).waitFor({ timeout: 20_000 });
    expect(await journalState(page, receipt.id)).toBe('printed');
    await page.reload();
    await page.getByText('This receipt was printed already').waitFor();
    await expect(page.getByRole('button', { name: 'Print', exact: true }).count()).resolves.toBe(0);
    await context.close();
  });

  test('a receipt whose line does not add up is refused, naming the line, in Chinese too', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const wrong = fixtureJson('convenience-store-zh') as { items: { amount: number }[] };
    wrong.items[1]!.amount += 10;
    const b64 = Buffer.from(JSON.stringify(wrong)).toString('base64url');
    await page.goto(`${inject('appUrl')}/#/print?receipt=${b64}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('这张小票有误');
    await expect(alert.textContent()).resolves.toContain('items[1]');
    await context.close();
  });
});
