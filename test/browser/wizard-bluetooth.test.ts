import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { fakeSerialScript } from '../_util/fake-devices';
import type { FakeSerialControl } from '../_util/fake-serial';
import { SPP_SERVICE_CLASS_ID } from '../../src/transport/serial-bluetooth';

declare global {
  interface Window {
    fakeSerial: FakeSerialControl;
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** The app with a paired classic Bluetooth printer within reach (fake serial port backed by the virtual printer). */
async function openApp(hash = ''): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript({
    content: await fakeSerialScript({ bluetoothServiceClassId: SPP_SERVICE_CLASS_ID, printerBaudRate: 9600 }),
  });
  const page = await context.newPage();
  await page.goto(`${inject('appUrl')}/${hash}`);
  return page;
}

const wizardStep = (page: Page) => page.locator('.wizard').getAttribute('data-step');

describe('the wizard’s Bluetooth branch on a paired classic Bluetooth printer', () => {
  test('"Bluetooth printer won’t connect" → asleep → wake it → connect → the live check finds it ready: fixed', async () => {
    const page = await openApp('#/wizard?menu=1');
    await page.getByRole('button', { name: 'Bluetooth printer won’t connect' }).click();
    await page.getByRole('heading', { name: 'Is the printer awake?' }).waitFor();
    await page.getByRole('button', { name: 'The light is off: it may be asleep' }).click();
    await page.getByRole('heading', { name: 'Wake the printer' }).waitFor();
    await page.getByRole('button', { name: 'I have done this — check again' }).click();
    await expect.poll(() => wizardStep(page)).toBe('bt-connect-fix');
    await page.getByRole('button', { name: 'Connect a paired Bluetooth printer (classic)' }).click();
    await page.locator('.wizard[data-step="end-bt-fixed"]').waitFor({ timeout: 15_000 });
    await expect(page.locator('.wizard-result').textContent()).resolves.toBe('Fixed');
    await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe(
      'The Bluetooth printer is connected and ready',
    );
    await page.context().close();
  });

  test('when the Bluetooth printer is lost, the status area leads into the Bluetooth questions', async () => {
    const page = await openApp();
    await page.getByRole('button', { name: 'Connect printer' }).click();
    await page.getByRole('button', { name: 'Bluetooth (classic, paired)' }).click();
    const status = page.getByRole('region', { name: 'Printer status' });
    await expect.poll(() => status.getByRole('status').textContent(), { timeout: 10_000 }).toContain('Ready');
    await expect(status.getByRole('link', { name: /Bluetooth printer gone/ }).count()).resolves.toBe(0);
    await page.evaluate(() => window.fakeSerial.unplug());
    await status.getByRole('link', { name: 'Bluetooth printer gone? Find out why, step by step' }).click();
    await expect.poll(() => wizardStep(page)).toBe('bt-power-ask');
    await page.context().close();
  });
});
