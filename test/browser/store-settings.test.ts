import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../_util/chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('storage as the merchant sees it', () => {
  test('settings say whether data is kept and how much space the app uses', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/settings`);
    const kept = page.getByTestId('storage-persistence');
    await expect.poll(() => kept.getAttribute('data-state')).not.toBe('pending');
    await expect(kept.textContent()).resolves.toMatch(/^(Kept|Not guaranteed|This browser does not say)/);
    await expect
      .poll(() => page.getByTestId('storage-use').textContent())
      .toMatch(/^Space used: \d+\.\d (MB|GB) of \d+\.\d (MB|GB) available to the app\.$/);
    await context.close();
  });

  test('when a newer version opens in another tab, the home screen says to reload (Chinese)', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    // Visiting the fault log opens the database; the connection stays open back on the home screen.
    await page.goto(`${inject('appUrl')}/#/faults`);
    await page.getByText('暂无故障记录', { exact: false }).waitFor();
    await page.goto(`${inject('appUrl')}/#/`);
    await page.locator('.status-area').waitFor();

    const other = await context.newPage();
    await other.goto(`${inject('appUrl')}/manifest.webmanifest`);
    const version = await other.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('receipt-rescue', 3);
          request.onsuccess = () => {
            request.result.close();
            resolve(3);
          };
          request.onerror = () => reject(request.error ?? new Error('open failed'));
        }),
    );
    expect(version).toBe(3);
    const alert = page.locator('.store-notice');
    await expect.poll(() => alert.getAttribute('data-notice')).toBe('version-changed');
    await expect(alert.textContent()).resolves.toContain('另一个标签页打开了新版本的应用');
    await expect(alert.getByRole('button', { name: '刷新' }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});
