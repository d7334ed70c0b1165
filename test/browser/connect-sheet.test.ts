import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { launchChromium } from '../_util/chromium';
import { connectStrings } from '../../src/app/connect/connect-strings';
import { shellStrings } from '../../src/app/strings';
import type { Lang } from '../../src/app/i18n';
import { layoutFaults, openSized, PHONE, TABLET, type Viewport } from './layout-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Like a browser without WebUSB, Web Serial and Web Bluetooth (every browser on iOS): the members are gone. */
const NO_DEVICE_APIS = `for (const name of ['usb', 'serial', 'bluetooth']) {
  delete Navigator.prototype[name];
  delete navigator[name];
}`;

/**
 * Like Chrome on Windows, macOS or Android, which have Web Bluetooth (Chrome on Linux hides it behind a flag):
 * only its presence matters here, nothing is connected.
 */
const WITH_WEB_BLUETOOTH = `if (!('bluetooth' in navigator)) {
  Object.defineProperty(navigator, 'bluetooth', { value: new EventTarget(), configurable: true });
}`;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations (WCAG A/AA and best practices) on the page as it is now, one line per rule. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe.run(document),
  );
  return result.violations.map(
    (rule) => `${rule.id}: ${rule.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
  );
}

async function openSheet(viewport: Viewport, lang: Lang, withoutApis = false): Promise<Page> {
  // The app's content security policy admits no inline script: axe is injected past it, as a tool.
  const { context, page } = await openSized(browser, viewport, lang, { bypassCSP: true });
  await context.addInitScript({ content: withoutApis ? NO_DEVICE_APIS : WITH_WEB_BLUETOOTH });
  await page.goto(inject('appUrl'));
  await page.getByRole('button', { name: shellStrings[lang].connectPrinter }).click();
  await page.getByRole('region', { name: connectStrings[lang].title }).waitFor();
  return page;
}

/** Each option as the merchant reads it: its title, its line, and the buttons or link it offers. */
function options(page: Page) {
  return page.locator('.connect-option').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('h3')?.textContent ?? '',
      text: item.textContent ?? '',
      buttons: [...item.querySelectorAll('button')].map((b) => b.textContent ?? ''),
      links: [...item.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    })),
  );
}

describe('the Connect printer sheet', () => {
  for (const lang of ['en', 'zh'] as const) {
    const s = connectStrings[lang];
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['tablet', TABLET],
    ] as const) {
      test(`${lang}, ${size}: USB cable, serial and Bluetooth, each with when to choose it, on screen without sideways scrolling`, async () => {
        const page = await openSheet(viewport, lang);
        const shown = await options(page);
        expect(shown.map((o) => o.title)).toEqual([s.usb, s.serial, s.bluetooth]);
        expect(shown[0]!.text).toContain(s.usbWhen);
        expect(shown[1]!.text).toContain(s.serialWhen);
        expect(shown[2]!.text).toContain(s.bluetoothWhen);
        // With WebUSB, Web Serial and Web Bluetooth every way is a button.
        expect(shown.map((o) => o.buttons)).toEqual([
          [s.usb],
          [s.serial],
          [s.bluetoothLe, s.bluetoothClassic],
        ]);
        expect(shown.flatMap((o) => o.links)).toEqual([]);
        await expect(layoutFaults(page)).resolves.toEqual([]);
        await expect(axeViolations(page)).resolves.toEqual([]);
        // The sheet has a row of its own: as wide as the actions, not squeezed into one grid cell.
        const [sheet, actions] = await Promise.all(
          ['.connect-sheet', 'nav.actions'].map((selector) =>
            page.locator(selector).evaluate((el) => el.getBoundingClientRect().width),
          ),
        );
        expect(sheet).toBe(actions);
        await page.context().close();
      });
    }

    test(`${lang}: in a browser without the device APIs each way says it is not available here and links to e-receipts`, async () => {
      const page = await openSheet(PHONE, lang, true);
      const shown = await options(page);
      expect(shown).toHaveLength(3);
      for (const option of shown) {
        expect(option.buttons).toEqual([]);
        expect(option.text).toContain(s.unavailable);
        expect(option.links).toEqual(['#/ereceipt']);
      }
      await expect(axeViolations(page)).resolves.toEqual([]);
      await page.getByRole('link', { name: s.useEReceipt }).first().click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/ereceipt');
      await page.context().close();
    });
  }
});
