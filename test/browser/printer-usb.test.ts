import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { fakeUsbScript } from '../_util/fake-devices';
import type { FakeUsbControl, FakeUsbOptions } from '../_util/fake-usb';

const PRINTER_STATUS = 'Printer status';

const PRINTER: FakeUsbOptions = {
  vendorId: 0x0416,
  productId: 0x5011,
  serialNumber: 'FAKE-0001',
  productName: 'POS-80 (fake)',
  maxTransfer: 4096,
};

declare global {
  interface Window {
    fakeUsb: FakeUsbControl;
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function openApp(
  options: Partial<FakeUsbOptions> = {},
  contextOptions: { locale?: string; userAgent?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', ...contextOptions });
  await context.addInitScript({ content: await fakeUsbScript({ ...PRINTER, ...options }) });
  const page = await context.newPage();
  await page.goto(inject('appUrl'));
  await page.locator('section.status-area [role=status]').waitFor();
  return page;
}

/** Connects the way a merchant does: real clicks on "Connect printer", then "USB". */
async function connectByClick(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Connect printer' }).click();
  await page.getByRole('button', { name: 'USB' }).click();
}

const statusText = (page: Page) =>
  page.getByRole('region', { name: PRINTER_STATUS }).getByRole('status').textContent();
const paperJson = (page: Page) => page.evaluate(() => JSON.stringify(window.fakeUsb.printer.paper.items));

describe('a USB printer (fake navigator.usb backed by the virtual printer)', () => {
  test('connecting with a real click shows the printer ready', async () => {
    const page = await openApp();
    await connectByClick(page);
    await expect.poll(() => statusText(page), { timeout: 5000 }).toContain('Ready');
    await expect(page.evaluate(() => window.fakeUsb.requests)).resolves.toBe(1);
    await page.context().close();
  });

  test('a cancelled chooser leaves the app not connected, with no error shown', async () => {
    const page = await openApp({ cancelChooser: true });
    await connectByClick(page);
    await expect.poll(() => page.evaluate(() => window.fakeUsb.requests)).toBe(1);
    await expect.poll(() => statusText(page)).toContain('Not connected');
    await page.context().close();
  });

  test('after a reload the granted printer reconnects by itself, without the chooser', async () => {
    const page = await openApp();
    await connectByClick(page);
    await expect.poll(() => statusText(page), { timeout: 5000 }).toContain('Ready');
    await page.reload();
    await expect.poll(() => statusText(page), { timeout: 5000 }).toContain('Ready');
    await expect(page.evaluate(() => window.fakeUsb.requests)).resolves.toBe(0);
    await page.context().close();
  });

  test('unplugging in the middle of the test page ends it "not printed: printer disconnected"', async () => {
    const page = await openApp({ maxTransfer: 64 });
    await connectByClick(page);
    await expect.poll(() => statusText(page), { timeout: 5000 }).toContain('Ready');
    const before = await page.evaluate(() => window.fakeUsb.transfers.length);
    await page.getByRole('button', { name: 'Print test page' }).click();
    await page.waitForFunction((n) => window.fakeUsb.transfers.length > n + 5, before);
    await page.evaluate(() => window.fakeUsb.unplug());
    await page.getByText('Test page not printed: printer disconnected.').waitFor({ timeout: 10_000 });
    await expect(paperJson(page)).resolves.not.toContain('"cut"');
    await page.context().close();
  });

  test('a USB printer unplugged and plugged back in reconnects by itself', async () => {
    const page = await openApp();
    await connectByClick(page);
    await expect.poll(() => statusText(page), { timeout: 5000 }).toContain('Ready');
    await page.evaluate(() => window.fakeUsb.unplug());
    await expect.poll(() => statusText(page), { timeout: 5000 }).not.toContain('Ready');
    await page.evaluate(() => window.fakeUsb.plugIn());
    await expect.poll(() => statusText(page), { timeout: 5000 }).toContain('Ready');
    await expect(page.evaluate(() => window.fakeUsb.requests)).resolves.toBe(1);
    await page.context().close();
  });

  test('with the cover open, the test page is refused and nothing is printed', async () => {
    const page = await openApp();
    await connectByClick(page);
    await expect.poll(() => statusText(page), { timeout: 5000 }).toContain('Ready');
    await page.evaluate(() => window.fakeUsb.printer.setFault('cover-open', true));
    await expect.poll(() => statusText(page), { timeout: 3000 }).not.toContain('Ready');
    await page.getByRole('button', { name: 'Print test page' }).click();
    await page.getByText('Test page not printed: cover open.').waitFor({ timeout: 10_000 });
    await expect(paperJson(page)).resolves.toBe('[]');
    await page.context().close();
  });

  test('a printer that never answers prints, and the app says it cannot confirm', async () => {
    const page = await openApp();
    await page.evaluate(() => window.fakeUsb.printer.setReplyMode({ kind: 'silent' }));
    await connectByClick(page);
    await expect.poll(() => statusText(page), { timeout: 8000 }).toContain('Not answering');
    await page.getByRole('button', { name: 'Print test page' }).click();
    await page
      .getByText('Test page sent. The printer does not confirm printing: check the paper.')
      .waitFor({ timeout: 10_000 });
    await expect(paperJson(page)).resolves.toContain('TEST PAGE');
    await page.context().close();
  });

  test('a device taking 64 bytes per transfer still gets the whole page, in transfers of at most 512 bytes', async () => {
    const page = await openApp({ maxTransfer: 64 });
    await connectByClick(page);
    await expect.poll(() => statusText(page), { timeout: 5000 }).toContain('Ready');
    await page.getByRole('button', { name: 'Print test page' }).click();
    await page.getByText('Test page printed.').waitFor({ timeout: 20_000 });
    const transfers = await page.evaluate(() => window.fakeUsb.transfers);
    expect(Math.max(...transfers)).toBeLessThanOrEqual(512);
    const paper = await paperJson(page);
    expect(paper).toContain('TEST PAGE');
    expect(paper).toContain('"cut"');
    await page.context().close();
  });

  for (const [locale, connect, usb, words] of [
    ['en-US', 'Connect printer', 'USB', ['The printer is in use by another program', 'Zadig', 'WinUSB']],
    ['zh-CN', '连接打印机', 'USB', ['打印机正被其他程序使用', 'Zadig', 'WinUSB']],
  ] as const) {
    test(`a printer held by the Windows driver shows the WinUSB (Zadig) advice (${locale})`, async () => {
      const windows =
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140 Safari/537.36';
      const page = await openApp({ claimFails: true }, { locale, userAgent: windows });
      await page.getByRole('button', { name: connect }).click();
      await page.getByRole('button', { name: usb }).click();
      const help = page.locator('section.connection-help');
      await help.waitFor({ timeout: 5000 });
      await expect(help.getAttribute('data-code')).resolves.toBe('claimed');
      const text = await help.textContent();
      for (const word of words) expect(text).toContain(word);
      // A printer that cannot be reached is a fault too: it is in the log.
      await page.goto(`${new URL(page.url()).origin}/#/faults`);
      const entry = page.locator('.fault-entry[data-kind="claimed"] .fault-title');
      await entry.waitFor();
      await expect(entry.textContent()).resolves.toBe(
        locale === 'en-US' ? 'Printer in use elsewhere' : '打印机被占用',
      );
      await page.context().close();
    });
  }
});
