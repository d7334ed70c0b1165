/**
 * E-receipt link size: for each fixture, link length and QR version at level M, signed and unsigned, beside
 * the naive `base64url(JSON)` and `deflate + base64url` links; the compression choices; encode/decode time;
 * and the customer's viewer in Chromium: what it ships and how soon it shows the standard receipt.
 */
import { deflateSync } from 'fflate';
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildProduction } from '../test/_util/build';
import { CHROMIUM_ARGS, chromiumPath } from '../test/_util/chromium';
import { servePreview } from '../test/_util/servers';
import { recordShipped, sumGzip } from '../test/_util/shipped';
import { median, medianMs, type Figure } from './figures';
import type { Receipt } from '../src/receipt/types';
import type { ReceiptSigner } from '../src/receipt/sign';
import { encodePayloadBytes, encodeReceiptLink } from '../src/receipt/link/encode';
import { decodeReceiptLink } from '../src/receipt/link/decode';
import { qrForLink, QrTooLargeError } from '../src/receipt/qr';
import { generateSigningKeyPair, signerFromKeyPair } from '../src/receipt/sign';
import { validateReceipt } from '../src/receipt/validate';

const BASE = 'https://receipt.example/';
const FIXTURES = ['convenience-store-zh', 'cafe-en'] as const;
/** Stands for "does not fit any QR version at this level". */
const NO_FIT = 41;

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

function version(link: string): number {
  try {
    return qrForLink(link, 'M').version;
  } catch (error) {
    if (error instanceof QrTooLargeError) return NO_FIT;
    throw error;
  }
}

export default async function bench(): Promise<Figure[]> {
  const signer = await signerFromKeyPair(await generateSigningKeyPair());
  const figures: Figure[] = [];
  for (const name of FIXTURES) {
    const json = readFileSync(
      new URL(`../../shared/fixtures/receipts/${name}.json`, import.meta.url),
      'utf8',
    );
    const receipt = validateReceipt(JSON.parse(json));
    const compact = JSON.stringify(receipt);
    const naive = `${BASE}#${base64url(new TextEncoder().encode(compact))}`;
    const deflated = `${BASE}#${base64url(deflateSync(new TextEncoder().encode(compact), { level: 9 }))}`;
    const signed = await encodeReceiptLink(BASE, receipt, { signer });
    const unsigned = await encodeReceiptLink(BASE, receipt);
    const standard = name === 'convenience-store-zh';
    figures.push(
      {
        name: `${name}: signed link`,
        unit: 'chars',
        value: signed.length,
        better: 'lower',
        compare: { name: 'base64url(JSON), unsigned', value: naive.length },
      },
      {
        name: `${name}: unsigned link`,
        unit: 'chars',
        value: unsigned.length,
        better: 'lower',
        compare: { name: 'deflate + base64url, unsigned', value: deflated.length },
      },
      {
        name: `${name}: QR version at M, signed`,
        unit: 'version',
        value: version(signed),
        better: 'lower',
        compare: { name: 'deflate + base64url, unsigned', value: version(deflated) },
        ...(standard ? { target: '≤ 20' } : {}),
      },
      {
        name: `${name}: QR version at M, unsigned`,
        unit: 'version',
        value: version(unsigned),
        better: 'lower',
        compare: { name: `base64url(JSON) (${NO_FIT} = does not fit)`, value: version(naive) },
      },
    );
    const sizes = {} as Record<'auto' | 'deflate' | 'none', number>;
    for (const compression of ['auto', 'deflate', 'none'] as const) {
      sizes[compression] = (await encodePayloadBytes(receipt, { compression })).length;
    }
    figures.push(
      {
        name: `${name}: payload bytes, deflate + preset dictionary`,
        unit: 'bytes',
        value: sizes.auto,
        better: 'lower',
        compare: { name: 'deflate without dictionary', value: sizes.deflate },
      },
      {
        name: `${name}: packed fields, no compression`,
        unit: 'bytes',
        value: sizes.none,
        better: 'lower',
        compare: { name: 'JSON (UTF-8)', value: new TextEncoder().encode(compact).length },
      },
    );
    if (standard) {
      const encodeMs = await medianMs(() => encodeReceiptLink(BASE, receipt, { signer }), 15);
      const decodeMs = await medianMs(() => decodeReceiptLink(signed), 15);
      figures.push(
        { name: `${name}: sign + encode link`, unit: 'ms', value: encodeMs, better: 'lower' },
        { name: `${name}: decode + verify link`, unit: 'ms', value: decodeMs, better: 'lower' },
        ...(await viewerFigures(receipt, signer)),
      );
    }
  }
  return figures;
}

const VIEWER_RUNS = 7;

/** The production viewer opening a signed link: shipped bytes, and script start → receipt rendered at CPU ÷4. */
async function viewerFigures(receipt: Receipt, signer: ReceiptSigner): Promise<Figure[]> {
  const distDir = mkdtempSync(join(tmpdir(), 'receipt-rescue-bench-viewer-'));
  await buildProduction(distDir);
  const server = await servePreview(distDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const url = await encodeReceiptLink(`${server.url}/`, receipt, { signer });
    const times: number[] = [];
    const decodeTimes: number[] = [];
    let js = 0;
    let css = 0;
    for (let run = 0; run < VIEWER_RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const shipped = recordShipped(page, distDir);
      await page.goto(url);
      await page.locator('.rv-verified').waitFor();
      const marks = await page.evaluate(() =>
        ['viewer-start', 'viewer-decoded', 'viewer-rendered'].map(
          (name) => performance.getEntriesByName(name)[0]!.startTime,
        ),
      );
      times.push(marks[2]! - marks[0]!);
      decodeTimes.push(marks[1]! - marks[0]!);
      js = sumGzip(shipped(), 'js');
      css = sumGzip(shipped(), 'css');
      await context.close();
    }
    const html = gzipSync(readFileSync(join(distDir, 'index.html')), { level: 9 }).length;
    return [
      {
        name: 'viewer: JavaScript on first load (gzip)',
        unit: 'bytes',
        value: js,
        better: 'lower',
        target: '≤ 10 KB',
      },
      {
        name: 'viewer: whole first load, HTML + JS + CSS (gzip)',
        unit: 'bytes',
        value: js + css + html,
        better: 'lower',
        target: '≤ 30 KB',
      },
      {
        name: 'viewer: script start → standard receipt rendered, CPU ÷4',
        unit: 'ms',
        value: median(times),
        better: 'lower',
        target: '≤ 100 ms',
      },
      {
        name: 'viewer: of which decode + verify, CPU ÷4',
        unit: 'ms',
        value: median(decodeTimes),
        better: 'lower',
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(distDir, { recursive: true, force: true });
  }
}
