import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../_util/chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Moves between screens as the staff do, by link: the page (and the drill in it) stays. */
const goTo = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);

describe('practice drills on the virtual printer', () => {
  test('the cover left open: the drill times the QR and the fix, keeps the result, and home shows the last drill', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/virtual`);
    await page.getByRole('button', { name: 'Connect the virtual printer' }).click();
    const status = page.getByRole('region', { name: 'Printer status' }).getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('Ready');

    await page.getByRole('button', { name: 'Start: The cover is left open' }).click();
    // The sale: the sample receipt on the print screen; the cashier taps Print, and the customer gets the QR.
    await page.waitForURL(/#\/print\?receipt=/);
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await page.locator('.ereceipt-qr svg').waitFor({ timeout: 20_000 });

    await goTo(page, '#/virtual');
    const drill = page.getByRole('region', { name: 'Practice drill' });
    await drill.getByText('Customer’s QR on screen').waitFor();
    await page.getByRole('switch', { name: 'Open the cover' }).click(); // close it again
    const toQr = drill.getByTestId('drill-to-qr');
    await toQr.waitFor({ timeout: 15_000 });
    expect(await toQr.textContent()).toMatch(/^\d+\.\d s$/);
    expect(await drill.getByTestId('drill-to-fixed').textContent()).toMatch(/^\d+\.\d s$/);
    await expect
      .poll(() => drill.getByRole('listitem').first().textContent())
      .toContain('The cover is left open');

    // Kept in IndexedDB: home says when the last drill was, after a reload too.
    await page.goto(`${inject('appUrl')}/#/`);
    await expect
      .poll(() => page.getByTestId('last-drill').textContent())
      .toMatch(/Last drill: .* — QR in \d+\.\d s/);
    await context.close();
  });

  test('in Chinese, home invites a first drill; a stopped drill is kept as stopped', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/`);
    await expect.poll(() => page.getByTestId('last-drill').textContent()).toContain('还没有做过应急演练');
    await goTo(page, '#/virtual');
    await page.getByRole('button', { name: '连接虚拟打印机' }).click();
    await page.getByRole('button', { name: '开始: 打印机被拔掉' }).click();
    await page.waitForURL(/#\/print\?receipt=/);
    await goTo(page, '#/virtual');
    const drill = page.getByRole('region', { name: '应急演练' });
    await drill.getByRole('button', { name: '结束演练' }).click();
    await expect.poll(() => drill.getByTestId('drill-to-fixed').textContent()).toBe('已中止');
    await context.close();
  });
});
