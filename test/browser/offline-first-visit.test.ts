/**
 * "Ready to work offline" holds on the page that says it: after the first visit (and after an accepted
 * update), the network is cut without reloading and every screen, with its lazy chunks and their CSS, opens.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../_util/chromium';
import { buildProduction } from '../_util/build';
import { servePreview } from '../_util/servers';
import { hrefFor } from '../../src/app/router';
import { shellStrings } from '../../src/app/strings';
import { wizardStrings } from '../../src/app/wizard/strings';
import { openEveryScreen } from './screens-helpers';

const shell = shellStrings.en;

let browser: Browser;
// A second version of the app: every script and stylesheet under a new file name (so also new contents where
// they name each other) and a new precache list, as after a real release.
const nextDir = mkdtempSync(join(tmpdir(), 'receipt-rescue-next-'));
const NEXT_NAMES = {
  entryFileNames: 'assets/[name]-next-[hash].js',
  chunkFileNames: 'assets/[name]-next-[hash].js',
  assetFileNames: 'assets/[name]-next-[hash][extname]',
};
beforeAll(async () => {
  browser = await launchChromium();
  await buildProduction(nextDir, { build: { rolldownOptions: { output: NEXT_NAMES } } });
});
afterAll(async () => {
  await browser.close();
  rmSync(nextDir, { recursive: true, force: true });
});

const assetsOf = (dir: string) => new Set(readdirSync(join(dir, 'assets')).map((file) => `/assets/${file}`));

/** Requests that failed (the network is cut, so any request not answered by the service worker). */
function recordFailures(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
  return failed;
}

describe('offline from the first visit', () => {
  test('the page that says "ready to work offline" opens every screen with the network cut, without reloading', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await page.getByText(shell.offlineReady).waitFor();

    await context.setOffline(true);
    const failed = recordFailures(page);
    await openEveryScreen(page);
    expect(failed).toEqual([]);
    await context.close();
  });
});

describe('offline after an update', () => {
  test('once the merchant accepts an update, every screen of the new version opens with the network cut', async () => {
    // Both versions on one origin: the first is served, visited, then replaced by the second on the same port.
    const first = await servePreview(inject('distDir'));
    const port = Number(new URL(first.url).port);
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(first.url);
    await page.getByText(shell.offlineReady).waitFor();
    await first.close();

    const next = await servePreview(nextDir, port);
    try {
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      // Accepting reloads the page once the new version controls it.
      const reloaded = page.waitForEvent('load');
      await page.getByRole('button', { name: shell.updateNow }).click();
      await reloaded;
      await page.getByRole('navigation', { name: shell.actions }).waitFor();

      await context.setOffline(true);
      const failed = recordFailures(page);
      const loaded: string[] = [];
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (/\.(js|css)$/.test(path)) loaded.push(path);
      });
      await openEveryScreen(page);
      expect(failed).toEqual([]);
      // What opened offline is the new version's code: its lazy chunks and their CSS, none of the first's.
      const nextAssets = assetsOf(nextDir);
      const firstAssets = assetsOf(inject('distDir'));
      expect(loaded.length).toBeGreaterThan(0);
      expect(loaded.filter((path) => !nextAssets.has(path))).toEqual([]);
      expect(loaded.filter((path) => firstAssets.has(path))).toEqual([]);
    } finally {
      await context.close();
      await next.close();
    }
  });
});

describe('a screen whose code could not be fetched', () => {
  test('comes back with its styles once the network does, on the same page', async () => {
    // No service worker at all: the page can only fetch the Troubleshoot chunk and its CSS from the network.
    const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await page.getByRole('navigation', { name: shell.actions }).waitFor();

    await context.setOffline(true);
    await page.evaluate((href) => (location.hash = href), hrefFor('wizard'));
    await page.getByRole('alert').getByText(shell.somethingWentWrong).waitFor();

    // Nobody taps "Reload": the screen is tried again when the browser reports the network back.
    await context.setOffline(false);
    await page.getByRole('heading', { name: wizardStrings.en.title, level: 1 }).waitFor();
    // The wizard's own stylesheet applies (it lays its step out as a grid).
    await expect(
      page
        .locator('.wizard-step')
        .first()
        .evaluate((el) => getComputedStyle(el).display),
    ).resolves.toBe('grid');
    await context.close();
  });
});
