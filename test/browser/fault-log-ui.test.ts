import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import type * as Db from '../../src/store/db';
import { entryOf } from '../../src/store/fault-entry';
import type * as Store from '../../src/store/index';
import { launchChromium } from '../_util/chromium';
import { blankPage, inPage } from './store-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

// Three days ago, two days ago, yesterday (whole minutes): inside the chart's eight weeks whatever today is.
const DAY = 24 * 3600 * 1000;
const T0 = Math.floor((Date.now() - 3 * DAY) / 60_000) * 60_000;
const TIMES = { paper: T0, cover: T0 + DAY, denied: T0 + 2 * DAY };

/** Seeds the log through the store on the dev server's origin, then opens the fault log screen there. */
async function seededLog(locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, acceptDownloads: true });
  const page = await blankPage(context, inject('devUrl'));
  await inPage(
    page,
    async (load, times) => {
      const store = await load<typeof Store>('/src/store/index.ts');
      const shop = {
        transport: 'usb' as const,
        vendorId: 0x0416,
        productId: 0x5011,
        serialNumber: 'Z9',
        name: '前台打印机',
      };
      const base = { status: null, raw: [0x10, 0x04, 0x7e], activity: { kind: 'idle' as const } };
      await store.recordFault({ ...base, kind: 'paper-out', at: times.paper, printer: shop });
      await store.recordFault({ ...base, kind: 'paper-out', at: times.paper + 60_000, printer: shop });
      const cover = await store.recordFault({
        ...base,
        kind: 'cover-open',
        at: times.cover,
        printer: shop,
      });
      await store.resolveFault(cover.id, 'fixed-by-merchant', times.cover + 300_000);
      await store.recordFault({
        ...base,
        raw: [],
        kind: 'access-denied',
        at: times.denied,
        printer: null,
        activity: { kind: 'connecting' },
      });
      await store.closeDatabase();
    },
    TIMES,
  );
  await page.goto(`${inject('devUrl')}/#/faults`);
  await page.locator('.fault-entry').first().waitFor();
  return page;
}

describe('fault log screen', () => {
  test('lists entries newest first with words and what to do, and filters by kind', async () => {
    const page = await seededLog('en-US');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Fault log');
    await expect(page.locator('.fault-title').allTextContents()).resolves.toEqual([
      'Access denied',
      'Cover open',
      'Out of paper',
    ]);
    const paper = page.locator('.fault-entry[data-kind="paper-out"]');
    await expect(paper.textContent()).resolves.toContain('Open the paper cover and drop in a new roll');
    await expect(paper.textContent()).resolves.toContain(`UTC: ${new Date(TIMES.paper).toISOString()}`);
    await expect(paper.textContent()).resolves.toContain('Seen 2 times');
    await expect(paper.textContent()).resolves.toContain('前台打印机 (USB)');
    await expect(
      page.locator('.fault-entry[data-kind="cover-open"] .fault-ending').textContent(),
    ).resolves.toContain('Fixed');

    await page.getByLabel('Fault', { exact: true }).selectOption('cover-open');
    await expect.poll(() => page.locator('.fault-title').allTextContents()).toEqual(['Cover open']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('.fault-title').count()).toBe(3);
    await page.context().close();
  });

  test('a Chinese merchant reads Chinese; the CSV download starts with a BOM and keeps the Chinese', async () => {
    const page = await seededLog('zh-CN');
    await expect(page.locator('.fault-title').allTextContents()).resolves.toEqual([
      '无权访问',
      '上盖未关',
      '缺纸',
    ]);
    // The printer keeps its own name; the way it is connected is in Chinese.
    await expect(
      page.locator('.fault-entry[data-kind="paper-out"] .fault-printer').textContent(),
    ).resolves.toContain('前台打印机（USB）');
    await expect(page.locator('#fault-filter-printer option').allTextContents()).resolves.toContain(
      '前台打印机（USB）',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^fault-log-\d{8}\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('前台打印机');
    expect(text).toContain('缺纸');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(4);
    // The headings are Chinese too.
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^编号,首次出现（本地时间）,首次出现（UTC）,/);
    await page.context().close();
  });

  test('JSON export holds every entry; the support report copied names the printer, browser and faults', async () => {
    const page = await seededLog('en-US');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    const json = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      entries: { kind: string; count: number; printer: { name: string } | null }[];
    };
    expect(json.entries.map((e) => [e.kind, e.count, e.printer?.name ?? null])).toEqual([
      ['access-denied', 1, null],
      ['cover-open', 1, '前台打印机'],
      ['paper-out', 2, '前台打印机'],
    ]);

    await page.getByRole('button', { name: 'Copy report' }).click();
    await expect.poll(() => page.locator('.fault-export-note').textContent()).toBe('Copied.');
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('Receipt Rescue — support report');
    expect(report).toContain('Browser / 浏览器: Mozilla/5.0');
    expect(report).toContain('Last 3 faults');
    expect(report).toMatch(/#\d+ .* paper-out — Out of paper; 前台打印机; Idle; open; raw 10 04 7e/);
    await page.context().close();
  });

  test('each fault kind keeps its colour when the mix changes, and a tie for most common is called a tie', async () => {
    const page = await seededLog('en-US');
    const chart = page.locator('.fault-stats');
    await expect.poll(() => chart.textContent()).toContain('Most common cause: Out of paper (2)');
    const coverFill = () => chart.locator('rect[data-kind="cover-open"]').first().getAttribute('fill');
    const before = await coverFill();
    await inPage(
      page,
      async (load, at) => {
        const store = await load<typeof Store>('/src/store/index.ts');
        for (const receiptId of ['T-1', 'T-2']) {
          await store.recordFault({
            kind: 'offline',
            at,
            printer: null,
            status: null,
            raw: [],
            activity: { kind: 'printing-receipt', receiptId },
          });
        }
      },
      TIMES.denied + 60_000,
    );
    // The chart repaints at most once a second while faults come in.
    const offline = chart.locator('rect[data-kind="offline"]');
    await expect.poll(() => offline.count(), { timeout: 5000 }).toBeGreaterThan(0);
    await expect(coverFill()).resolves.toBe(before);
    await expect(offline.first().getAttribute('fill')).resolves.not.toBe(before);
    await expect
      .poll(() => chart.textContent(), { timeout: 5000 })
      .toContain('Most common causes, tied: Printer offline, Out of paper (2 each)');
    await page.context().close();
  });

  test('the chart names the most common cause and Mark as fixed ends an open fault', async () => {
    const page = await seededLog('en-US');
    const chart = page.locator('.fault-stats');
    await expect.poll(() => chart.textContent()).toContain('Most common cause: Out of paper (2)');
    await expect(chart.locator('svg rect').count()).resolves.toBeGreaterThanOrEqual(2);
    const open = page.locator('.fault-entry[data-kind="paper-out"]');
    await open.getByRole('button', { name: 'Mark as fixed' }).click();
    await expect.poll(() => open.getAttribute('data-resolved')).toBe('1');
    await expect(open.locator('.fault-ending').textContent()).resolves.toContain('Fixed');
    await page.context().close();
  });
});

/** Counts, in the page, every record IndexedDB hands out through cursors and getAll (the reads that scale with the log). */
const COUNT_READS = `
  window.__recordsRead = 0;
  const step = IDBCursor.prototype.continue;
  IDBCursor.prototype.continue = function (...args) { window.__recordsRead += 1; return step.apply(this, args); };
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    const getAll = proto.getAll;
    proto.getAll = function (...args) {
      const request = getAll.apply(this, args);
      request.addEventListener('success', () => { window.__recordsRead += request.result.length; });
      return request;
    };
  }
`;

describe('fault log screen with a large log', () => {
  const LOGGED = 2000;
  const BURST = 30;

  test(`${BURST} faults written while the screen shows ${LOGGED} entries read fewer records than one read of the log, and still show up`, async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript(COUNT_READS);
    const page = await blankPage(context, inject('devUrl'));
    const now = Date.now();
    // Spread over the last 50 days, all resolved, so every one counts in the chart's eight weeks.
    const rows = Array.from({ length: LOGGED }, (_, i) => {
      const at = now - (LOGGED - i) * 36 * 60_000;
      const row = entryOf({
        kind: (['paper-out', 'cover-open', 'offline', 'no-answer'] as const)[i % 4]!,
        at,
        printer: { transport: 'usb', vendorId: 0x0416, productId: 0x5011, serialNumber: 'A1', name: 'XP-58' },
        status: null,
        raw: [0x10, 0x04, i & 0xff],
        activity: { kind: 'idle' },
      });
      return { ...row, resolved: 1, resolution: { how: 'fixed-by-merchant', at: at + 1000 } };
    });
    await inPage(
      page,
      async (load, all) => {
        const db = await load<typeof Db>('/src/store/db.ts');
        const open = await db.database();
        const tx = open.transaction('faults', 'readwrite');
        for (const row of all) void tx.store.add(row as never);
        await tx.done;
        await db.closeDatabase();
      },
      rows,
    );
    await page.goto(`${inject('devUrl')}/#/faults`);
    await page.locator('.fault-entry').first().waitFor();
    const chart = page.locator('.fault-stats');
    await expect.poll(() => chart.textContent(), { timeout: 15_000 }).toContain('Most common cause');
    const thisWeek = () => chart.locator('g[data-week]').last().locator('title').textContent();
    const before = Number((await thisWeek())?.split(': ')[1]);

    const read = await inPage(
      page,
      async (load, burst) => {
        const store = await load<typeof Store>('/src/store/index.ts');
        const w = window as unknown as { __recordsRead: number };
        const start = w.__recordsRead;
        for (let i = 0; i < burst; i++) {
          await store.recordFault({
            kind: 'cutter-jam',
            at: Date.now(),
            printer: {
              transport: 'usb',
              vendorId: 0x0416,
              productId: 0x5011,
              serialNumber: 'A1',
              name: 'XP-58',
            },
            status: null,
            raw: [],
            activity: { kind: 'idle' },
          });
        }
        // Let the screen react to the last one before counting.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        return w.__recordsRead - start;
      },
      BURST,
    );

    // Before: every write made the screen read its eight weeks again (~LOGGED records each time).
    expect(read).toBeLessThan(LOGGED);
    await expect.poll(() => page.locator('.fault-title').first().textContent()).toBe('Cutter jammed');
    await expect(page.locator('.fault-entry').first().textContent()).resolves.toContain(
      `Seen ${BURST} times`,
    );
    await expect.poll(thisWeek).toContain(`: ${before + BURST}`);
    await expect(chart.locator('.fault-legend').textContent()).resolves.toContain('Cutter jammed');
    await page.context().close();
  });
});
