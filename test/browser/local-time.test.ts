/**
 * A tablet in Shanghai prints Shanghai time: the test page with its offset, the sample receipt in the
 * receipt's own words. Chromium runs with the time zone set on the context, as the tablet's settings would.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { hrefFor } from '../../src/app/router';
import { shellStrings } from '../../src/app/strings';
import { printStrings } from '../../src/app/journal/strings';
import { virtualStrings } from '../../src/app/virtual-printer/strings';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const SHANGHAI = 8 * 60;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Shanghai's wall clock at `at`, as ISO text without the zone ("2026-12-02T09:15"). */
function shanghai(at: number): string {
  return new Date(at + SHANGHAI * 60_000).toISOString().slice(0, 16);
}

/** Every minute the clock showed between two moments (a print may straddle a minute). */
function minutesBetween(from: number, to: number): string[] {
  const minutes = new Set<string>();
  for (let at = from; at < to + 60_000; at += 30_000) minutes.add(shanghai(Math.min(at, to)));
  return [...minutes];
}

async function virtualPrinterIn(timezoneId: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId });
  const page = await context.newPage();
  await page.goto(`${inject('appUrl')}/${hrefFor('virtual')}`);
  await page.getByRole('button', { name: virtualStrings.en.connect }).click();
  await page.getByRole('button', { name: shellStrings.en.printTestPage }).waitFor();
  return page;
}

const paperText = async (page: Page) => (await page.locator('.paper-svg').textContent()) ?? '';

describe('local time on paper', () => {
  test('the test page prints the tablet’s local time with its offset, not UTC', async () => {
    const page = await virtualPrinterIn('Asia/Shanghai');
    const from = Date.now();
    await page.getByRole('button', { name: shellStrings.en.printTestPage }).click();
    await expect.poll(() => paperText(page), { timeout: 20_000 }).toContain('TEST PAGE');
    const to = Date.now();
    const stamp = /(\d{4}-\d\d-\d\d) (\d\d:\d\d) ([+-]\d\d:\d\d)/.exec(await paperText(page));
    expect(stamp?.[3]).toBe('+08:00');
    expect(minutesBetween(from, to)).toContain(`${stamp?.[1]}T${stamp?.[2]}`);
    expect(await paperText(page)).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/);
    await page.context().close();
  });

  test('the sample receipt prints the time on the tablet’s clock', async () => {
    const page = await virtualPrinterIn('Asia/Shanghai');
    const from = Date.now();
    await page.getByRole('link', { name: virtualStrings.en.printSample }).click();
    await page.getByRole('button', { name: printStrings.en.print, exact: true }).click();
    await page.getByText(printStrings.en.printed).waitFor({ timeout: 20_000 });
    const to = Date.now();
    await page.evaluate((href) => (location.hash = href), hrefFor('virtual'));
    await expect.poll(() => paperText(page)).toContain('Espresso');
    // English receipts write the time as "2 Dec 2026 09:15".
    const printed = minutesBetween(from, to).map((minute) => {
      const [date, time] = minute.split('T') as [string, string];
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      return `${day} ${MONTHS[month - 1]} ${year} ${time}`;
    });
    const text = (await paperText(page)).replace(/\s+/g, ' ');
    expect(
      printed.some((when) => text.includes(when)),
      `${printed.join(' | ')} in ${text}`,
    ).toBe(true);
    await page.context().close();
  });
});
