import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { fixtureJson } from '../_util/fixtures';
import type * as Lib from '../../src/lib';
import type * as Text from '../../src/escpos/interpreter/render-text';
import type * as Virtual from '../../src/escpos/virtual-printer';
import type * as Transport from '../../src/transport/virtual';
import type * as Journal from '../../src/store/journal';
import { blankPage, inPage } from './store-helpers';
import { appWithUsbPrinter, handOff, journalEntries, receiptHandOff, timesPrinted } from './handoff-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Receipt A, the one journaled first. */
const saved = fixtureJson('convenience-store-zh');
const id = String(saved.id);
/** Its last item: on paper only when A printed. */
const SAVED_ITEM = '南孚电池';
/** Receipt B: another sale that the till sent under A's number. */
const offered = { ...fixtureJson('cafe-en'), id };
const OFFERED_ITEM = 'Croissant';

const printerStatus = (page: Page, text: string) =>
  page
    .getByRole('region', { name: /Printer status|打印机状态/ })
    .getByRole('status')
    .filter({ hasText: text })
    .waitFor({ timeout: 10_000 });

async function entry(page: Page) {
  const found = (await journalEntries(page)).find((e) => e.id === id) as
    | {
        state: string;
        receipt: { items: { name: string }[] };
        conflicts?: { code: string; receipt: { items: { name: string }[] }; choice: string | null }[];
      }
    | undefined;
  if (!found) throw new Error(`receipt ${id} is not in the journal`);
  return {
    state: found.state,
    items: found.receipt.items.map((i) => i.name),
    conflicts: (found.conflicts ?? []).map((c) => ({
      code: c.code,
      items: c.receipt.items.map((i) => i.name),
      choice: c.choice,
    })),
  };
}

describe('a different receipt handed over under a receipt number the journal already holds', () => {
  test('after A failed on paper, B under its number shows both as paper and prints nothing; the merchant prints A', async () => {
    const page = await appWithUsbPrinter(browser);
    await page.evaluate(() => window.fakeUsb.printer.setFault('paper-out', true));
    await printerStatus(page, 'Cannot print');
    await handOff(page, receiptHandOff(saved));
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await page.locator('.ereceipt-qr svg').waitFor({ timeout: 10_000 });
    // The merchant prints by hand here, so paper coming back does not print A by itself.
    await handOff(page, '#/');
    await page
      .getByRole('checkbox', { name: 'Print failed receipts again automatically when the printer is ready' })
      .uncheck();
    await page.evaluate(() => window.fakeUsb.printer.setFault('paper-out', false));
    await printerStatus(page, 'Ready');

    await handOff(page, receiptHandOff(offered));
    await page
      .getByRole('alert')
      .filter({ hasText: `Receipt number ${id} is already used` })
      .waitFor();
    const savedPaper = page.locator('.id-conflict-saved .ereceipt-preview');
    const offeredPaper = page.locator('.id-conflict-offered .ereceipt-preview');
    await expect(savedPaper.innerText()).resolves.toContain(SAVED_ITEM);
    await expect(savedPaper.innerText()).resolves.not.toContain(OFFERED_ITEM);
    await expect(offeredPaper.innerText()).resolves.toContain(OFFERED_ITEM);
    await expect(page.getByRole('button', { name: 'Print', exact: true }).count()).resolves.toBe(0);
    // Side by side on the tablet's screen.
    const [left, right] = [await savedPaper.boundingBox(), await offeredPaper.boundingBox()];
    expect(left && right && left.x + left.width <= right.x && Math.abs(left.y - right.y) < 2).toBe(true);
    expect(await entry(page)).toEqual({
      state: 'e-receipt-issued',
      items: (saved.items as { name: string }[]).map((i) => i.name),
      conflicts: [{ code: 'id-taken', items: ['Espresso', OFFERED_ITEM], choice: null }],
    });
    expect(await timesPrinted(page, SAVED_ITEM)).toBe(0);

    await page.getByRole('button', { name: 'Print the saved receipt' }).click();
    await page.getByRole('status').filter({ hasText: 'Printed.' }).waitFor({ timeout: 20_000 });
    expect(await timesPrinted(page, SAVED_ITEM)).toBe(1);
    expect(await timesPrinted(page, OFFERED_ITEM)).toBe(0);
    const after = await entry(page);
    expect(after.state).toBe('reprinted');
    expect(after.conflicts).toEqual([
      { code: 'id-taken', items: ['Espresso', OFFERED_ITEM], choice: 'printed-saved' },
    ]);
    await page.context().close();
  });

  test('在中文界面：放弃新小票后什么都不打印；同一张小票（字段顺序不同）再次传来仍显示“已经打印过”', async () => {
    const page = await appWithUsbPrinter(browser, 'zh-CN');
    await handOff(page, receiptHandOff(saved));
    await page.getByRole('button', { name: '打印', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '已打印。' }).waitFor({ timeout: 20_000 });

    await handOff(page, receiptHandOff(offered));
    await page
      .getByRole('alert')
      .filter({ hasText: `小票号 ${id} 已被本机保存的另一张小票使用` })
      .waitFor();
    // A printed already: there is nothing of it to print, only the new one to set aside.
    await expect(page.getByRole('button', { name: '打印已保存的小票' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '打印', exact: true }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: '保留已保存的，放弃这张' }).click();
    await page.getByRole('status').filter({ hasText: '新小票没有保存，也没有打印' }).waitFor();
    await expect
      .poll(async () => (await entry(page)).conflicts)
      .toEqual([{ code: 'id-taken', items: ['Espresso', OFFERED_ITEM], choice: 'kept-saved' }]);

    // The same receipt A again, its JSON keys in another order: the same content, so "printed already".
    const reordered = Object.fromEntries(Object.entries(saved).reverse());
    await handOff(page, receiptHandOff(reordered));
    await page.getByText('这张小票已经打印过，不会重复打印。').waitFor();
    await expect(page.getByRole('button', { name: '打印', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);

    expect(await timesPrinted(page, SAVED_ITEM)).toBe(1);
    expect(await timesPrinted(page, OFFERED_ITEM)).toBe(0);
    expect((await entry(page)).state).toBe('printed');
    await page.context().close();
  });

  test("an integrator's printReceipt of a different receipt under a journaled id prints nothing and keeps the journaled one", async () => {
    const context = await browser.newContext();
    const page = await blankPage(context, inject('devUrl'));
    const result = await inPage(
      page,
      async (load, [first, second]) => {
        const lib = await load<typeof Lib>('/src/lib.ts');
        const { VirtualPrinter } = await load<typeof Virtual>('/src/escpos/virtual-printer.ts');
        const { VirtualTransport } = await load<typeof Transport>('/src/transport/virtual.ts');
        const { renderText } = await load<typeof Text>('/src/escpos/interpreter/render-text.ts');
        const journal = await load<typeof Journal>('/src/store/journal.ts');
        const printer = new VirtualPrinter();
        const signer = await lib.signerFromKeyPair(await lib.generateSigningKeyPair());
        const options = { printer: new VirtualTransport(printer), signer, viewerBase: 'https://r.example/' };
        const outcomes = [(await lib.printReceipt(first, options)).kind];
        outcomes.push(
          (await lib.printReceipt(second, { ...options, printer: new VirtualTransport(printer) })).kind,
        );
        const entry = await journal.getReceipt(String((first as { id: string }).id));
        return {
          outcomes,
          paper: renderText(printer.paper),
          state: entry?.state,
          items: entry?.receipt.items.map((i) => i.name),
          conflicts: entry?.conflicts?.map((c) => [c.code, c.receipt.items.map((i) => i.name)]),
        };
      },
      [saved, offered],
    );
    expect(result.outcomes).toEqual(['printed', 'id-taken']);
    expect(result.paper.split(SAVED_ITEM).length - 1).toBe(1);
    expect(result.paper).not.toContain(OFFERED_ITEM);
    expect(result.state).toBe('printed');
    expect(result.items).toEqual((saved.items as { name: string }[]).map((i) => i.name));
    expect(result.conflicts).toEqual([['id-taken', ['Espresso', OFFERED_ITEM]]]);
    await context.close();
  });
});
