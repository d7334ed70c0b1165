/**
 * Helpers of the layout and accessibility browser tests: one page per viewport and language, the virtual
 * printer with its paper pulled out, a hand-off that fails into the e-receipt QR, and what the page shows
 * that a merchant would notice as broken (a page wider than the screen, text cut off by its box).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { fixtureJson } from '../_util/fixtures';
import type { Lang } from '../../src/app/i18n';
import { virtualStrings } from '../../src/app/virtual-printer/strings';
import { journalStrings } from '../../src/app/journal/strings';
import { hrefFor, ROUTE_NAMES } from '../../src/app/router';

/** The sizes the shop's screens come in: a landscape and a portrait 10" tablet, and a phone. */
export const TABLET = { width: 1024, height: 768 } as const;
export const PORTRAIT = { width: 768, height: 1024 } as const;
export const PHONE = { width: 390, height: 844, scale: 2 } as const;
/** A screen in CSS pixels, and its device pixels per CSS pixel (a phone's screen is sharper than 1). */
export type Viewport = { readonly width: number; readonly height: number; readonly scale?: number };

/** A fresh context whose browser prefers `lang`, and its page. */
export async function openSized(
  browser: Browser,
  viewport: Viewport,
  lang: Lang,
  options: { bypassCSP?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    ...options,
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: viewport.scale ?? 1,
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
  });
  return { context, page: await context.newPage() };
}

/** Moves the app to another route without reloading it (the printer session stays connected). */
export const go = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);

/** Waits until the current screen's code has loaded and drawn its first heading. */
export async function screenReady(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.locator('.screen-loading').waitFor({ state: 'detached' });
}

/** Opens the app at the virtual printer, connects it and pulls its paper out. */
export async function virtualPaperOut(page: Page, lang: Lang): Promise<void> {
  const v = virtualStrings[lang];
  await page.goto(`${inject('appUrl')}/#/virtual`);
  await page.getByRole('button', { name: v.connect }).click();
  await page.getByRole('switch', { name: v.paperOut }).check();
}

/** The hand-off route of the standard receipt under another receipt number. */
export function handOffHash(id: string): string {
  const receipt = { ...fixtureJson('convenience-store-zh'), id };
  return `#/print?receipt=${Buffer.from(JSON.stringify(receipt)).toString('base64url')}`;
}

/** Hands receipt `id` over and taps Print with no paper: resolves once the customer's QR is showing. */
export async function failToQr(page: Page, id: string): Promise<void> {
  await go(page, handOffHash(id));
  await page.locator('.print-status[data-stage="idle"]').waitFor();
  await page.locator('.print-screen .action.primary:not([disabled])').click();
  await page.locator('.print-status[data-stage="failed"]').waitFor({ timeout: 15_000 });
  await page.locator('.print-qr:not([hidden]) .ereceipt-qr svg').waitFor();
}

/**
 * What a merchant would see as broken: the page scrolling sideways, and text cut off by a box that hides its
 * overflow or ends it with an ellipsis (form fields scroll their own text, and are left out).
 */
export function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}`;
    const faults: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > innerWidth)
      faults.push(`the page is ${root.scrollWidth} px wide in ${innerWidth}`);
    for (const el of document.body.querySelectorAll('*')) {
      if (el.matches('input, textarea, select, svg, svg *, .visually-hidden')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      if (hides && el.scrollWidth > el.clientWidth + 1)
        faults.push(`${name(el)} cuts its text: ${el.scrollWidth} px in ${el.clientWidth}`);
    }
    return faults;
  });
}

/** The box of the first element matching `selector`, in viewport coordinates. */
export async function boxOf(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const { top, left, bottom, right } = el.getBoundingClientRect();
      return { top, left, bottom, right };
    });
}

/** Whether a box lies wholly inside the viewport (what is on screen without scrolling). */
export function inViewport(
  box: { top: number; left: number; bottom: number; right: number },
  viewport: Viewport,
): boolean {
  return box.top >= 0 && box.left >= 0 && box.bottom <= viewport.height && box.right <= viewport.width;
}

/** A screen reached by `walkScreens`: its name, and the page showing it. */
export type Visit = (where: string, page: Page) => Promise<void>;

/**
 * Shows every screen a merchant or customer can reach, one after the other in one page (the customer's
 * viewer in a second one), and calls `visit` on each: every route of the app with the virtual printer out
 * of paper, the print screen after a failure with its QR, home with receipts waiting (list unfolded), and
 * the viewer opening that failure's signed link.
 */
export async function walkScreens(page: Page, lang: Lang, visit: Visit): Promise<void> {
  await virtualPaperOut(page, lang);
  for (const route of ROUTE_NAMES) {
    await go(page, hrefFor(route));
    await screenReady(page);
    await visit(route, page);
  }
  await failToQr(page, `WALK-${lang}-1`);
  await visit('print-failure', page);
  const link = await page.locator('.print-qr .ereceipt-link input').inputValue();
  await failToQr(page, `WALK-${lang}-2`);
  await go(page, hrefFor('home'));
  await page.getByRole('button', { name: journalStrings[lang].showWaiting }).click();
  await page.locator('.journal-item').first().waitFor();
  await visit('home-waiting', page);

  const phone = await page.context().newPage();
  await phone.goto(link);
  await phone.locator('.rv-status').waitFor();
  await visit('viewer', phone);
  await phone.close();
}
