import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { launchChromium } from '../_util/chromium';
import { ereceiptStrings } from '../../src/app/ereceipt/strings';
import { journalStrings } from '../../src/app/journal/strings';
import { shellStrings } from '../../src/app/strings';
import type { Lang } from '../../src/app/i18n';
import { pngPixels } from './sale-helpers';
import {
  boxOf,
  failToQr,
  go,
  inViewport,
  layoutFaults,
  openSized,
  PHONE,
  PORTRAIT,
  TABLET,
  virtualPaperOut,
  type Viewport,
} from './layout-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** The QR as the customer's phone would read it off the whole screen, without any cropping to the code. */
async function scanScreen(page: Page): Promise<string | undefined> {
  const { width, height, data } = pngPixels(await page.screenshot());
  return jsQR(data, width, height)?.data;
}

/** The link the QR should carry, compared as a URL (the QR carries scheme and host in upper case). */
const sameLink = (scanned: string | undefined, link: string) =>
  scanned !== undefined && new URL(scanned).href === new URL(link).href;

const cases: [string, Viewport, Lang][] = [
  ['landscape tablet', TABLET, 'en'],
  ['portrait tablet', PORTRAIT, 'zh'],
  ['phone', PHONE, 'en'],
  ['phone in Chinese', PHONE, 'zh'],
];

describe('the customer QR after a failed print', () => {
  test.each(cases)(
    'on a %s, with the offline banner showing, the QR and its words are on screen, scannable, and focused',
    async (_, viewport, lang) => {
      const { context, page } = await openSized(browser, viewport, lang);
      await virtualPaperOut(page, lang);
      await page.getByText(shellStrings[lang].offlineReady).waitFor();
      await failToQr(page, `QR-${viewport.width}-${lang}`);

      // Nothing scrolled: the merchant turns the tablet round and the customer scans.
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(await page.getByText(shellStrings[lang].offlineReady).isVisible()).toBe(true);
      const qr = await boxOf(page, '.print-qr .ereceipt-qr');
      expect(inViewport(qr, viewport), `QR at ${JSON.stringify(qr)}`).toBe(true);
      const words = await boxOf(page, `.print-qr p:text-is("${ereceiptStrings[lang].scanHint}")`);
      expect(inViewport(words, viewport), `scan hint at ${JSON.stringify(words)}`).toBe(true);
      expect(inViewport(await boxOf(page, '.print-status'), viewport)).toBe(true);

      const link = await page.locator('.print-qr .ereceipt-link input').inputValue();
      expect(sameLink(await scanScreen(page), link)).toBe(true);
      // A keyboard or screen-reader user is taken to the outcome, not left at the top of the page.
      expect(await page.evaluate(() => document.activeElement?.closest('.print-qr') !== null)).toBe(true);
      expect(await layoutFaults(page)).toEqual([]);
      await context.close();
    },
  );
});

describe("the journal's e-receipt QR", () => {
  test.each([
    ['landscape tablet', TABLET],
    ['phone', PHONE],
  ] as const)('on a %s, it fits its card, keeps one link, and scans from the screen', async (_, viewport) => {
    const { context, page } = await openSized(browser, viewport, 'en');
    await virtualPaperOut(page, 'en');
    await failToQr(page, `JOURNAL-${viewport.width}`);
    await go(page, '#/');
    const item = page.locator('.journal-item').first();
    await item.getByRole('button', { name: journalStrings.en.issueEReceipt }).click();
    const input = item.locator('.ereceipt-link input');
    await input.waitFor();
    const first = await input.inputValue();
    // Journaling the link reloads the list; the QR on screen must not be redrawn with a new signature.
    await page.waitForTimeout(1500);
    expect(await input.inputValue()).toBe(first);

    const card = await boxOf(page, '.journal');
    const qr = await boxOf(page, '.journal .ereceipt-qr');
    expect(
      qr.left >= card.left && qr.right <= card.right,
      `QR ${JSON.stringify(qr)} in card ${JSON.stringify(card)}`,
    ).toBe(true);
    expect(await layoutFaults(page)).toEqual([]);
    await page.locator('.journal .ereceipt-qr').scrollIntoViewIfNeeded();
    expect(sameLink(await scanScreen(page), first)).toBe(true);
    await context.close();
  });
});
