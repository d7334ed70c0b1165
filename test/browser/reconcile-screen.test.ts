import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { encodeText } from '../../src/escpos/encode';
import { readBill } from '../../src/ledger/read-bill';
import { reconcile, RECONCILE_STATUSES, type ReconcileReport } from '../../src/ledger/reconcile';
import type { Bill } from '../../src/ledger/bill';
import type { Lang } from '../../src/app/i18n';
import { reconcileStrings, statusWords } from '../../src/app/reconcile/strings';
import { ereceiptStrings } from '../../src/app/ereceipt/strings';
import type * as Journal from '../../src/store/journal';
import { launchChromium } from '../_util/chromium';
import { BANK_MAPPING, BILL_FILES, billBytes, dayReceipts, ledgerPath } from '../ledger/_fixtures';
import { SHANGHAI } from './ledger-helpers';
import { blankPage, inPage, refuseWritesTo } from './store-helpers';
import { layoutFaults, PHONE, TABLET, type Viewport } from './layout-helpers';

let browser: Browser;
let context: BrowserContext | undefined;
beforeAll(async () => {
  browser = await launchChromium();
  // The dev server optimises the screen's dependencies the first time a page asks for them, failing the imports
  // in flight; one page opening the screen first lets every test's page start from a warm server.
  const warm = await browser.newContext();
  const page = await warm.newPage();
  await page.goto(`${inject('devUrl')}/#/reconcile`);
  await page.getByRole('heading', { level: 1, name: reconcileStrings.en.title }).waitFor({ timeout: 60_000 });
  await page.goto(`${inject('devUrl')}/#/ereceipt`);
  await page.getByRole('heading', { level: 1, name: ereceiptStrings.en.title }).waitFor({ timeout: 60_000 });
  await warm.close();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

function bill(name: keyof typeof BILL_FILES): Bill {
  const result = readBill(billBytes(name), { timeZone: SHANGHAI, mappings: [BANK_MAPPING] });
  if (!result.ok) throw result.error;
  return result.bill;
}
/** What the matcher says about the fixture day against these bills: what the screen must show. */
const expected = (...names: (keyof typeof BILL_FILES)[]): ReconcileReport =>
  reconcile(dayReceipts(), names.map(bill));

/** A Shanghai tablet with the fixture day journaled through the store, open on the reconcile screen. */
async function reconcileScreen(lang: Lang, viewport: Viewport = TABLET): Promise<Page> {
  context = await browser.newContext({
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    timezoneId: SHANGHAI,
    acceptDownloads: true,
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: viewport.scale ?? 1,
  });
  const page = await blankPage(context, inject('devUrl'));
  await inPage(
    page,
    async (load, receipts) => {
      const journal = await load<typeof Journal>('/src/store/journal.ts');
      for (const receipt of receipts) await journal.saveReceipt(receipt);
    },
    dayReceipts(),
  );
  await page.goto(`${inject('devUrl')}/#/reconcile`);
  await page.getByRole('heading', { level: 1, name: reconcileStrings[lang].title }).waitFor();
  return page;
}

const importInput = (page: Page, lang: Lang) => page.getByLabel(reconcileStrings[lang].importBill);

async function importFiles(page: Page, lang: Lang, ...names: (keyof typeof BILL_FILES)[]): Promise<void> {
  await importInput(page, lang).setInputFiles(names.map((n) => ledgerPath(BILL_FILES[n])));
}

/** The status counts as the merchant reads them: word and number, per status. */
async function countsOnScreen(page: Page): Promise<[string, string][]> {
  await page.locator('.status-counts').waitFor();
  return page
    .locator('.status-counts li')
    .evaluateAll((items) =>
      items.map((li) => [
        li.querySelector('.status-name')!.textContent ?? '',
        li.querySelector('.status-count')!.textContent ?? '',
      ]),
    );
}
const countsOf = (report: ReconcileReport, lang: Lang) =>
  RECONCILE_STATUSES.map((s) => [statusWords[lang][s], String(report.summary[s])]);

const billFiles = (page: Page) => page.locator('.bill .bill-file').allTextContents();

describe('the reconcile screen', () => {
  test('the WeChat (UTF-8) and Alipay (GBK) bills give the matcher’s counts in English; the same bill again changes nothing; a truncated bill is refused and loses nothing', async () => {
    const page = await reconcileScreen('en');
    const s = reconcileStrings.en;
    await importFiles(page, 'en', 'wechat', 'alipay');
    const report = expected('wechat', 'alipay');
    for (const status of RECONCILE_STATUSES) expect(report.summary[status], status).toBeGreaterThan(0);
    await expect.poll(() => countsOnScreen(page)).toEqual(countsOf(report, 'en'));
    // The receipt at 23:59:40, paid 23:59:41, is matched: it is not among the rows to look at.
    await expect(page.locator('.attention-rows').textContent()).resolves.not.toContain('S1201-011');
    const differs = page.locator('.attention-row[data-status="amount-differs"]');
    await expect(differs.textContent()).resolves.toMatch(
      /S1201-004.*32\.00.*30\.20.*4200001201202612010000000002/,
    );
    await expect.poll(() => page.locator('.bill').count()).toBe(2);
    const listed = await page.locator('.bill').allTextContents();
    expect(listed.find((b) => b.includes('Alipay'))).toMatch(
      /Alipay.*2026-12-01.*3 rows.*alipay-business-2026-12-01\.csv.*GB18030/,
    );
    expect(listed.find((b) => b.includes('WeChat Pay'))).toMatch(
      /WeChat Pay.*Merchant no\. 1900000109.*2026-12-01.*7 rows.*wechat-trade-2026-12-01\.csv.*UTF-8/,
    );
    // Gross, refunded, fees (手续费) and net of the WeChat Pay bill.
    await expect
      .poll(() => page.locator('.bill-totals li[data-platform="wechat"]').textContent())
      .toMatch(/151\.69.*18\.00.*0\.81.*132\.88/);

    await importFiles(page, 'en', 'wechat');
    await page.getByRole('status').getByText(s.billImported(BILL_FILES.wechat)).waitFor();
    await expect.poll(async () => (await billFiles(page)).length).toBe(2);
    await expect.poll(() => countsOnScreen(page)).toEqual(countsOf(report, 'en'));

    const text = new TextDecoder().decode(billBytes('wechat'));
    await importInput(page, 'en').setInputFiles({
      name: 'cut.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text.slice(0, text.indexOf('总交易单数'))),
    });
    await expect
      .poll(() => page.locator('.import-notes').getByRole('alert').textContent())
      .toContain('cut.csv was not imported: the file stops before the bill ends');
    await expect.poll(async () => (await billFiles(page)).length).toBe(2);
    await expect.poll(() => countsOnScreen(page)).toEqual(countsOf(report, 'en'));

    const broken = text.replaceAll('`30.20', '`30.2O');
    await importInput(page, 'en').setInputFiles({
      name: 'typo.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(broken),
    });
    await expect
      .poll(() => page.locator('.import-notes').getByRole('alert').textContent())
      .toMatch(/typo\.csv was not imported.*Line 3\./);
  });

  test('in Chinese the counts carry the Chinese words; the CSV export has Chinese headings and JSON stable keys', async () => {
    const page = await reconcileScreen('zh');
    await importFiles(page, 'zh', 'wechat', 'alipay');
    const report = expected('wechat', 'alipay');
    await expect.poll(() => countsOnScreen(page)).toEqual(countsOf(report, 'zh'));
    await expect(page.locator('.status-counts').textContent()).resolves.toContain('账单中没有');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: reconcileStrings.zh.exportCsv }).click(),
    ]);
    const csvText = await readFile(await csv.path(), 'utf8');
    expect(csvText.startsWith('\uFEFF状态,小票,时间,支付方式,小票金额,账单金额,账单单号,行\r\n')).toBe(true);
    expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(report.rows.length + 1);
    expect(csvText).toContain('金额不符,S1201-004,2026-12-01 10:05:00,微信支付');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: reconcileStrings.zh.exportJson }).click(),
    ]);
    const parsed = JSON.parse(await readFile(await json.path(), 'utf8')) as {
      day: string;
      summary: unknown;
      rows: { status: string }[];
    };
    expect(parsed.day).toBe('2026-12-01');
    expect(parsed.summary).toEqual(report.summary);
    expect(parsed.rows.map((r) => r.status)).toEqual(report.rows.map((r) => r.status));
  });

  test('a bank CSV asks for a column mapping once; mapped, the card payment matches; bills and mapping survive a reload', async () => {
    const page = await reconcileScreen('en');
    const s = reconcileStrings.en;
    await importFiles(page, 'en', 'wechat', 'alipay');
    await expect.poll(() => countsOnScreen(page)).toEqual(countsOf(expected('wechat', 'alipay'), 'en'));
    await importFiles(page, 'en', 'bank');
    await expect
      .poll(() => page.locator('.import-notes').getByRole('alert').textContent())
      .toContain(
        `${BILL_FILES.bank} was not imported: its layout is unknown. Expected a WeChat Pay trade bill`,
      );
    const form = page.getByRole('form', { name: s.mapTitle });
    await form.getByLabel(s.mapLabel).fill(BANK_MAPPING.label);
    await form.getByLabel(s.mapTime).selectOption(BANK_MAPPING.time);
    for (const ref of BANK_MAPPING.references) await form.getByRole('checkbox', { name: ref }).check();
    await form.getByLabel(s.mapAmount).selectOption(BANK_MAPPING.amount);
    await form.getByLabel(s.mapKind).selectOption(BANK_MAPPING.kind!);
    await form.getByLabel(s.mapRefundValues).fill(BANK_MAPPING.refundValues!.join(','));
    await form.getByLabel(s.mapFee).selectOption(BANK_MAPPING.fee!);
    // Card and UnionPay are offered by default.
    await expect(form.getByRole('checkbox', { name: 'Card' }).isChecked()).resolves.toBe(true);
    await expect(form.getByRole('checkbox', { name: 'UnionPay' }).isChecked()).resolves.toBe(true);
    await form.getByRole('button', { name: s.saveMapping }).click();
    const withBank = expected('wechat', 'alipay', 'bank');
    await expect.poll(() => countsOnScreen(page)).toEqual(countsOf(withBank, 'en'));
    await expect(form.count()).resolves.toBe(0);
    await expect(page.locator('.bill').first().textContent()).resolves.toContain(BANK_MAPPING.label);

    await page.reload();
    await expect.poll(() => countsOnScreen(page)).toEqual(countsOf(withBank, 'en'));
    await expect(billFiles(page)).resolves.toHaveLength(3);
    // The next file of that layout is read by itself.
    await importInput(page, 'en').setInputFiles({
      name: 'bank-again.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(billBytes('bank')),
    });
    await page.getByRole('status').getByText(s.billImported('bank-again.csv')).waitFor();
    await expect(form.count()).resolves.toBe(0);
    await expect(billFiles(page)).resolves.toHaveLength(3);
  });

  test('a Taiwan bank export saved in Big5 is read as Big5: the mapping form offers its Traditional headings', async () => {
    const page = await reconcileScreen('en');
    const s = reconcileStrings.en;
    const csv = '交易時間,摘要,存入金額,手續費,交易序號\n2026-12-01 10:15:00,刷卡收入,450.00,6.75,TW0001\n';
    const { bytes, replaced } = encodeText(csv, 'big5');
    expect(replaced).toBe(0);
    await importInput(page, 'en').setInputFiles({
      name: 'taiwan-bank.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bytes),
    });
    const form = page.getByRole('form', { name: s.mapTitle });
    await form.waitFor();
    const options = await form.getByLabel(s.mapTime).locator('option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['交易時間', '存入金額', '手續費', '交易序號']));
  });

  test('a payment with no receipt opens the e-receipt form filled with its amount, method and reference', async () => {
    const page = await reconcileScreen('en');
    await importFiles(page, 'en', 'wechat', 'alipay');
    const row = page.locator('.attention-row[data-status="no-receipt"]', { hasText: '66.00' });
    await row.getByRole('link', { name: reconcileStrings.en.issueEReceipt }).click();
    const e = ereceiptStrings.en;
    await page.getByRole('heading', { level: 1, name: e.title }).waitFor();
    await expect(page.getByLabel(e.amount).inputValue()).resolves.toBe('66.00');
    await expect(page.getByLabel(e.method).inputValue()).resolves.toBe('wechat');
    await expect(page.getByLabel(e.reference).inputValue()).resolves.toBe('4200001201202612010000000005');
  });

  test('a flagged payment stays flagged after a reload', async () => {
    const page = await reconcileScreen('en');
    await importFiles(page, 'en', 'wechat');
    const flag = page
      .locator('.attention-row[data-status="no-receipt"]', { hasText: '66.00' })
      .getByRole('button', { name: reconcileStrings.en.flag, exact: true });
    await flag.click();
    const flagged = page
      .locator('.attention-row[data-status="no-receipt"]', { hasText: '66.00' })
      .getByRole('button', { name: reconcileStrings.en.flagged, exact: true });
    await expect(flagged.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.reload();
    await expect(flagged.getAttribute('aria-pressed')).resolves.toBe('true');
  });

  test('a flag the tablet cannot keep is not shown as kept', async () => {
    const page = await reconcileScreen('en');
    await importFiles(page, 'en', 'wechat');
    const row = page.locator('.attention-row[data-status="no-receipt"]', { hasText: '66.00' });
    await refuseWritesTo(page, 'settings');
    const refused = page.waitForEvent('console', (message) => message.text().includes('flag not saved'));
    await row.getByRole('button', { name: reconcileStrings.en.flag, exact: true }).click();
    await refused;
    await expect(
      row.getByRole('button', { name: reconcileStrings.en.flag, exact: true }).getAttribute('aria-pressed'),
    ).resolves.toBe('false');
  });

  test('a bill for another day, and one under another merchant number, are named as such', async () => {
    const page = await reconcileScreen('en');
    await importFiles(page, 'en', 'wechat');
    const other = new TextDecoder()
      .decode(billBytes('wechat'))
      .replaceAll('2026-12-01', '2026-11-30')
      .replaceAll('`1900000109', '`1900000200');
    await importInput(page, 'en').setInputFiles({
      name: 'other.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(other),
    });
    const odd = page.locator('.bill', { hasText: 'other.csv' });
    await expect.poll(() => odd.textContent()).toContain('This bill is for 2026-11-30');
    await expect(odd.textContent()).resolves.toContain(
      'Merchant number 1900000200 differs from the other bills of this platform',
    );
    // The report is the day's: the other day's bill is not in it.
    await expect.poll(() => countsOnScreen(page)).toEqual(countsOf(expected('wechat'), 'en'));
  });

  test('a bill the tablet cannot store is named as not saved, and the bills already imported stay', async () => {
    const page = await reconcileScreen('en');
    await importFiles(page, 'en', 'wechat');
    await expect.poll(() => billFiles(page)).toEqual([BILL_FILES.wechat]);
    await refuseWritesTo(page, 'bills');
    await importFiles(page, 'en', 'alipay');
    await expect
      .poll(() => page.locator('.import-notes').getByRole('alert').textContent())
      .toContain(`${BILL_FILES.alipay} was not imported: it could not be saved on this tablet`);
    await expect(billFiles(page)).resolves.toEqual([BILL_FILES.wechat]);
  });

  test('a bill dropped on the screen is imported', async () => {
    const page = await reconcileScreen('en');
    await page.evaluate(
      ({ bytes, name }) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }));
        const target = document.querySelector('.reconcile')!;
        target.dispatchEvent(
          new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }),
        );
        target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
      },
      { bytes: [...billBytes('alipay')], name: BILL_FILES.alipay },
    );
    await expect.poll(() => billFiles(page)).toEqual([BILL_FILES.alipay]);
    await expect.poll(() => countsOnScreen(page)).toEqual(countsOf(expected('alipay'), 'en'));
  });

  for (const lang of ['zh', 'en'] as const)
    test(`on a phone in ${lang}, the report, the bills and the mapping form fit the screen`, async () => {
      const page = await reconcileScreen(lang, PHONE);
      await importFiles(page, lang, 'wechat', 'alipay');
      await expect.poll(() => countsOnScreen(page)).toEqual(countsOf(expected('wechat', 'alipay'), lang));
      await importFiles(page, lang, 'bank');
      await page.getByRole('form', { name: reconcileStrings[lang].mapTitle }).waitFor();
      await expect(layoutFaults(page)).resolves.toEqual([]);
    });

  test('a .csv bill shared to the installed app opens the reconcile screen with it imported, and the shared copy is gone', async () => {
    context = await browser.newContext({ locale: 'en-US', timezoneId: SHANGHAI });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect(page.evaluate(() => navigator.serviceWorker.controller !== null)).resolves.toBe(true);
    // What the browser does when a file is shared to the installed app: a multipart POST navigation, the file
    // under the manifest's name for its type.
    const manifest = (await (await page.request.get(`${inject('appUrl')}/manifest.webmanifest`)).json()) as {
      share_target: { action: string; params: { files: { name: string; accept: string[] }[] } };
    };
    const entry = manifest.share_target.params.files.find((f) => f.accept.includes('.csv'));
    expect(entry).toBeDefined();
    await page.evaluate(
      ({ action, name }) => {
        const form = document.createElement('form');
        form.method = 'POST';
        form.action = action;
        form.enctype = 'multipart/form-data';
        const input = document.createElement('input');
        input.type = 'file';
        input.name = name;
        input.id = 'shared-file';
        form.append(input);
        document.body.append(form);
      },
      { action: manifest.share_target.action, name: entry!.name },
    );
    await page.setInputFiles('#shared-file', ledgerPath(BILL_FILES.alipay));
    await Promise.all([page.waitForURL(/#\/reconcile/), page.evaluate(() => document.forms[0]!.submit())]);
    await expect.poll(() => billFiles(page)).toEqual([BILL_FILES.alipay]);
    await expect(page.locator('.bill').textContent()).resolves.toContain('GB18030');
    await expect
      .poll(() =>
        page.evaluate(async () => (await (await caches.open('receipt-rescue-shared')).keys()).length),
      )
      .toBe(0);
  });
});
