/**
 * Size budgets, measured on what Chromium really downloads from the production build (sizes only, never
 * times). A change that breaks one fails with the figure and the budget in the message.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { describeShipped, recordShipped, sumGzip } from '../_util/shipped';
import { fixtureJson } from '../_util/fixtures';
import { encodeReceiptPayload } from '../../src/receipt/link/encode';
import { generateSigningKeyPair, signerFromKeyPair } from '../../src/receipt/sign';
import { validateReceipt } from '../../src/receipt/validate';

const KB = 1024;
const APP_FIRST_SCREEN_JS = 60 * KB;
const VIEWER_JS = 10 * KB;
const VIEWER_FIRST_LOAD = 30 * KB;

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

test('the e-receipt viewer ships at most 10 KB of gzipped JavaScript, 30 KB in all, and none of the merchant app', async () => {
  const page = await browser.newPage();
  const shipped = recordShipped(page, inject('distDir'));
  // The standard receipt, signed: the link a customer scans.
  const receipt = validateReceipt(fixtureJson('convenience-store-zh'));
  const signer = await signerFromKeyPair(await generateSigningKeyPair());
  await page.goto(`${inject('appUrl')}/#${await encodeReceiptPayload(receipt, { signer })}`);
  await page.getByRole('status').waitFor();
  await page.waitForLoadState('networkidle');
  const files = shipped();
  // Everything counts, the page's entry included: it is what the phone downloads and runs.
  const js = sumGzip(files, 'js');
  const all = sumGzip(files);
  const detail = describeShipped(files);
  expect(js, `viewer JS is ${js} B gzipped, budget ${VIEWER_JS} B (${detail})`).toBeLessThanOrEqual(
    VIEWER_JS,
  );
  expect(
    all,
    `viewer first load is ${all} B gzipped, budget ${VIEWER_FIRST_LOAD} B (${detail})`,
  ).toBeLessThanOrEqual(VIEWER_FIRST_LOAD);
  expect(await page.locator('.app-bar').count(), 'the merchant app must not render in the viewer').toBe(0);
  expect(
    files.some((file) => /printer|store|wizard|hooks/.test(file.path)),
    detail,
  ).toBe(false);
  await page.close();
});
