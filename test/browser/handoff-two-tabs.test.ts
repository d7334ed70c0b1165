import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { fixtureJson } from '../_util/fixtures';
import type { Page } from 'playwright-core';
import {
  appWithUsbPrinter,
  handOff,
  holdJournalUntilReleased,
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

const receipt = fixtureJson('convenience-store-zh');
/** The last item: on paper only when the whole receipt printed. */
const LAST_ITEM = '南孚电池';

/** Resolves once the page's printer status says Ready. */
const printerReady = (page: Page) =>
  page
    .getByRole('region', { name: 'Printer status' })
    .getByRole('status')
    .filter({ hasText: 'Ready' })
    .waitFor({ timeout: 10_000 });

/**
 * Two tabs of one merchant, each with its printer ready and the same unprinted receipt on its print screen;
 * `init` runs in both before the app (the first tab is reloaded for it).
 */
async function twoTabsOnOneReceipt(init?: string): Promise<[Page, Page]> {
  const first = await appWithUsbPrinter(browser);
  if (init !== undefined) {
    await first.context().addInitScript({ content: init });
    await first.reload();
    await printerReady(first);
  }
  // The second tab finds the printer the merchant already allowed, by itself.
  const second = await first.context().newPage();
  await second.goto(inject('appUrl'));
  await printerReady(second);
  for (const page of [first, second]) {
    await handOff(page, receiptHandOff(receipt));
    await page.getByRole('button', { name: 'Print', exact: true }).waitFor();
  }
  return [first, second];
}

describe('one hand-off open in two tabs', () => {
  test('printed in one tab, a tap on Print in the other prints nothing and says it was printed already', async () => {
    const [first, second] = await twoTabsOnOneReceipt();

    await first.getByRole('button', { name: 'Print', exact: true }).click();
    await first.getByRole('status').filter({ hasText: 'Printed.' }).waitFor({ timeout: 20_000 });
    await second.getByRole('button', { name: 'Print', exact: true }).click();
    await second.getByText('This receipt was printed already').waitFor({ timeout: 20_000 });

    expect((await timesPrinted(first, LAST_ITEM)) + (await timesPrinted(second, LAST_ITEM))).toBe(1);
    const entry = (await journalEntries(second)).find((e) => e.id === receipt.id);
    expect(entry?.state).toBe('printed');
    await first.context().close();
  });

  test('both tabs tap Print at the same instant: the receipt is printed once, and the other tab says so', async () => {
    const [first, second] = await twoTabsOnOneReceipt();
    // The journal is busy for a moment (a third tab saving a sale), so both taps read the receipt while it is
    // still unprinted: two real clicks land together, and the journal lets go once both tabs have acted.
    const release = await holdJournalUntilReleased(first);
    await Promise.all(
      [first, second].map((page) => page.getByRole('button', { name: 'Print', exact: true }).click()),
    );
    // One tab is printing it; the other says another tab has it and offers no Print.
    const status = (page: Page) => page.locator('.print-status').textContent();
    await expect
      .poll(async () => (await Promise.all([status(first), status(second)])).sort(), { timeout: 10_000 })
      .toEqual([
        'Another tab (or the automatic reprint) is printing this receipt, so it is not printed here too.',
        'Printing…',
      ]);
    await release();
    // Once that job has ended, the other tab says it was printed.
    const done = (page: Page) =>
      page
        .locator('.print-status')
        .filter({ hasText: /^(Printed\.|This receipt was printed already.*)$/ })
        .waitFor({ timeout: 20_000 });
    await Promise.all([done(first), done(second)]);

    expect((await timesPrinted(first, LAST_ITEM)) + (await timesPrinted(second, LAST_ITEM))).toBe(1);
    const said = await Promise.all([status(first), status(second)]);
    expect(said.sort()).toEqual(['Printed.', 'This receipt was printed already; it is not printed twice.']);
    for (const page of [first, second])
      await expect(page.getByRole('button', { name: 'Print', exact: true }).count()).resolves.toBe(0);
    const entry = (await journalEntries(second)).find((e) => e.id === receipt.id);
    expect(entry?.state).toBe('printed');
    await first.context().close();
  });

  test('without Web Locks the journal alone decides: both taps read it unprinted, it is printed once', async () => {
    const [first, second] = await twoTabsOnOneReceipt('delete Navigator.prototype.locks;');
    // Both taps read the receipt as unprinted and both go to print it; only the journal's compare-and-set on
    // taking it from `pending` stands between them.
    const release = await holdJournalUntilReleased(first);
    await Promise.all(
      [first, second].map((page) => page.getByRole('button', { name: 'Print', exact: true }).click()),
    );
    for (const page of [first, second]) await page.locator('.print-status[data-stage=printing]').waitFor();
    await release();
    // One tab ends having printed it; the other is back on the receipt, having printed nothing.
    const stage = (page: Page) => page.locator('.print-status').getAttribute('data-stage');
    await expect
      .poll(async () => (await Promise.all([stage(first), stage(second)])).sort(), { timeout: 20_000 })
      .toEqual(['idle', 'printed']);

    expect((await timesPrinted(first, LAST_ITEM)) + (await timesPrinted(second, LAST_ITEM))).toBe(1);
    await expect
      .poll(async () => (await journalEntries(second)).find((e) => e.id === receipt.id)?.state)
      .toBe('printed');
    await first.context().close();
  });
});
