import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { fakeUsbScript } from '../_util/fake-devices';
import type { FakeUsbOptions } from '../_util/fake-usb';
import { fixtureText } from '../_util/fixtures';
import { ruler } from '../../src/printer/test-page';
import { printedLines } from './usb-paper';
import { printerStatusText } from './fake-printer-app';

// An Xprinter XP-T58H as its USB descriptor reads (0483:5743, "USB Printer P"): a 58 mm printer the app
// must recognise from the model table. The fake's virtual printer has an 80 mm head, so a line laid out
// too wide for 58 mm shows up on its paper instead of being wrapped.
const XP58: FakeUsbOptions = {
  vendorId: 0x0483,
  productId: 0x5743,
  serialNumber: '00000000051C',
  productName: 'USB Printer P',
  maxTransfer: 4096,
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const handOff = `#/print?receipt=${Buffer.from(fixtureText('convenience-store-zh')).toString('base64url')}`;

/** Prints the test page with a tap on `button` (the note's own, or home's once the note has collapsed). */
async function printTestPage(page: Page, button: string): Promise<void> {
  await page.evaluate(() => window.fakeUsb.printer.tearOff());
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByText('Test page printed.').waitFor({ timeout: 20_000 });
}

describe('a 58 mm USB printer', () => {
  test('is recognised by vendor/product and prints within 32 columns; 80 mm survives a reload; a custom width must sit on the 8-dot grid', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript({ content: await fakeUsbScript(XP58) });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await page.getByRole('button', { name: 'Connect printer' }).click();
    await page.getByRole('button', { name: 'USB' }).click();
    await expect.poll(() => printerStatusText(page), { timeout: 10_000 }).toContain('Ready');

    // The merchant sees the width the app picked.
    const note = page.getByRole('region', { name: 'Printer settings' });
    await expect.poll(() => note.textContent()).toContain('58 mm paper, 32 characters a line');
    await expect(note.textContent()).resolves.toContain('Xprinter XP-58');

    // The test page's ruler fills exactly one 32-column line.
    await printTestPage(page, 'Check with a test page');
    const rulers = (await printedLines(page)).filter((l) => l.text.startsWith('|'));
    expect(rulers.map((l) => l.columns)).toEqual([32, 32, 32]);

    // A receipt handed over by URL prints within 32 columns (CJK counting two), in writes of at most the
    // XP-58 profile's chunk size.
    await page.evaluate(() => window.fakeUsb.printer.tearOff());
    const transfersBefore = await page.evaluate(() => window.fakeUsb.transfers.length);
    await page.evaluate((hash) => (location.hash = hash), handOff);
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Printed.' }).waitFor({ timeout: 20_000 });
    const receiptLines = await printedLines(page);
    expect(receiptLines.length).toBeGreaterThan(10);
    expect(Math.max(...receiptLines.map((l) => l.columns))).toBe(32);
    const transfers = await page.evaluate((n) => window.fakeUsb.transfers.slice(n), transfersBefore);
    expect(Math.max(...transfers)).toBeLessThanOrEqual(256);

    // Printer settings: change to 80 mm, save, reload: remembered for this printer.
    await page.evaluate(() => (location.hash = '#/printer'));
    await page.getByText('Recognised as Xprinter XP-58.').waitFor();
    await page.getByLabel('80 mm (48 characters a line)').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.reload();
    await page.getByText('Set by you.').waitFor({ timeout: 10_000 });
    await expect(page.getByLabel('80 mm (48 characters a line)').isChecked()).resolves.toBe(true);
    await page.evaluate(() => (location.hash = '#/'));
    await expect
      .poll(() => note.textContent(), { timeout: 10_000 })
      .toContain('80 mm paper, 48 characters a line');
    await printTestPage(page, 'Print test page');
    const wide = (await printedLines(page)).filter((l) => l.text.startsWith('|'));
    expect(wide.map((l) => l.columns)).toEqual([48, 48, 48]);

    // A custom width: refused off the 8-dot grid, then 432 dots (54 mm) gives 36 columns.
    await note.getByRole('link', { name: 'Change' }).click();
    await page.getByLabel('Other width').check();
    const dots = page.getByLabel('Printable width in dots');
    await dots.fill('430');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').filter({ hasText: 'from 192 to 832 dots, in steps of 8' }).waitFor();
    await dots.fill('432');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.evaluate(() => (location.hash = '#/'));
    await expect.poll(() => note.textContent()).toContain('432-dot paper, 36 characters a line');
    await printTestPage(page, 'Print test page');
    const custom = (await printedLines(page)).filter((l) => l.text.startsWith('|'));
    expect(custom.map((l) => l.columns)).toEqual([36, 36, 36]);
    await context.close();
  });

  test('the virtual printer set to 58 mm prints on a 384-dot roll, also after a reload', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/virtual`);
    await page.getByRole('button', { name: 'Connect the virtual printer' }).click();
    const note = page.getByRole('region', { name: 'Printer settings' });
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toContain('80 mm paper, 48 characters');
    await note.getByRole('link', { name: 'Change' }).click();
    await page.getByText('Virtual printer · The app’s own printer, for trying things out.').waitFor();
    await page.getByLabel('58 mm (32 characters a line)').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    for (const reload of [false, true]) {
      if (reload) await page.reload();
      await page.evaluate(() => (location.hash = '#/virtual'));
      await expect
        .poll(() => note.textContent(), { timeout: 10_000 })
        .toContain('58 mm paper, 32 characters');
      await page.getByRole('button', { name: 'Print test page', exact: true }).click();
      // The page ends with a ruler and a closing line: wait for the last one on the paper view.
      const paper = page.locator('.paper-svg svg');
      await expect.poll(() => paper.textContent(), { timeout: 20_000 }).toContain('the printer is OK.');
      await expect(paper.getAttribute('width')).resolves.toBe('384');
      await expect(paper.textContent()).resolves.toContain(ruler(32));
      await expect(paper.textContent()).resolves.not.toContain(ruler(48));
    }

    // Back to automatic: the virtual printer's own 80 mm roll again.
    await note.getByRole('link', { name: 'Change' }).click();
    await page.getByText('Set by you.').waitFor();
    await page.getByRole('button', { name: 'Back to automatic' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.evaluate(() => (location.hash = '#/virtual'));
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toContain('80 mm paper, 48 characters');
    await page.getByRole('button', { name: 'Tear off' }).click();
    await page.getByRole('button', { name: 'Check with a test page' }).click();
    await page.getByText('Test page printed.').waitFor({ timeout: 20_000 });
    await expect(page.locator('.paper-svg svg').getAttribute('width')).resolves.toBe('576');
    await context.close();
  });

  test('in Chinese, the note and the settings screen speak Chinese', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.addInitScript({ content: await fakeUsbScript(XP58) });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await page.getByRole('button', { name: '连接打印机' }).click();
    await page.getByRole('button', { name: 'USB' }).click();
    const note = page.getByRole('region', { name: '打印机设置' });
    await expect
      .poll(() => note.textContent(), { timeout: 10_000 })
      .toContain('按 58 毫米纸打印，每行 32 个字符。测试页上的标尺应正好占满一行。');
    await note.getByRole('link', { name: '更改' }).click();
    await page.getByText('已识别为 Xprinter XP-58。').waitFor();
    await expect(page.getByLabel('58 毫米（每行 32 个字符）').isChecked()).resolves.toBe(true);
    await context.close();
  });

  test('"The ruler fits" keeps the profile: the note shrinks to the width in use, also after a reload', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript({ content: await fakeUsbScript(XP58) });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await page.getByRole('button', { name: 'Connect printer' }).click();
    await page.getByRole('button', { name: 'USB' }).click();
    const note = page.getByRole('region', { name: 'Printer settings' });
    await note.getByRole('button', { name: 'The ruler fits: keep this' }).click();
    for (const reload of [false, true]) {
      if (reload) await page.reload();
      await expect
        .poll(() => note.textContent(), { timeout: 10_000 })
        .toBe('Xprinter XP-58 · Printing on 58 mm paper, 32 characters a line. Change');
      await expect(note.getByRole('button').count()).resolves.toBe(0);
    }
    await note.getByRole('link', { name: 'Change' }).click();
    await page.getByText('Recognised as Xprinter XP-58. Set by you.').waitFor();
    await context.close();
  });
});
