import { describe, expect, test } from 'vitest';
import { fakeSerialScript } from '../_util/fake-devices';
import type { FakeSerialControl, FakeSerialOptions } from '../_util/fake-serial';
import { appWithFakePrinter, printerStatusText } from './fake-printer-app';

declare global {
  interface Window {
    fakeSerial: FakeSerialControl;
  }
}

const PORT: FakeSerialOptions = { usbVendorId: 0x0483, usbProductId: 0x5743, printerBaudRate: 19200 };

const openApp = appWithFakePrinter();
const openWithPrinter = async () => openApp(await fakeSerialScript(PORT));

describe('a serial printer (fake navigator.serial backed by the virtual printer)', () => {
  test('a printer at 19200 baud is found by the auto-probe and prints a test page naming its line settings', async () => {
    const page = await openWithPrinter();
    await page.getByRole('button', { name: 'Connect printer' }).click();
    await page.getByRole('button', { name: 'Serial (COM)' }).click();
    await expect.poll(() => printerStatusText(page), { timeout: 10_000 }).toContain('Ready');
    const opens = await page.evaluate(() => window.fakeSerial.opens);
    expect(opens[0]).toBe(9600);
    expect(opens.at(-1)).toBe(19200);
    await page.getByRole('button', { name: 'Print test page' }).click();
    await page.getByText('Test page printed.').waitFor({ timeout: 20_000 });
    const paper = await page.evaluate(() => JSON.stringify(window.fakeSerial.printer.paper.items));
    expect(paper).toContain('TEST PAGE');
    expect(paper).toContain('Serial: 19200 8N1, flow none');
    await page.context().close();
  });

  test('after a reload the port reopens at the remembered 19200 baud, without probing again', async () => {
    const page = await openWithPrinter();
    await page.getByRole('button', { name: 'Connect printer' }).click();
    await page.getByRole('button', { name: 'Serial (COM)' }).click();
    await expect.poll(() => printerStatusText(page), { timeout: 10_000 }).toContain('Ready');
    await page.reload();
    await expect.poll(() => printerStatusText(page), { timeout: 10_000 }).toContain('Ready');
    await expect(page.evaluate(() => window.fakeSerial.opens)).resolves.toEqual([19200]);
    await page.context().close();
  });

  test('unplugging the serial printer shows it disconnected, with a Reconnect button', async () => {
    const page = await openWithPrinter();
    await page.getByRole('button', { name: 'Connect printer' }).click();
    await page.getByRole('button', { name: 'Serial (COM)' }).click();
    await expect.poll(() => printerStatusText(page), { timeout: 10_000 }).toContain('Ready');
    await page.evaluate(() => window.fakeSerial.unplug());
    await expect.poll(() => printerStatusText(page), { timeout: 5000 }).not.toContain('Ready');
    await expect(page.locator('section.status-area').getAttribute('data-state')).resolves.toBe(
      'not-connected',
    );
    await page.context().close();
  });
});
