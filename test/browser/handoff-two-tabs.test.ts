import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { fixtureJson } from '../_util/fixtures';
import { appWithUsbPrinter, handOff, journalEntries, receiptHandOff, timesPrinted } from './handoff-helpers';

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

describe('one hand-off open in two tabs', () => {
  test('printed in one tab, a tap on Print in the other prints nothing and says it was printed already', async () => {
    const first = await appWithUsbPrinter(browser);
    // The second tab finds the printer the merchant already allowed, by itself.
    const second = await first.context().newPage();
    await second.goto(inject('appUrl'));
    await second
      .getByRole('region', { name: 'Printer status' })
      .getByRole('status')
      .filter({ hasText: 'Ready' })
      .waitFor({ timeout: 10_000 });
    for (const page of [first, second]) {
      await handOff(page, receiptHandOff(receipt));
      await page.getByRole('button', { name: 'Print', exact: true }).waitFor();
    }

    await first.getByRole('button', { name: 'Print', exact: true }).click();
    await first.getByRole('status').filter({ hasText: 'Printed.' }).waitFor({ timeout: 20_000 });
    await second.getByRole('button', { name: 'Print', exact: true }).click();
    await second.getByText('This receipt was printed already').waitFor({ timeout: 20_000 });

    expect((await timesPrinted(first, LAST_ITEM)) + (await timesPrinted(second, LAST_ITEM))).toBe(1);
    const entry = (await journalEntries(second)).find((e) => e.id === receipt.id);
    expect(entry?.state).toBe('printed');
    await first.context().close();
  });
});
