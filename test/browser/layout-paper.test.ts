import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { shellStrings } from '../../src/app/strings';
import { virtualStrings } from '../../src/app/virtual-printer/strings';
import { layoutFaults, openSized, PHONE, TABLET, type Viewport } from './layout-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** How the paper is drawn: on-screen pixels per printer dot across and down, and where its scroller is. */
function paperView(page: Page) {
  return page.locator('.virtual-paper .paper-svg').evaluate((roll) => {
    const svg = roll.querySelector('svg')!;
    const box = svg.getBoundingClientRect();
    return {
      across: box.width / svg.viewBox.baseVal.width,
      down: box.height / svg.viewBox.baseVal.height,
      pages: (svg.textContent ?? '').split('TEST PAGE').length - 1,
      scrolls: roll.scrollHeight > roll.clientHeight,
      atEnd: roll.scrollTop + roll.clientHeight >= roll.scrollHeight - 1,
    };
  });
}

test.each([
  ['landscape tablet', TABLET],
  ['phone', PHONE],
] as [string, Viewport][])(
  'on a %s, three test pages keep the scale of the first, scroll, and show the newest',
  async (_, viewport) => {
    const { context, page } = await openSized(browser, viewport, 'en');
    await page.goto(`${inject('appUrl')}/#/virtual`);
    await page.getByRole('button', { name: virtualStrings.en.connect }).click();
    const print = page.locator('.try-it').getByRole('button', { name: shellStrings.en.printTestPage });
    await print.click();
    await expect.poll(async () => (await paperView(page)).pages, { timeout: 15_000 }).toBe(1);
    const first = await paperView(page);
    await print.click();
    await expect.poll(async () => (await paperView(page)).pages, { timeout: 15_000 }).toBe(2);
    await print.click();
    await expect.poll(async () => (await paperView(page)).pages, { timeout: 15_000 }).toBe(3);

    const third = await paperView(page);
    expect(third.across).toBeCloseTo(first.across, 3);
    // Drawn in proportion: nothing squeezed to fit the box.
    expect(third.down).toBeCloseTo(third.across, 2);
    expect(third.scrolls).toBe(true);
    expect(third.atEnd).toBe(true);
    expect(await layoutFaults(page)).toEqual([]);
    await context.close();
  },
);
