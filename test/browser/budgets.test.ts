/**
 * Size budgets, measured on what Chromium really downloads from the production build (sizes only, never
 * times). A change that breaks one fails with the figure and the budget in the message.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { describeShipped, recordShipped, sumGzip } from '../_util/shipped';

const KB = 1024;
const APP_FIRST_SCREEN_JS = 60 * KB;
const VIEWER_JS = 10 * KB;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

test('the merchant app ships at most 60 KB of gzipped JavaScript for its first screen', async () => {
  const page = await browser.newPage();
  const shipped = recordShipped(page, inject('distDir'));
  await page.goto(inject('appUrl'));
  await page.locator('.status-area').waitFor();
  await page.waitForLoadState('networkidle');
  const files = shipped();
  const js = sumGzip(files, 'js');
  expect(
    js,
    `first-screen JS is ${js} B gzipped, budget ${APP_FIRST_SCREEN_JS} B (${describeShipped(files)})`,
  ).toBeLessThanOrEqual(APP_FIRST_SCREEN_JS);
  await page.close();
});

test('the e-receipt viewer ships at most 10 KB of gzipped JavaScript and none of the merchant app', async () => {
  const page = await browser.newPage();
  const shipped = recordShipped(page, inject('distDir'));
  // Any fragment not starting with "/" is a receipt link; a damaged one still loads the whole viewer.
  await page.goto(`${inject('appUrl')}/#0DAMAGED`);
  await page.waitForLoadState('networkidle');
  const files = shipped();
  const js = sumGzip(files, 'js');
  expect(
    js,
    `viewer JS is ${js} B gzipped, budget ${VIEWER_JS} B (${describeShipped(files)})`,
  ).toBeLessThanOrEqual(VIEWER_JS);
  expect(await page.locator('.app-bar').count(), 'the merchant app must not render in the viewer').toBe(0);
  await page.close();
});
