import { describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { Lang } from '../../src/app/i18n';
import { FLAG_WORDS, reviewStrings, STATE_WORDS } from '../../src/app/review/strings';
import type { Receipt } from '../../src/receipt/types';
import { dayReceipts } from '../ledger/_fixtures';
import type * as Journal from '../../src/store/journal';
import { DAY_STATES, journalPrinted, seededTablets } from './ledger-helpers';
import { inPage } from './store-helpers';

const seededPage = seededTablets();

const ids = (page: Page) =>
  page.locator('.review-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
const saleOrder = (receipts: Receipt[]) =>
  [...receipts].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
const ofDay = (day: string) => saleOrder(dayReceipts()).filter((r) => r.time.startsWith(day));

async function reviewScreen(lang: Lang, hash = '#/review?day=2026-12-01', startHour?: number): Promise<Page> {
  const page = await seededPage(lang, startHour);
  await page.goto(`${inject('devUrl')}/${hash}`);
  await page.getByRole('heading', { level: 1, name: reviewStrings[lang].title }).waitFor();
  await page.locator('.review-row').first().waitFor();
  return page;
}

describe('transaction review', () => {
  test('lists the business day by sale time, not by when it was journaled; 04:00 start moves the midnight sale', async () => {
    const page = await reviewScreen('en');
    await expect(ids(page)).resolves.toEqual(ofDay('2026-12-01').map((r) => r.id));
    // S1201-011 at 23:59:40 is in the day, S1202-001 at 00:00:30 is not.
    await page.context().close();

    const late = await reviewScreen('en', '#/review?day=2026-12-01', 4);
    await expect(ids(late)).resolves.toEqual(saleOrder(dayReceipts()).map((r) => r.id));
  });

  test('filters by method, state, amount and reference; flags the shared reference and the double charge', async () => {
    const page = await reviewScreen('en');
    const s = reviewStrings.en;
    await page.getByLabel(s.method).selectOption('alipay');
    await expect.poll(() => ids(page)).toEqual(['S1201-003', 'S1201-008']);
    await page.getByLabel(s.method).selectOption('');
    await page.getByLabel(s.state, { exact: true }).selectOption('failed');
    await expect.poll(() => ids(page)).toEqual([DAY_STATES.failed]);
    await expect(page.locator('.review-row .review-state').allTextContents()).resolves.toEqual([
      STATE_WORDS.en.failed,
    ]);
    await page.getByLabel(s.state, { exact: true }).selectOption('');
    await page.getByLabel(s.minAmount).fill('25');
    await page.getByLabel(s.maxAmount).fill('25');
    await page.getByLabel(s.maxAmount).press('Tab');
    await expect.poll(() => ids(page)).toEqual(['S1201-008']);
    await page.getByLabel(s.minAmount).fill('');
    await page.getByLabel(s.maxAmount).fill('');
    await page.getByLabel(s.search).fill('WX20261201000003');
    await page.getByLabel(s.search).press('Enter');
    await expect.poll(() => ids(page)).toEqual(['S1201-006', 'S1201-007']);
    for (const id of ['S1201-006', 'S1201-007'])
      await expect(
        page.locator(`.review-row[data-id="${id}"] .review-flags li`).allTextContents(),
      ).resolves.toEqual([
        `⚠ ${FLAG_WORDS.en['same-reference']} (${id === 'S1201-006' ? 'S1201-007' : 'S1201-006'})`,
        `⚠ ${FLAG_WORDS.en['double-charge']} (${id === 'S1201-006' ? 'S1201-007' : 'S1201-006'})`,
      ]);
    await page.getByLabel(s.search).fill('李强');
    await page.getByLabel(s.search).press('Enter');
    await expect.poll(() => ids(page)).toEqual(['S1201-007']);
  });

  test('receipts that never reached the customer are flagged; tapping one shows its paper and history', async () => {
    const page = await reviewScreen('zh');
    const undelivered = await page
      .locator('.review-row:has([data-flag="undelivered"])')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    expect(undelivered).toEqual([DAY_STATES.failed, DAY_STATES.pending]);

    await page.locator(`.review-row[data-id="${DAY_STATES.failed}"] .review-open`).click();
    const detail = page.locator('.review-detail');
    await expect(detail.locator('.ereceipt-preview').textContent()).resolves.toContain(DAY_STATES.failed);
    await expect(detail.locator('.review-history').textContent()).resolves.toContain('打印失败：缺纸');
    await expect(detail.locator('.review-now').textContent()).resolves.toBe('当前：打印失败');

    await detail.getByRole('button', { name: reviewStrings.zh.close }).click();
    await page.locator('.review-row[data-id="S1201-002"] .review-open').click();
    await expect
      .poll(() => page.locator('.review-history li span').allTextContents())
      .toEqual(['已记入小票记录', '开始打印', '已打印']);
  });

  test('receipts.json holds exactly the receipts of the chosen days; the CSV has Chinese headings after a BOM', async () => {
    const page = await reviewScreen('zh');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: reviewStrings.zh.exportJson }).click(),
    ]);
    expect(json.suggestedFilename()).toBe('receipts.json');
    expect(JSON.parse(await readFile((await json.path())!, 'utf8'))).toEqual(ofDay('2026-12-01'));

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: reviewStrings.zh.exportCsv }).click(),
    ]);
    const text = await readFile((await csv.path())!, 'utf8');
    expect(
      text.startsWith('\uFEFF小票号,交易时间,收银员,支付方式,支付单号,合计,币种,小票状态,请核对\r\n'),
    ).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(1 + ofDay('2026-12-01').length);
  });
  test('Show more pages on by sale time, without losing or repeating receipts that share one second', async () => {
    const page = await reviewScreen('en');
    // 130 more sales on the day: 70 of them in the same second, straddling the first page's end.
    const base = dayReceipts()[0]!;
    const extra = Array.from({ length: 130 }, (_, i) => ({
      ...base,
      id: `M-${String(i).padStart(3, '0')}`,
      time:
        i < 20
          ? `2026-12-01T14:00:${String(i).padStart(2, '0')}+08:00`
          : i < 90
            ? '2026-12-01T14:30:00+08:00'
            : `2026-12-01T15:00:${String(i - 90).padStart(2, '0')}+08:00`,
    }));
    await inPage(
      page,
      async (load, receipts) => {
        const journal = await load<typeof Journal>('/src/store/journal.ts');
        for (const receipt of [...receipts].reverse()) await journal.saveReceipt(receipt);
      },
      extra,
    );
    await page.reload();
    await page.locator('.review-row').first().waitFor();
    const all = saleOrder([...ofDay('2026-12-01'), ...extra]).map((r) => r.id);
    await expect(ids(page)).resolves.toHaveLength(50);
    const more = page.getByRole('button', { name: reviewStrings.en.showMore });
    await more.click();
    await expect.poll(() => ids(page).then((l) => l.length)).toBe(100);
    await more.click();
    await expect.poll(() => ids(page).then((l) => l.length)).toBe(all.length);
    await expect(more.count()).resolves.toBe(0);
    const shown = (await ids(page)) as string[];
    expect(new Set(shown).size).toBe(all.length);
    // In sale-time order; receipts of the same second in any order among themselves.
    const at = new Map([...ofDay('2026-12-01'), ...extra].map((r) => [r.id, Date.parse(r.time)]));
    expect(shown.map((id) => at.get(id))).toEqual(all.map((id) => at.get(id)));
  });

  test('flags on the first page are complete: a double charge across its end, a reference shared with a later page', async () => {
    // 80 more sales from 13:10, a minute apart, after the fixture's eight morning receipts: rows 9 to 88.
    const sale = (i: number, payment: Receipt['payments'][number]): Receipt => ({
      id: `P-${String(i).padStart(3, '0')}`,
      time: new Date(Date.parse('2026-12-01T13:10:00+08:00') + i * 60_000).toISOString(),
      currency: 'CNY',
      shop: dayReceipts()[0]!.shop,
      items: [{ name: '矿泉水', quantity: 1, unitPrice: payment.amount, amount: payment.amount }],
      total: payment.amount,
      payments: [payment],
    });
    // Cash, each a different amount: none of them flagged.
    const extra = Array.from({ length: 80 }, (_, i) => sale(i, { method: 'cash', amount: 3000 + i }));
    // Rows 50 and 51, a minute apart: the same 42.42 by WeChat Pay twice.
    extra[41] = sale(41, { method: 'wechat', amount: 4242, reference: 'WX-A' });
    extra[42] = sale(42, { method: 'wechat', amount: 4242, reference: 'WX-B' });
    // Row 19 and row 79 carry one Alipay reference.
    extra[10] = sale(10, { method: 'alipay', amount: 1500, reference: 'ALI-SHARED' });
    extra[70] = sale(70, { method: 'alipay', amount: 2600, reference: 'ALI-SHARED' });
    // Row 29 carries the reference of S1202-001, a sale on the next business day (outside the chosen range).
    extra[20] = sale(20, { method: 'wechat', amount: 700, reference: 'WX20261202000001' });

    const page = await seededPage('en');
    await journalPrinted(page, extra);
    await page.goto(`${inject('devUrl')}/#/review?day=2026-12-01`);
    await page.locator('.review-row').first().waitFor();

    const shown = (await ids(page)) as string[];
    expect(shown).toHaveLength(50);
    expect(shown.slice(48)).toEqual(['P-040', 'P-041']);
    expect(shown).not.toContain('P-042');
    expect(shown).not.toContain('P-070');
    const flagsOf = (id: string) =>
      page.locator(`.review-row[data-id="${id}"] .review-flags li`).allTextContents();
    await expect.poll(() => flagsOf('P-041')).toEqual([`⚠ ${FLAG_WORDS.en['double-charge']} (P-042)`]);
    await expect.poll(() => flagsOf('P-010')).toEqual([`⚠ ${FLAG_WORDS.en['same-reference']} (P-070)`]);
    // By now the whole day has been read: a reference shared only with a sale outside the day flags nothing.
    await expect(flagsOf('P-020')).resolves.toEqual([]);
    await expect(page.getByRole('button', { name: reviewStrings.en.showMore }).count()).resolves.toBe(1);

    // Narrowing the list by a filter reads its first page again, not the whole day behind the flags.
    await page.evaluate(() => {
      const counter = window as unknown as { entriesRead: number };
      counter.entriesRead = 0;
      const value = Object.getOwnPropertyDescriptor(IDBCursorWithValue.prototype, 'value')!;
      Object.defineProperty(IDBCursorWithValue.prototype, 'value', {
        ...value,
        get(this: IDBCursorWithValue) {
          counter.entriesRead++;
          return value.get!.call(this) as unknown;
        },
      });
    });
    // Nearly every sale of the day was printed: the first page of them lies in the first chunk read.
    await page.getByLabel(reviewStrings.en.state, { exact: true }).selectOption('printed');
    await expect.poll(() => ids(page)).not.toContain(DAY_STATES.failed);
    // Time for a read of the whole day to land, were one started.
    await page.waitForTimeout(1000);
    const read = await page.evaluate(() => (window as unknown as { entriesRead: number }).entriesRead);
    expect(read).toBeGreaterThan(50);
    expect(read).toBeLessThan(ofDay('2026-12-01').length + extra.length);
    // The flags stay those over the whole day.
    await expect(flagsOf('P-010')).resolves.toEqual([`⚠ ${FLAG_WORDS.en['same-reference']} (P-070)`]);
  });
});
