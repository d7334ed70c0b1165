import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fakeSerialScript } from '../_util/fake-devices';
import type { FakeSerialControl, FakeSerialOptions } from '../_util/fake-serial';
import { appWithFakePrinter, printerStatusText } from './fake-printer-app';
import { fixtureJson, fixtureText } from '../_util/fixtures';
import { SPP_SERVICE_CLASS_ID } from '../../src/transport/serial-bluetooth';

declare global {
  interface Window {
    fakeSerial: FakeSerialControl;
  }
}

/** A paired classic Bluetooth printer: Chrome offers its Serial Port Profile service as a serial port. */
const PAIRED: FakeSerialOptions = { bluetoothServiceClassId: SPP_SERVICE_CLASS_ID, printerBaudRate: 9600 };

const openApp = appWithFakePrinter();
const openWithPrinter = async () => openApp(await fakeSerialScript(PAIRED));

const paperText = (page: Page) => page.evaluate(() => JSON.stringify(window.fakeSerial.printer.paper.items));

describe('a classic Bluetooth printer (SPP) through the serial chooser', () => {
  test('"Bluetooth (classic, paired)" asks for the SPP service, connects, and prints a test page and a receipt', async () => {
    const page = await openWithPrinter();
    await page.getByRole('button', { name: 'Connect printer' }).click();
    await page.getByRole('button', { name: 'Bluetooth (classic, paired)' }).click();
    await expect.poll(() => printerStatusText(page), { timeout: 10_000 }).toContain('Ready');
    await expect(page.evaluate(() => window.fakeSerial.requests)).resolves.toEqual([
      {
        filters: [{ bluetoothServiceClassId: SPP_SERVICE_CLASS_ID }],
        allowedBluetoothServiceClassIds: [SPP_SERVICE_CLASS_ID],
      },
    ]);
    // An RFCOMM channel has no line speed to find: the port is opened once, not at every rate in turn.
    await expect(page.evaluate(() => window.fakeSerial.opens)).resolves.toEqual([9600]);

    await page.getByRole('button', { name: 'Print test page' }).click();
    await page.getByText('Test page printed.').waitFor({ timeout: 20_000 });
    const testPage = await paperText(page);
    expect(testPage).toContain('Printer: Bluetooth printer (classic)');
    expect(testPage).toContain('Bluetooth classic (SPP)');
    expect(testPage).not.toContain('Serial: 9600');

    const receipt = fixtureJson('convenience-store-zh') as { id: string };
    await page.evaluate(
      (hash) => (location.hash = hash),
      `#/print?receipt=${Buffer.from(fixtureText('convenience-store-zh')).toString('base64url')}`,
    );
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Printed.' }).waitFor({ timeout: 30_000 });
    expect(await paperText(page)).toContain(receipt.id);
    await page.context().close();
  });

  test('after a reload the paired printer comes back by itself, still without trying line speeds', async () => {
    const page = await openWithPrinter();
    await page.getByRole('button', { name: 'Connect printer' }).click();
    await page.getByRole('button', { name: 'Bluetooth (classic, paired)' }).click();
    await expect.poll(() => printerStatusText(page), { timeout: 10_000 }).toContain('Ready');
    await page.reload();
    await expect.poll(() => printerStatusText(page), { timeout: 10_000 }).toContain('Ready');
    await expect(page.evaluate(() => window.fakeSerial.opens)).resolves.toEqual([9600]);
    await page.context().close();
  });

  test('"Serial (COM)" does not offer the Bluetooth printer: the page must ask for its service by name', async () => {
    const page = await openWithPrinter();
    await page.getByRole('button', { name: 'Connect printer' }).click();
    await page.getByRole('button', { name: 'Serial (COM)' }).click();
    await expect
      .poll(() => page.locator('section.status-area').getAttribute('data-state'))
      .toBe('not-connected');
    await expect(page.evaluate(() => window.fakeSerial.opens)).resolves.toEqual([]);
    await page.context().close();
  });
});
