import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { fakeUsbScript } from '../_util/fake-devices';
import type { FakeUsbOptions } from '../_util/fake-usb';
import { fixtureText } from '../_util/fixtures';
import { printedText } from './usb-paper';

// Printers sold in Taiwan and Hong Kong: the same ESC/POS Chinese mode, but the font reads Big5. One
// answers GS I 69 with its font's language (the app sets itself up for Big5); a clone that ignores GS I
// is taken for a mainland printer until the merchant picks Big5 in Printer settings.
const TAIWAN_XP58: FakeUsbOptions = {
  vendorId: 0x0483,
  productId: 0x5743,
  serialNumber: 'TW58-000311',
  productName: 'USB Printer P',
  maxTransfer: 4096,
  chineseFont: 'big5',
};
const SILENT_CLONE: FakeUsbOptions = {
  ...TAIWAN_XP58,
  vendorId: 0x0416,
  productId: 0x5011,
  serialNumber: 'HK80-000027',
  productName: 'POS80 Printer',
  statusQueries: ['dle-eot', 'gs-r'],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const handOff = `#/print?receipt=${Buffer.from(fixtureText('tea-restaurant-zh-hk')).toString('base64url')}`;

async function connectUsb(page: Page, language: 'en' | 'zh' = 'en'): Promise<void> {
  await page.goto(inject('appUrl'));
  await page.getByRole('button', { name: language === 'en' ? 'Connect printer' : '连接打印机' }).click();
  await page.getByRole('button', { name: 'USB' }).click();
}

async function printTestPage(page: Page, button: string): Promise<string> {
  await page.evaluate(() => window.fakeUsb.printer.tearOff());
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByText('Test page printed.').waitFor({ timeout: 20_000 });
  return printedText(page);
}

describe('a Big5 (Taiwan / Hong Kong) printer', () => {
  test('that names its Big5 font is set up for it: the note says so, and a Hong Kong receipt prints whole', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript({ content: await fakeUsbScript(TAIWAN_XP58) });
    const page = await context.newPage();
    await connectUsb(page);
    const note = page.getByRole('region', { name: 'Printer settings' });
    await expect
      .poll(() => note.textContent(), { timeout: 15_000 })
      .toContain('Chinese prints in Traditional characters (Big5).');

    const testPage = await printTestPage(page, 'Check with a test page');
    expect(testPage).toContain('中文：收據列印測試 合計 ￥12.50');
    expect(testPage).toContain('Chinese font: yes (TAIWAN BIG-5)');

    await page.evaluate(() => window.fakeUsb.printer.tearOff());
    await page.evaluate((hash) => (location.hash = hash), handOff);
    await page.getByRole('button', { name: 'Print', exact: true }).waitFor();
    // Every character of this receipt is in the printer's font: no warning.
    await expect(page.getByRole('note').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Printed.' }).waitFor({ timeout: 20_000 });
    const receipt = await printedText(page);
    expect(receipt).toContain('金華茶餐廳');
    expect(receipt).toMatch(/合計 +HK\$174\.00/);
    expect(receipt).toContain('港式奶茶（熱）');
    expect(receipt).toContain('多謝光臨，歡迎再來！');
    expect(receipt).not.toContain('?');
    await context.close();
  });

  test('that does not say: the test page garbles, the merchant picks Big5 (in Chinese) and it prints right, also after a reload', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.addInitScript({ content: await fakeUsbScript(SILENT_CLONE) });
    const page = await context.newPage();
    await connectUsb(page, 'zh');
    const note = page.getByRole('region', { name: '打印机设置' });
    await expect.poll(() => note.textContent(), { timeout: 15_000 }).toContain('每行');

    // Taken for a mainland printer: GB18030 bytes, which a Big5 font prints as other characters, from the
    // first one on (the ASCII figures stay).
    await page.evaluate(() => window.fakeUsb.printer.tearOff());
    await note.getByRole('button', { name: '用测试页核对' }).click();
    await page.getByText('测试页已打印。').waitFor({ timeout: 20_000 });
    const garbled = await printedText(page);
    expect(garbled).toMatch(/abcdefghijklmnopqrstuvwxyz[^\n]*\n[^\n]*\n\S+ \S+ \S+12\.50/);
    expect(garbled).not.toContain('中文');
    expect(garbled).not.toContain('小票打印测试');
    expect(garbled).not.toContain('收據列印測試');

    await note.getByRole('link', { name: '更改' }).click();
    const encoding = page.getByLabel('文字编码');
    await encoding.selectOption({ label: '繁体中文（Big5）' });
    await expect(page.locator('#encoding-hint').textContent()).resolves.toBe('用于台湾、香港版打印机。');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();

    for (const reload of [false, true]) {
      if (reload) await page.reload();
      await page.evaluate(() => (location.hash = '#/'));
      await expect.poll(() => note.textContent(), { timeout: 15_000 }).toContain('中文按繁体（Big5）打印。');
      await page.evaluate(() => window.fakeUsb.printer.tearOff());
      await page.getByRole('button', { name: '打印测试页', exact: true }).click();
      await page.getByText('测试页已打印。').waitFor({ timeout: 20_000 });
      const fixed = await printedText(page);
      expect(fixed).toContain('中文：收據列印測試 合計 ￥12.50');
      expect(fixed).toContain('以上各行完整即列印正常。');
    }

    // A mainland receipt handed to the same printer: before printing, the merchant is told which
    // characters its Big5 font lacks, with the e-receipt and the settings one tap away.
    const mainland = `#/print?receipt=${Buffer.from(fixtureText('convenience-store-zh')).toString('base64url')}`;
    await page.evaluate((hash) => (location.hash = hash), mainland);
    const lacking = page.getByRole('note');
    await expect.poll(() => lacking.textContent(), { timeout: 15_000 }).toContain('纸上会印成“?”');
    await expect(lacking.textContent()).resolves.toMatch(/字库里没有本小票中的 \d+ 个字（.*农.*）/);
    await expect(lacking.getByRole('link', { name: '打印机设置' }).isVisible()).resolves.toBe(true);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: 'test-results/big5-unprintable-note.png' });
    await lacking.getByRole('button', { name: '开电子小票' }).click();
    await page.locator('.print-qr .ereceipt-qr svg').waitFor({ timeout: 15_000 });
    await context.close();
  });

  test('the virtual printer set to Big5 loads a Big5 font: its paper shows the Traditional test page', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/virtual`);
    await page.getByRole('button', { name: 'Connect the virtual printer' }).click();
    const note = page.getByRole('region', { name: 'Printer settings' });
    await expect.poll(() => note.textContent(), { timeout: 15_000 }).toContain('80 mm paper');
    await note.getByRole('link', { name: 'Change' }).click();
    await page.getByLabel('Text encoding').selectOption('big5');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.evaluate(() => (location.hash = '#/virtual'));
    await expect.poll(() => note.textContent(), { timeout: 15_000 }).toContain('Big5');
    await page.getByRole('button', { name: 'Print test page', exact: true }).click();
    const paper = page.locator('.paper-svg svg');
    await expect.poll(() => paper.textContent(), { timeout: 20_000 }).toContain('以上各行完整即列印正常。');
    await expect(paper.textContent()).resolves.toContain('中文：收據列印測試 合計 ￥12.50');
    await context.close();
  });
});
