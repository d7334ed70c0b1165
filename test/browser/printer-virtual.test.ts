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

async function connectVirtual(locale: string, connect: string): Promise<Page> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(`${inject('appUrl')}/#/virtual`);
  await page.getByRole('button', { name: connect }).click();
  return page;
}

describe('the virtual printer in the app', () => {
  test('Print test page on home prints it: the outcome says printed and the virtual paper shows the page', async () => {
    const page = await connectVirtual('en-US', 'Connect the virtual printer');
    await page.getByRole('switch', { name: 'Open the cover' }).waitFor();
    await page.goto(`${inject('appUrl')}/#/`);
    await page.getByRole('button', { name: 'Print test page' }).click();
    await page.getByText('Test page printed.').waitFor({ timeout: 20_000 });
    await page.goto(`${inject('appUrl')}/#/virtual`);
    const paper = page.locator('.paper-svg');
    await paper.waitFor();
    await expect(paper.textContent()).resolves.toContain('TEST PAGE');
    await page.context().close();
  });

  for (const [locale, connect, pull, region, before, after] of [
    ['en-US', 'Connect the virtual printer', 'Pull the paper out', 'Printer status', 'Ready', 'Cannot print'],
    ['zh-CN', '连接虚拟打印机', '抽出纸卷', '打印机状态', '就绪', '无法打印'],
  ] as const) {
    test(`pulling the paper changes the status area within 1 s (${locale})`, async () => {
      const page = await connectVirtual(locale, connect);
      const status = page.getByRole('region', { name: region }).getByRole('status');
      await expect.poll(() => status.textContent(), { timeout: 5000 }).toContain(before);
      await page.getByRole('switch', { name: pull }).click();
      await expect.poll(() => status.textContent(), { timeout: 1000 }).toContain(after);
      await page.context().close();
    });
  }

  test('the unplug switch disconnects the virtual printer, and plugging it back reconnects it', async () => {
    const page = await connectVirtual('en-US', 'Connect the virtual printer');
    const status = page.getByRole('region', { name: 'Printer status' }).getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toContain('Ready');
    const cable = page.getByRole('switch', { name: 'Unplug the cable' });
    await cable.click();
    await expect
      .poll(() => page.locator('section.status-area').getAttribute('data-fault'))
      .toBe('disconnected');
    await cable.click();
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toContain('Ready');
    await page.context().close();
  });
});
