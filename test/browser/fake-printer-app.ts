/** Browser tests of the built app with a fake printer device (`test/_util/fake-devices.ts`) installed before it loads. */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../_util/chromium';

/** The text of the printer status area's status line. */
export const printerStatusText = (page: Page): Promise<string | null> =>
  page.getByRole('region', { name: 'Printer status' }).getByRole('status').textContent();

/**
 * Launches Chromium for the calling test file and returns how its tests open the app (English) in a fresh
 * context whose pages get `deviceScript` (a fake `navigator.usb` / `serial` / `bluetooth`) first.
 */
export function appWithFakePrinter(): (deviceScript: string) => Promise<Page> {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });
  return async (deviceScript) => {
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript({ content: deviceScript });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    return page;
  };
}
