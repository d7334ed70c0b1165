import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, launchPersistentChromium } from '../_util/chromium';
import { servePreview } from '../_util/servers';

const ACTIONS_EN = [
  'Connect printer',
  'Try the virtual printer',
  'Print test page',
  'Issue e-receipt',
  'Fault log',
  'Troubleshoot',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function openApp(context: BrowserContext, url = inject('appUrl')): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('status').first().waitFor();
  return page;
}

describe('app shell', () => {
  test('the production build shows the status area and every key action by its English name', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await openApp(context);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('Not connected');
    for (const name of ACTIONS_EN) {
      const count = await page.getByRole('button', { name }).or(page.getByRole('link', { name })).count();
      expect(count, name).toBe(1);
    }
    await context.close();
  });

  test('a Chinese browser gets Chinese; the switch changes the text and survives a reload', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await openApp(context);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.getByRole('link', { name: '故障记录' }).isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('link', { name: 'Fault log' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');

    await page.reload();
    await page.getByRole('link', { name: 'Fault log' }).waitFor();
    await expect(page.getByText('故障记录').count()).resolves.toBe(0);
    await context.close();
  });

  test('touch targets of the home screen are at least 44 px in portrait and landscape', async () => {
    for (const viewport of [
      { width: 800, height: 1280 },
      { width: 1280, height: 800 },
    ]) {
      const context = await browser.newContext({ locale: 'en-US', viewport });
      const page = await openApp(context);
      const small = await page.$$eval('button, a', (elements) =>
        elements
          .map((el) => ({ text: el.textContent?.trim(), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ text, box }) => `${text}: ${box.width}x${box.height}`),
      );
      expect(small, JSON.stringify(viewport)).toEqual([]);
      await context.close();
    }
  });
});

describe('offline and installable', () => {
  test('after one online visit, the app reloads with the network cut and the server stopped', async () => {
    // Its own server on its own port, so stopping it cannot disturb other tests.
    const server = await servePreview(inject('distDir'));
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await openApp(context, server.url);
    await page.getByText('Ready to work offline').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

    await context.setOffline(true);
    await server.close();
    await page.reload();
    await page.getByRole('link', { name: 'Fault log' }).waitFor();
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('Not connected');

    const viaWorker = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    expect(viaWorker).toBe(true);
    await context.close();
  });

  test('the manifest is valid and Chromium reports no installability errors', async () => {
    const context = await launchPersistentChromium();
    try {
      const page = await context.newPage();
      await page.goto(inject('appUrl'));
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      const manifest = (await (
        await page.request.get(`${inject('appUrl')}/manifest.webmanifest`)
      ).json()) as {
        name: string;
        display: string;
        icons: { sizes: string; purpose: string }[];
      };
      expect(manifest.name).toMatch(/小票急救.*Receipt Rescue/);
      expect(manifest.display).toBe('standalone');
      expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
        expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
      );
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
