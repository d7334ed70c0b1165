import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { fixtureJson } from '../_util/fixtures';
import {
  appWithUsbPrinter,
  handOff,
  holdJournal,
  journalEntries,
  receiptHandOff,
  timesPrinted,
} from './handoff-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const first = fixtureJson('convenience-store-zh');
const second = fixtureJson('cafe-en');

describe('a new hand-off while the print screen shows another receipt', () => {
  test('a tap right after the second hand-off never prints the first; the second is journaled and printed once', async () => {
    const page = await appWithUsbPrinter(browser);
    await handOff(page, receiptHandOff(first));
    const print = page.getByRole('button', { name: 'Print', exact: true });
    await print.waitFor();
    const box = await print.boundingBox();
    if (!box) throw new Error('the Print button has no box');
    const spot = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

    // The next sale is handed over while the journal is busy for a moment (another tab saving a sale); the
    // hurried cashier taps where Print was at once, a real click, and keeps tapping that spot until the
    // screen says the receipt is printing.
    await holdJournal(page, 400);
    await handOff(page, receiptHandOff(second));
    await page.mouse.click(spot.x, spot.y);
    const printed = page.getByRole('status').filter({ hasText: 'Printed.' });
    for (
      let tap = 0;
      tap < 100 && (await page.locator('.print-status:not([data-stage=idle])').count()) === 0;
      tap++
    ) {
      await page.mouse.click(spot.x, spot.y);
      await page.waitForTimeout(50);
    }
    await printed.waitFor({ timeout: 20_000 });
    await expect(page.locator('.ereceipt-preview').textContent()).resolves.toContain(String(second.id));

    expect(await timesPrinted(page, String(second.id))).toBe(1);
    expect(await timesPrinted(page, String(first.id))).toBe(0);
    const states = Object.fromEntries((await journalEntries(page)).map((e) => [e.id, e.state]));
    expect(states[String(second.id)]).toBe('printed');
    // The first sale stays journaled, waiting for paper: it is offered again, never silently dropped.
    expect(states[String(first.id)]).toBe('pending');
    await page.context().close();
  });
});
