import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { fakeBluetoothScript } from '../_util/fake-devices';
import type {
  FakeBleDeviceOptions,
  FakeBluetoothControl,
  FakeBluetoothOptions,
} from '../_util/fake-bluetooth';
import { fixtureJson, fixtureText } from '../_util/fixtures';
import { realtimeStatus } from '../../src/escpos/status';
import { jobPieces } from '../../src/printer/job-chunks';
import { chooseSetup, printingProfile } from '../../src/printer/profile';
import { renderReceiptEscPos } from '../../src/receipt/render-escpos';
import { validateReceipt } from '../../src/receipt/validate';
import { journalState } from './sale-helpers';
import { printerStatusText } from './fake-printer-app';

declare global {
  interface Window {
    fakeBluetooth: FakeBluetoothControl;
  }
}

/** A cheap 58 mm printer on the 18F0 service: writes without response, status on 2AF0. */
const POS58: FakeBleDeviceOptions = {
  id: 'ble-pos58',
  name: 'POS-58 BLE',
  service: '000018f0-0000-1000-8000-00805f9b34fb',
  write: '00002af1-0000-1000-8000-00805f9b34fb',
  notify: '00002af0-0000-1000-8000-00805f9b34fb',
  withoutResponse: true,
  writeLimit: 180,
  widthDots: 384,
};
/** A module with the minimum MTU: 20 bytes per write, one characteristic for writing and notifying. */
const MTU23: FakeBleDeviceOptions = {
  id: 'ble-mtu23',
  name: 'MPT-II',
  service: 'e7810a71-73ae-499d-8c15-faa9aef0c3f2',
  write: 'bef8d6c9-9c21-4c9e-b632-bd58c1009f9f',
  notify: 'bef8d6c9-9c21-4c9e-b632-bd58c1009f9f',
  withoutResponse: false,
  writeLimit: 20,
  widthDots: 384,
};
/** A printer on FF00 that cannot answer: no notify characteristic. */
const MUTE: FakeBleDeviceOptions = {
  id: 'ble-mute',
  name: 'BT-Printer',
  service: '0000ff00-0000-1000-8000-00805f9b34fb',
  write: '0000ff02-0000-1000-8000-00805f9b34fb',
  notify: null,
  withoutResponse: true,
  writeLimit: 180,
};

const receipt = validateReceipt(fixtureJson('convenience-store-zh'));
const handOff = `#/print?receipt=${Buffer.from(fixtureText('convenience-store-zh')).toString('base64url')}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function openApp(options: Partial<FakeBluetoothOptions> = {}, locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale });
  await context.addInitScript({
    content: await fakeBluetoothScript({ devices: [POS58, MTU23, MUTE], ...options }),
  });
  const page = await context.newPage();
  await page.goto(inject('appUrl'));
  await page.locator('section.status-area [role=status]').waitFor();
  return page;
}

/** Connects the way a merchant does: real clicks on "Connect printer", then "Bluetooth". */
async function connectByClick(
  page: Page,
  connect = 'Connect printer',
  bluetooth = 'Bluetooth',
): Promise<void> {
  await page.getByRole('button', { name: connect }).click();
  await page.getByRole('button', { name: bluetooth, exact: true }).click();
}

const ready = (page: Page) =>
  expect.poll(() => printerStatusText(page), { timeout: 10_000 }).toContain('Ready');
const paperJson = (page: Page, index: number) =>
  page.evaluate((i) => JSON.stringify(window.fakeBluetooth.printers[i]!.paper.items), index);

/** Index of `needle` in `haystack`, or -1. */
function indexOfBytes(haystack: readonly number[], needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** The hand-off's print screen: Print clicked, resolves once the outcome is on screen. */
async function printReceipt(page: Page): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), handOff);
  await page.getByRole('button', { name: 'Print', exact: true }).click();
}

describe('a Bluetooth LE printer (fake navigator.bluetooth backed by the virtual printer)', () => {
  test('connecting with real clicks shows it ready, and the chooser was asked for every known print service', async () => {
    const page = await openApp();
    await connectByClick(page);
    await ready(page);
    expect(await page.evaluate(() => window.fakeBluetooth.requests)).toBe(1);
    const services = await page.evaluate(() => window.fakeBluetooth.optionalServices);
    for (const service of [
      POS58.service,
      MTU23.service,
      MUTE.service,
      '49535343-fe7d-4ae5-8fa9-9fafd205e455',
    ])
      expect(services).toContain(service);
    await page.context().close();
  });

  test('the test page prints whole, in writes of at most 100 bytes, never two at once', async () => {
    const page = await openApp();
    await connectByClick(page);
    await ready(page);
    await page.getByRole('button', { name: 'Print test page' }).click();
    await page.getByText('Test page printed.').waitFor({ timeout: 30_000 });
    const paper = await paperJson(page, 0);
    expect(paper).toContain('TEST PAGE');
    expect(paper).toContain('the printer is OK.');
    const writes = await page.evaluate(() => window.fakeBluetooth.writes[0]!);
    expect(Math.max(...writes)).toBe(100);
    expect(await page.evaluate(() => window.fakeBluetooth.overlaps)).toBe(0);
    await page.context().close();
  });

  test('a receipt reaches the printer complete and in order: the ESC/POS the app renders, status checks only between pieces', async () => {
    const page = await openApp();
    await connectByClick(page);
    await ready(page);
    await printReceipt(page);
    await page.getByRole('status').filter({ hasText: 'Printed.' }).waitFor({ timeout: 30_000 });
    const setup = chooseSetup({ transport: 'bluetooth', bluetoothId: POS58.id, name: POS58.name }, null);
    const commands = renderReceiptEscPos(receipt, { profile: printingProfile(setup) }).commands;
    const pieces = jobPieces(commands, setup.chunkSize);
    const between = realtimeStatus(1).bytes;
    const expected = pieces.flatMap((piece, i) => [...piece, ...(i < pieces.length - 1 ? between : [])]);
    expect(pieces.length).toBeGreaterThan(1);
    const received = await page.evaluate(() => window.fakeBluetooth.received[0]!);
    expect(indexOfBytes(received, Uint8Array.from(expected))).toBeGreaterThan(-1);
    expect(await page.evaluate(() => window.fakeBluetooth.overlaps)).toBe(0);
    await page.context().close();
  });

  test('a module taking 20 bytes per write: the first larger write is refused, every later one is 20 bytes, the page prints', async () => {
    const page = await openApp({ choose: 1 });
    await connectByClick(page);
    await ready(page);
    await page.getByRole('button', { name: 'Print test page' }).click();
    await page.getByText('Test page printed.').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => window.fakeBluetooth.refused[1])).toBe(1);
    const writes = await page.evaluate(() => window.fakeBluetooth.writes[1]!);
    expect(Math.max(...writes)).toBe(20);
    expect(await paperJson(page, 1)).toContain('TEST PAGE');
    expect(await page.evaluate(() => window.fakeBluetooth.overlaps)).toBe(0);
    await page.context().close();
  });

  test('paper running out mid-receipt ends it failed, with the e-receipt QR on screen', async () => {
    const page = await openApp();
    await connectByClick(page);
    await ready(page);
    await page.evaluate(() => window.fakeBluetooth.printers[0]!.runOutOfPaperAfter(4));
    await printReceipt(page);
    await page.locator('.ereceipt-qr svg').waitFor({ timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: 'could not be printed' }).count()).resolves.toBe(
      1,
    );
    await expect.poll(() => journalState(page, receipt.id)).toBe('e-receipt-issued');
    expect(await page.evaluate(() => window.fakeBluetooth.overlaps)).toBe(0);
    await page.context().close();
  });

  test('the link dropping mid-receipt ends it failed with the e-receipt; back in range, one tap on Reconnect connects without the chooser', async () => {
    const page = await openApp();
    await connectByClick(page);
    await ready(page);
    await page.evaluate(() => window.fakeBluetooth.setWriteDelay(0, 15));
    const before = await page.evaluate(() => window.fakeBluetooth.writes[0]!.length);
    await printReceipt(page);
    await page.waitForFunction((n) => window.fakeBluetooth.writes[0]!.length > n + 4, before);
    await page.evaluate(() => window.fakeBluetooth.drop(0, false));
    await page.locator('.ereceipt-qr svg').waitFor({ timeout: 30_000 });
    await expect.poll(() => journalState(page, receipt.id)).toBe('e-receipt-issued');
    expect(await paperJson(page, 0)).not.toContain('"cut"');

    await page.evaluate(() => (location.hash = '#/'));
    const reconnect = page.getByRole('button', { name: 'Reconnect' });
    await reconnect.waitFor({ timeout: 10_000 });
    await expect(page.locator('section.connection-help').getAttribute('data-bluetooth')).resolves.toBe(
      'dropped',
    );
    await page.evaluate(() => window.fakeBluetooth.comeBack(0));
    await reconnect.click();
    await ready(page);
    expect(await page.evaluate(() => window.fakeBluetooth.requests)).toBe(1);
    await page.context().close();
  });

  test('a link that drops while the printer stays in range is reconnected silently', async () => {
    const page = await openApp();
    await connectByClick(page);
    await ready(page);
    await page.evaluate(() => window.fakeBluetooth.drop(0, true));
    await expect.poll(() => page.evaluate(() => window.fakeBluetooth.connects[0])).toBe(2);
    await ready(page);
    expect(await page.evaluate(() => window.fakeBluetooth.requests)).toBe(1);
    await expect(page.getByRole('button', { name: 'Reconnect' }).count()).resolves.toBe(0);
    await page.context().close();
  });

  test('after a reload the granted Bluetooth printer reconnects by itself, without the chooser', async () => {
    const page = await openApp();
    await connectByClick(page);
    await ready(page);
    await page.reload();
    await ready(page);
    expect(await page.evaluate(() => window.fakeBluetooth.requests)).toBe(0);
    await page.context().close();
  });

  test('a printer without a notify characteristic prints, and the merchant is told it could not be confirmed', async () => {
    const page = await openApp({ choose: 2 });
    await connectByClick(page);
    await expect.poll(() => printerStatusText(page), { timeout: 10_000 }).toContain('Not answering');
    await page.getByRole('button', { name: 'Print test page' }).click();
    await page
      .getByText('Test page sent. The printer does not confirm printing: check the paper.')
      .waitFor({ timeout: 30_000 });
    expect(await paperJson(page, 2)).toContain('TEST PAGE');
    await page.context().close();
  });

  test('a printer out of range is said so with a Reconnect button; switched on, one tap connects it without the chooser', async () => {
    const page = await openApp({ outOfRange: [0] });
    await connectByClick(page);
    const help = page.locator('section.connection-help');
    await help.waitFor({ timeout: 10_000 });
    await expect(help.getAttribute('data-bluetooth')).resolves.toBe('out-of-range');
    expect(await help.textContent()).toContain('within a few metres');
    await page.evaluate(() => window.fakeBluetooth.comeBack(0));
    await page.getByRole('button', { name: 'Reconnect' }).click();
    await ready(page);
    expect(await page.evaluate(() => window.fakeBluetooth.requests)).toBe(1);
    await page.context().close();
  });

  test('a closed chooser leaves the app not connected, with nothing to fix', async () => {
    const page = await openApp({ cancelChooser: true });
    await connectByClick(page);
    await expect.poll(() => page.evaluate(() => window.fakeBluetooth.requests)).toBe(1);
    await expect.poll(() => printerStatusText(page)).toContain('Not connected');
    await expect(page.locator('section.connection-help').count()).resolves.toBe(0);
    await page.context().close();
  });

  for (const [locale, connect, bluetooth, options, trouble, words] of [
    ['en-US', 'Connect printer', 'Bluetooth', { adapterOff: true }, 'off', 'Bluetooth is off on this tablet'],
    ['zh-CN', '连接打印机', '蓝牙', { adapterOff: true }, 'off', '平板的蓝牙已关闭'],
    ['en-US', 'Connect printer', 'Bluetooth', { refuseConnect: true }, 'refused', 'another phone or tablet'],
    ['zh-CN', '连接打印机', '蓝牙', { refuseConnect: true }, 'refused', '别的手机或平板'],
  ] as const) {
    test(`Bluetooth ${trouble} is said in the merchant's words (${locale})`, async () => {
      const page = await openApp(options, locale);
      await connectByClick(page, connect, bluetooth);
      const help = page.locator('section.connection-help');
      await help.waitFor({ timeout: 10_000 });
      await expect(help.getAttribute('data-bluetooth')).resolves.toBe(trouble);
      expect(await help.textContent()).toContain(words);
      await page.context().close();
    });
  }
});
