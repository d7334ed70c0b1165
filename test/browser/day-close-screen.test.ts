import { describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { dayCloseStrings } from '../../src/app/day-close/strings';
import type { Lang } from '../../src/app/i18n';
import type { Receipt } from '../../src/receipt/types';
import type * as Journal from '../../src/store/journal';
import { dayReceipts } from '../ledger/_fixtures';
import { DAY_STATES, seededTablets } from './ledger-helpers';
import { blankPage, inPage } from './store-helpers';

const seededPage = seededTablets();

async function dayCloseScreen(lang: Lang, startHour?: number): Promise<Page> {
  const page = await seededPage(lang, startHour);
  await page.goto(`${inject('devUrl')}/#/day-close?day=2026-12-01`);
  await page.locator('.day-figures').waitFor();
  return page;
}

/** Each figure row's count and amount (minor units) as the screen carries them. */
async function figuresOnScreen(page: Page): Promise<Record<string, { count: string; amount: string }>> {
  return Object.fromEntries(
    await page.locator('.day-figures tbody tr').evaluateAll((rows) =>
      rows.map((r) => [
        r.getAttribute('data-figure'),
        {
          count: r.querySelector('[data-count]')!.getAttribute('data-count'),
          amount: r.querySelector('[data-amount]')!.getAttribute('data-amount'),
        },
      ]),
    ),
  );
}

/** The same figures summed here from the fixture, without the ledger's code. */
function expectedFigures(receipts: Receipt[]) {
  const failedOrPending = [DAY_STATES.failed, DAY_STATES.pending] as string[];
  const methodRow = (m: string) => {
    const paid = receipts.flatMap((r) => r.payments.filter((p) => p.method === m));
    const change = m === 'cash' ? receipts.reduce((sum, r) => sum + (r.change ?? 0), 0) : 0;
    return {
      count: String(paid.length),
      amount: String(paid.reduce((sum, p) => sum + p.amount, 0) - change),
    };
  };
  return {
    receipts: { count: String(receipts.length), amount: '' },
    total: { count: '', amount: String(receipts.reduce((sum, r) => sum + r.total, 0)) },
    'method-cash': methodRow('cash'),
    'method-card': methodRow('card'),
    'method-unionpay': methodRow('unionpay'),
    'method-wechat': methodRow('wechat'),
    'method-alipay': methodRow('alipay'),
    'method-other': methodRow('other'),
    discounts: {
      count: '',
      amount: String(
        receipts
          .flatMap((r) => r.adjustments ?? [])
          .reduce((sum, a) => sum + (a.amount < 0 ? -a.amount : 0), 0),
      ),
    },
    change: { count: '', amount: String(receipts.reduce((sum, r) => sum + (r.change ?? 0), 0)) },
    refunds: { count: '0', amount: '0' },
    printed: {
      count: String(
        receipts.filter((r) => r.id !== DAY_STATES.eReceipt && !failedOrPending.includes(r.id)).length,
      ),
      amount: '',
    },
    'e-receipt': { count: String(receipts.filter((r) => r.id === DAY_STATES.eReceipt).length), amount: '' },
    undelivered: { count: String(receipts.filter((r) => failedOrPending.includes(r.id)).length), amount: '' },
    reprints: { count: '0', amount: '' },
    faults: { count: '0', amount: '' },
  };
}

const ofDay = (day: string) => dayReceipts().filter((r) => r.time.startsWith(day));

describe('day close', () => {
  test('the figures on screen equal the fixture day summed independently; 04:00 start adds the midnight sale and is remembered', async () => {
    const page = await dayCloseScreen('en');
    await expect(figuresOnScreen(page)).resolves.toEqual(expectedFigures(ofDay('2026-12-01')));

    await page.getByLabel(dayCloseStrings.en.startHour).selectOption('4');
    await expect.poll(() => figuresOnScreen(page)).toEqual(expectedFigures(dayReceipts()));
    await page.reload();
    await page.locator('.day-figures').waitFor();
    await expect(page.getByLabel(dayCloseStrings.en.startHour).inputValue()).resolves.toBe('4');
    await expect(figuresOnScreen(page)).resolves.toEqual(expectedFigures(dayReceipts()));
  });

  test('closing the day, then changing a receipt in the journal, shows the day changed since closed', async () => {
    const page = await dayCloseScreen('zh');
    const s = dayCloseStrings.zh;
    await page.getByRole('button', { name: s.close, exact: true }).click();
    await expect.poll(() => page.locator('.day-check').textContent()).toBe(s.unchanged);

    const edited = { ...ofDay('2026-12-01').find((r) => r.id === 'S1201-003')!, cashier: '王五 (099)' };
    const other = await blankPage(page.context(), inject('devUrl'));
    await inPage(
      other,
      async (load, receipt) => {
        const journal = await load<typeof Journal>('/src/store/journal.ts');
        await journal.saveReceipt(receipt);
      },
      edited,
    );
    await other.close();
    await page.reload();
    await expect.poll(() => page.locator('.day-check').textContent()).toBe(s.changed(1));
    // The closed figures do not move: still the day as it was closed.
    await expect(figuresOnScreen(page)).resolves.toEqual(expectedFigures(ofDay('2026-12-01')));
  });

  test('the CSV starts with a BOM and has Chinese headings in zh', async () => {
    const page = await dayCloseScreen('zh');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: dayCloseStrings.zh.exportCsv }).click(),
    ]);
    const text = await readFile((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF营业日,项目,笔数,金额\r\n2026-12-01,小票笔数,11,\r\n')).toBe(true);
  });

  test('Print day summary waits for a printer, then prints within 32 columns on the 58 mm virtual printer', async () => {
    const page = await dayCloseScreen('en');
    const s = dayCloseStrings.en;
    const print = page.getByRole('button', { name: s.print });
    await expect(print.isDisabled()).resolves.toBe(true);
    await expect(page.getByText(s.noPrinter).isVisible()).resolves.toBe(true);

    // The virtual printer, set to 58 mm through its settings, as a merchant would.
    await page.evaluate(() => (location.hash = '#/virtual'));
    await page.getByRole('button', { name: 'Connect the virtual printer' }).click();
    const note = page.getByRole('region', { name: 'Printer settings' });
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toContain('80 mm paper, 48 characters');
    await note.getByRole('link', { name: 'Change' }).click();
    await page.getByLabel('58 mm (32 characters a line)').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.evaluate(() => (location.hash = '#/virtual'));
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toContain('58 mm paper, 32 characters');
    await page.getByRole('button', { name: 'Tear off' }).click();

    await page.evaluate(() => (location.hash = '#/day-close?day=2026-12-01'));
    await page.locator('.day-figures').waitFor();
    await print.click();
    await page.getByText(s.printed_).waitFor({ timeout: 20_000 });

    await page.evaluate(() => (location.hash = '#/virtual'));
    const paper = page.locator('.paper-svg svg');
    await expect.poll(() => paper.textContent(), { timeout: 10_000 }).toContain('DAY CLOSE');
    await expect(paper.getAttribute('width')).resolves.toBe('384');
    const texts = await paper.locator('text').evaluateAll((nodes) =>
      nodes.map((n) => ({
        text: n.textContent ?? '',
        right: Number(n.getAttribute('x')) + Number(n.getAttribute('textLength')),
      })),
    );
    // Nothing runs past the paper's edge, every rule is one full 32-column line, and the digest takes two.
    expect(Math.max(...texts.map((t) => t.right))).toBeLessThanOrEqual(384);
    const rules = texts.filter((t) => /^-+$/.test(t.text)).map((t) => t.text.length);
    expect(rules.length).toBeGreaterThan(3);
    expect(new Set(rules)).toEqual(new Set([32]));
    expect(texts.filter((t) => /^[0-9a-f]{32}$/.test(t.text))).toHaveLength(2);
    expect(texts.map((t) => t.text).join('\n')).toContain('Receipts');
  });
});
