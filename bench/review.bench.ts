/**
 * The transaction review at 10,000 receipts: the screen's first page painted (production build), and the
 * store's read of that page through the sale-time index against the naive way (every journal entry with
 * getAll, then filtered to the day and sorted in JS), on the same data in the same Chromium.
 */
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Receipt } from '../src/receipt/types';
import type { JournalEntry } from '../src/store/schema';
import { buildProduction } from '../test/_util/build';
import { launchChromium } from '../test/_util/chromium';
import { servePreview, serveSources } from '../test/_util/servers';
import { median, type Figure } from './figures';
import { bulkLoad, paintedAt, paintProbe } from './seed-store';

const RECEIPTS = 10_000;
const SCREEN_RUNS = 9;
/** Entries the screen reads for its first page (its first chunk). */
const CHUNK = 60;
const DAY = '2026-12-01';
const ZONE = 'Asia/Shanghai';
/** 2026-12-01 00:00 in Shanghai. */
const DAY_START = Date.parse('2026-12-01T00:00:00+08:00');
const METHODS = ['cash', 'wechat', 'alipay', 'card', 'unionpay'] as const;

/** 10,000 receipts spread over the business day, journaled in an order unrelated to their sale time. */
function entries(): JournalEntry[] {
  const out: JournalEntry[] = [];
  for (let i = 0; i < RECEIPTS; i++) {
    const at = DAY_START + ((i * 7919) % RECEIPTS) * 8_000;
    const amount = 500 + ((i * 37) % 9000);
    const method = METHODS[i % METHODS.length]!;
    const receipt: Receipt = {
      id: `B-${String(i).padStart(5, '0')}`,
      time: new Date(at).toISOString(),
      currency: 'CNY',
      shop: { name: '好邻居便利店' },
      cashier: i % 2 ? '张丽 (007)' : '李强 (012)',
      items: [{ name: '康师傅红烧牛肉面', quantity: 1, unitPrice: amount, amount }],
      total: amount,
      payments: [{ method, amount, ...(method === 'cash' ? {} : { reference: `REF${i}` }) }],
    };
    out.push({
      id: receipt.id,
      receipt,
      state: 'printed',
      createdAt: DAY_START + i * 8_000,
      updatedAt: DAY_START + i * 8_000,
      receiptAt: at,
      failure: null,
      eReceiptLink: null,
    });
  }
  return out;
}

async function firstPaint(page: Page, url: string): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < SCREEN_RUNS; run++) {
    samples.push(await paintedAt(page, `${url}/#/review?day=${DAY}`));
  }
  return median(samples);
}

/** A fresh Shanghai context whose journal holds `data`, ready to time the review screen. */
async function seededScreen(browser: Browser, url: string, data: JournalEntry[]): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: ZONE });
  const page = await context.newPage();
  await page.goto(`${url}/#/review?day=${DAY}`);
  await page.getByText('No receipts match.').waitFor();
  await bulkLoad(page, 'receipts', data);
  await page.addInitScript(paintProbe('.review-row'));
  return page;
}

/** In-page on the dev server: the store's indexed read of the first page against getAll + filter + sort. */
async function queryFigures(page: Page): Promise<{ indexed: number; naive: number; rows: number[] }> {
  const measure = async (load: (path: string) => Promise<unknown>, arg: { from: number; chunk: number }) => {
    const ledger = (await load('/src/store/ledger.ts')) as {
      receiptsBetween(from: number, to: number, limit: number): Promise<unknown[]>;
    };
    const dbm = (await load('/src/store/db.ts')) as {
      database(): Promise<{ getAll(store: string): Promise<{ receiptAt: number }[]> }>;
    };
    const db = await dbm.database();
    const to = arg.from + 24 * 3600 * 1000;
    const indexed = () => ledger.receiptsBetween(arg.from, to, arg.chunk);
    const naive = async () =>
      (await db.getAll('receipts'))
        .filter((e) => e.receiptAt >= arg.from && e.receiptAt < to)
        .sort((a, b) => a.receiptAt - b.receiptAt)
        .slice(0, arg.chunk);
    const time = async (fn: () => Promise<unknown[]>) => {
      for (let i = 0; i < 3; i++) await fn();
      const samples: number[] = [];
      let rows = 0;
      for (let i = 0; i < 15; i++) {
        const start = performance.now();
        rows = (await fn()).length;
        samples.push(performance.now() - start);
      }
      samples.sort((a, b) => a - b);
      return [samples[7]!, rows] as const;
    };
    const [i, iRows] = await time(indexed);
    const [n, nRows] = await time(naive);
    return { indexed: i, naive: n, rows: [iRows, nRows] };
  };
  const arg = JSON.stringify({ from: DAY_START, chunk: CHUNK });
  return (await page.evaluate(`(${measure.toString()})((p) => import(p), ${arg})`)) as Awaited<
    ReturnType<typeof measure>
  >;
}

export default async function bench(): Promise<Figure[]> {
  const distDir = mkdtempSync(join(tmpdir(), 'receipt-rescue-bench-review-'));
  await buildProduction(distDir);
  const app = await servePreview(distDir);
  const dev = await serveSources();
  const browser = await launchChromium();
  const data = entries();

  try {
    const one = await seededScreen(browser, app.url, data.slice(0, 1));
    const oneMs = await firstPaint(one, app.url);
    await one.context().close();
    const full = await seededScreen(browser, app.url, data);
    const fullMs = await firstPaint(full, app.url);
    await full.context().close();

    const devContext = await browser.newContext({ timezoneId: ZONE });
    const devPage = await devContext.newPage();
    await devPage.route(`${dev.url}/blank`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await devPage.goto(`${dev.url}/blank`);
    await devPage.evaluate(
      `import('/src/store/db.ts').then(async (m) => { await m.database(); await m.closeDatabase(); })`,
    );
    await bulkLoad(devPage, 'receipts', data);
    const query = await queryFigures(devPage);
    await devContext.close();
    if (query.rows[0] !== query.rows[1])
      throw new Error(`the two reads disagree: ${query.rows.join(' vs ')} rows`);

    return [
      {
        name: `review screen: first page painted (${RECEIPTS} receipts in the day, production build)`,
        unit: 'ms',
        value: fullMs,
        better: 'lower',
        compare: { name: 'same screen, journal of 1 receipt', value: oneMs },
        target: 'first page in < 1 s on a tablet',
      },
      {
        name: `review read: first ${CHUNK} of the day by sale time (${RECEIPTS} receipts)`,
        unit: 'ms',
        value: query.indexed,
        better: 'lower',
        compare: { name: 'getAll + filter + sort in JS', value: query.naive },
      },
    ];
  } finally {
    await browser.close();
    await Promise.all([app.close(), dev.close()]);
    rmSync(distDir, { recursive: true, force: true });
  }
}
