/**
 * The fault log at 10,000 entries: the screen's first page painted and a filter applied (production build),
 * the store's indexed, paged queries against the naive way (getAll, then sort and filter in JS), and how long
 * a fault takes to write while the fault log screen is open against the home screen, all run on the same data
 * in the same Chromium.
 */
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FaultKind } from '../src/printer/faults';
import { entryOf } from '../src/store/fault-entry';
import type { FaultRow } from '../src/store/schema';
import type { PrinterIdentity } from '../src/transport/types';
import { buildProduction } from '../test/_util/build';
import { launchChromium } from '../test/_util/chromium';
import { servePreview, serveSources } from '../test/_util/servers';
import { median, type Figure } from './figures';
import { bulkLoad, paintedAt, paintProbe } from './seed-store';

const ENTRIES = 10_000;
const SCREEN_RUNS = 9;
const PAGE = 30;
const KINDS: FaultKind[] = [
  'paper-out',
  'paper-near-end',
  'cover-open',
  'cutter-jam',
  'offline',
  'no-answer',
  'disconnected',
];
const PRINTERS: PrinterIdentity[] = [
  { transport: 'usb', vendorId: 0x0416, productId: 0x5011, serialNumber: 'A1', name: 'XP-58 前台' },
  { transport: 'usb', vendorId: 0x04b8, productId: 0x0e15, serialNumber: 'B2', name: 'TM-T20 厨房' },
  { transport: 'serial', name: 'COM3' },
];

/** 10,000 entries over the last 90 days; a deterministic mix of kinds, printers and endings. */
function rows(now: number): FaultRow[] {
  const out: FaultRow[] = [];
  for (let i = 0; i < ENTRIES; i++) {
    const at = now - (ENTRIES - i) * 777_000;
    const row = entryOf({
      kind: KINDS[(i * 7) % KINDS.length]!,
      at,
      printer: PRINTERS[i % PRINTERS.length]!,
      status: null,
      raw: [0x10, 0x04, i & 0xff],
      activity: { kind: 'printing-receipt', receiptId: `R-${i}` },
    });
    out.push(
      i % 5 === 0 ? row : { ...row, resolved: 1, resolution: { how: 'fixed-by-merchant', at: at + 60_000 } },
    );
  }
  return out;
}

async function screenFigures(page: Page, url: string, oneEntryMs: number): Promise<Figure[]> {
  const open: number[] = [];
  const filter: number[] = [];
  for (let run = 0; run < SCREEN_RUNS; run++) {
    open.push(await paintedAt(page, `${url}/#/faults`));
    filter.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const select = document.querySelector<HTMLSelectElement>('#fault-filter-kind')!;
            const start = performance.now();
            const done = () =>
              [...document.querySelectorAll<HTMLElement>('.fault-entry')].every(
                (el) => el.dataset['kind'] === 'cover-open',
              );
            new MutationObserver((_, observer) => {
              if (!done()) return;
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
            }).observe(document.body, { childList: true, subtree: true, attributes: true });
            select.value = 'cover-open';
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }),
      ),
    );
  }
  return [
    {
      name: `fault log screen: first page painted (${ENTRIES} entries, production build)`,
      unit: 'ms',
      value: median(open),
      better: 'lower',
      compare: { name: 'same screen, log of 1 entry', value: oneEntryMs },
      target: 'first page in < 1 s on a tablet',
    },
    {
      name: `fault log screen: filter by kind, list repainted (${ENTRIES} entries)`,
      unit: 'ms',
      value: median(filter),
      better: 'lower',
    },
  ];
}

/** In-page: the store's query against getAll + sort/filter in JS, median of 15 runs after 3 warm-ups. */
async function queryFigures(page: Page, printerKey: string): Promise<Figure[]> {
  type Load = (path: string) => Promise<unknown>;
  const measure = async (load: Load, { printerKey, size }: { printerKey: string; size: number }) => {
    const q = (await load('/src/store/fault-query.ts')) as {
      queryFaults(f: object, n: number): Promise<{ entries: unknown[] }>;
    };
    const dbm = (await load('/src/store/db.ts')) as {
      database(): Promise<{
        getAll(store: string): Promise<{ kind: string; printerKey: string; lastAt: number }[]>;
      }>;
    };
    const db = await dbm.database();
    const time = async (fn: () => Promise<unknown>) => {
      for (let i = 0; i < 3; i++) await fn();
      const samples: number[] = [];
      for (let i = 0; i < 15; i++) {
        const start = performance.now();
        await fn();
        samples.push(performance.now() - start);
      }
      samples.sort((a, b) => a - b);
      return samples[7]!;
    };
    const now = Date.now();
    const from = now - 7 * 24 * 3600 * 1000;
    const naive = async (keep: (r: { kind: string; printerKey: string; lastAt: number }) => boolean) =>
      (await db.getAll('faults'))
        .filter(keep)
        .sort((a, b) => b.lastAt - a.lastAt)
        .slice(0, size);
    return {
      first: await time(() => q.queryFaults({}, size)),
      firstNaive: await time(() => naive(() => true)),
      kind: await time(() => q.queryFaults({ kind: 'cover-open' }, size)),
      kindNaive: await time(() => naive((r) => r.kind === 'cover-open')),
      narrow: await time(() => q.queryFaults({ printerKey, kind: 'cover-open', from, to: now }, size)),
      narrowNaive: await time(() =>
        naive(
          (r) =>
            r.printerKey === printerKey && r.kind === 'cover-open' && r.lastAt >= from && r.lastAt <= now,
        ),
      ),
    };
  };
  // Sent as source text with a page-side loader: the page imports the store from the dev server.
  const arg = JSON.stringify({ printerKey, size: PAGE });
  const result = (await page.evaluate(`(${measure.toString()})((p) => import(p), ${arg})`)) as Awaited<
    ReturnType<typeof measure>
  >;
  const pair = (name: string, value: number, naive: number): Figure => ({
    name: `${name} (${ENTRIES} entries, ${PAGE} per page)`,
    unit: 'ms',
    value,
    better: 'lower',
    compare: { name: 'getAll + filter + sort in JS', value: naive },
  });
  return [
    pair('fault query: newest page', result.first, result.firstNaive),
    pair('fault query: one kind', result.kind, result.kindNaive),
    pair('fault query: printer + kind + last 7 days', result.narrow, result.narrowNaive),
  ];
}

const WRITES = 100;

/**
 * In-page on the dev server (the app and this code share one store module): `WRITES` faults recorded in a row
 * while the app shows `route`, each awaited as the printer session awaits its fault sink. Median, p95, max, ms.
 */
async function writeTimes(page: Page, url: string, route: string): Promise<number[]> {
  await page.goto(`${url}/#/${route}`);
  if (route === 'faults') {
    await page.locator('.fault-entry').first().waitFor();
    await page.getByText('Most common cause').waitFor({ timeout: 60_000 });
  } else {
    await page.locator('.status-area').first().waitFor();
  }
  const record = async (load: (path: string) => Promise<unknown>, writes: number) => {
    const store = (await load('/src/store/index.ts')) as { recordFault(obs: object): Promise<unknown> };
    const samples: number[] = [];
    for (let i = 0; i < writes; i++) {
      const start = performance.now();
      await store.recordFault({
        kind: i % 2 ? 'cover-open' : 'paper-out',
        at: Date.now(),
        printer: { transport: 'usb', vendorId: 0x0416, productId: 0x5011, serialNumber: 'A1', name: 'XP-58' },
        status: null,
        raw: [0x10, 0x04, i & 0xff],
        // A new receipt each time: a new entry, the write that grows the log.
        activity: { kind: 'printing-receipt', receiptId: `W-${Date.now()}-${i}` },
      });
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    return [samples[samples.length >> 1]!, samples[Math.floor(samples.length * 0.95)]!, samples.at(-1)!];
  };
  // Sent as source text with a page-side loader, as `queryFigures` does.
  return (await page.evaluate(`(${record.toString()})((p) => import(p), ${WRITES})`)) as number[];
}

async function writeFigures(page: Page, url: string): Promise<Figure[]> {
  const [homeMedian, homeP95, homeMax] = await writeTimes(page, url, '');
  const [median, p95, max] = await writeTimes(page, url, 'faults');
  const name = (what: string) =>
    `fault write, ${what} (${ENTRIES} entries, fault log screen open, ${WRITES} in a row)`;
  return [
    {
      name: name('median'),
      unit: 'ms',
      value: median!,
      better: 'lower',
      compare: { name: 'home screen open', value: homeMedian! },
      target: 'a few ms on any screen',
    },
    {
      name: name('p95'),
      unit: 'ms',
      value: p95!,
      better: 'lower',
      compare: { name: 'home screen open', value: homeP95! },
    },
    {
      name: name('max'),
      unit: 'ms',
      value: max!,
      better: 'lower',
      compare: { name: 'home screen open', value: homeMax! },
    },
  ];
}

/** A fresh context whose fault log holds `entries`, ready to time the screen. */
async function seededScreen(browser: Browser, url: string, entries: FaultRow[]): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${url}/#/faults`);
  await page.getByText('No faults recorded').waitFor();
  await bulkLoad(page, 'faults', entries);
  await page.addInitScript(paintProbe('.fault-entry'));
  return page;
}

export default async function bench(): Promise<Figure[]> {
  const distDir = mkdtempSync(join(tmpdir(), 'receipt-rescue-bench-faults-'));
  await buildProduction(distDir);
  const app = await servePreview(distDir);
  const dev = await serveSources();
  const browser = await launchChromium();
  const data = rows(Date.now());

  try {
    const baseline = await seededScreen(browser, app.url, data.slice(-1));
    const oneEntry = median((await screenFigures(baseline, app.url, 0)).slice(0, 1).map((f) => f.value));
    await baseline.context().close();
    const full = await seededScreen(browser, app.url, data);
    const figures = await screenFigures(full, app.url, oneEntry);
    await full.context().close();

    const devContext = await browser.newContext();
    const devPage = await devContext.newPage();
    await devPage.route(`${dev.url}/blank`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await devPage.goto(`${dev.url}/blank`);
    // The store's own code creates the schema; then its connection is closed for the bulk load.
    await devPage.evaluate(
      `import('/src/store/db.ts').then(async (m) => { await m.database(); await m.closeDatabase(); })`,
    );
    await bulkLoad(devPage, 'faults', data);
    figures.push(...(await queryFigures(devPage, data[0]!.printerKey)));
    figures.push(...(await writeFigures(devPage, dev.url)));
    await devContext.close();
    return figures;
  } finally {
    await browser.close();
    await Promise.all([app.close(), dev.close()]);
    rmSync(distDir, { recursive: true, force: true });
  }
}
