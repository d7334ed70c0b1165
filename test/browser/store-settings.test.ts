import { DB_VERSION } from '../../src/store/db';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { hrefFor } from '../../src/app/router';
import { shellStrings } from '../../src/app/strings';
import { ereceiptStrings } from '../../src/app/ereceipt/strings';
import { shopStrings } from '../../src/app/ereceipt/shop-strings';
import { virtualStrings } from '../../src/app/virtual-printer/strings';
import { printStrings } from '../../src/app/journal/strings';

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
      (newer) =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('receipt-rescue', newer);
          request.onsuccess = () => {
            request.result.close();
            resolve(newer);
          };
          request.onerror = () => reject(request.error ?? new Error('open failed'));
        }),
      DB_VERSION + 1,
    );
    expect(version).toBe(DB_VERSION + 1);
    const alert = page.locator('.store-notice');
    await expect.poll(() => alert.getAttribute('data-notice')).toBe('version-changed');
    await expect(alert.textContent()).resolves.toContain('另一个标签页打开了新版本的应用');
    await expect(alert.getByRole('button', { name: '刷新' }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('the shop profile and the e-receipt key on paper', () => {
  const shop = {
    name: 'Corner Cafe',
    address: '1 Example Road, Xuhui',
    phone: '021-5555 0100',
    taxId: '91310000MA1K000001',
    footer: 'Thank you, see you soon!',
  };

  async function printTestPage(page: Page): Promise<string> {
    await page.goto(`${inject('appUrl')}/${hrefFor('virtual')}`);
    const connect = page.getByRole('button', { name: virtualStrings.en.connect });
    const print = page.getByRole('button', { name: shellStrings.en.printTestPage });
    await connect.or(print).first().waitFor();
    if (await connect.isVisible()) await connect.click();
    const paper = page.locator('.paper-svg');
    const before = (await paper.count()) ? ((await paper.textContent()) ?? '') : '';
    await print.click();
    await expect
      .poll(async () => ((await paper.textContent()) ?? '').split('TEST PAGE').length, { timeout: 20_000 })
      .toBe(before.split('TEST PAGE').length + 1);
    return ((await paper.textContent()) ?? '').split('TEST PAGE').at(-1)!;
  }

  test('saved in settings, the profile survives a reload: the e-receipt form starts from it, its receipt carries it, and the test page prints the shop name and the fingerprint the customer’s viewer shows', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/${hrefFor('settings')}`);
    const section = page.getByRole('region', { name: shopStrings.en.title });
    for (const key of ['name', 'address', 'phone', 'taxId', 'footer'] as const) {
      await section.getByLabel(shopStrings.en[key], { exact: true }).fill(shop[key]);
    }
    await section.getByRole('button', { name: shopStrings.en.save }).click();
    await section.getByText(shopStrings.en.saved).waitFor();
    // The key is read (or made) after the screen opens: wait for its fingerprint to be shown.
    const shownFingerprint = async () =>
      /fingerprint ([0-9A-F]{4}-[0-9A-F]{4})\./.exec(
        (await section.getByTestId('key-fingerprint').textContent()) ?? '',
      )?.[1];
    await expect.poll(shownFingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    const fingerprint = await shownFingerprint();

    await page.reload();
    await expect.poll(() => section.getByLabel(shopStrings.en.address).inputValue()).toBe(shop.address);
    await page.evaluate((href) => (location.hash = href), hrefFor('ereceipt'));
    // The settings screen has a "Shop name" field too: wait for the form's own.
    await page.getByLabel(ereceiptStrings.en.amount).waitFor();
    const shopName = page.getByLabel(ereceiptStrings.en.shopName);
    await expect.poll(() => shopName.inputValue()).toBe(shop.name);
    await page.getByLabel(ereceiptStrings.en.amount).fill('12.50');
    await page.getByRole('button', { name: ereceiptStrings.en.issue }).click();
    const link = await page.getByLabel(ereceiptStrings.en.linkLabel).inputValue();

    const phone = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await phone.goto(link);
    await expect(phone.getByRole('status').textContent()).resolves.toContain(
      `signed by the device with fingerprint ${fingerprint}.`,
    );
    const receipt = (await phone.locator('.rr-paper').innerText()).replace(/\s+/g, ' ');
    for (const text of [shop.name, shop.address, shop.phone, shop.taxId, shop.footer])
      expect(receipt).toContain(text);
    await phone.context().close();

    const testPage = await printTestPage(page);
    expect(testPage).toContain(shop.name);
    expect(testPage).toContain(`E-receipt device fingerprint: ${fingerprint}`);

    // Turned off in settings, the fingerprint leaves the test page; the shop name stays.
    await page.goto(`${inject('appUrl')}/${hrefFor('settings')}`);
    const onTestPage = section.getByRole('checkbox', { name: shopStrings.en.keyOnTestPage });
    await expect.poll(() => onTestPage.isChecked()).toBe(true);
    await onTestPage.uncheck();
    // The section says when the choice is on disk; a reload before that could lose it.
    await section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.reload();
    await expect.poll(() => onTestPage.isChecked()).toBe(false);
    const plain = await printTestPage(page);
    expect(plain).toContain(shop.name);
    expect(plain).not.toContain('fingerprint');
    await context.close();
  });
  test('asked for in settings (off by default), the key fingerprint is printed at the foot of receipts', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/${hrefFor('settings')}`);
    const section = page.getByRole('region', { name: shopStrings.en.title });
    const onReceipts = section.getByRole('checkbox', { name: shopStrings.en.keyOnReceipts });
    await expect(onReceipts.isChecked()).resolves.toBe(false);
    await onReceipts.check();
    await section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    // The key is read (or made) after the screen opens: wait for its fingerprint to be shown.
    const shownFingerprint = async () =>
      /fingerprint ([0-9A-F]{4}-[0-9A-F]{4})\./.exec(
        (await section.getByTestId('key-fingerprint').textContent()) ?? '',
      )?.[1];
    await expect.poll(shownFingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    const fingerprint = await shownFingerprint();

    await page.goto(`${inject('appUrl')}/${hrefFor('virtual')}`);
    await page.getByRole('button', { name: virtualStrings.en.connect }).click();
    await page.getByRole('link', { name: virtualStrings.en.printSample }).click();
    await page.getByRole('button', { name: printStrings.en.print, exact: true }).click();
    await page.getByText(printStrings.en.printed).waitFor({ timeout: 20_000 });
    await page.evaluate((href) => (location.hash = href), hrefFor('virtual'));
    const paper = page.locator('.paper-svg');
    await expect.poll(async () => (await paper.textContent()) ?? '').toContain('Espresso');
    await expect(paper.textContent()).resolves.toContain(`E-receipt device fingerprint ${fingerprint}`);
    await context.close();
  });
});
