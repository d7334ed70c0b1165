/**
 * The merchant app's first screen: what it ships, and how long until the printer status area is painted —
 * cold from the service-worker cache with the network cut, against a first visit over the (local) network.
 */
import type { BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProduction } from '../test/_util/build';
import { launchPersistentChromium } from '../test/_util/chromium';
import { servePreview } from '../test/_util/servers';
import { recordShipped, sumGzip } from '../test/_util/shipped';
import { median, type Figure } from './figures';

const RUNS = 10;

/** Records, in the page, when the status area is first painted (ms since navigation start). */
const PAINT_PROBE = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.status-area')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__statusPaintedAt = performance.now(); }, 0));
  }).observe(document, { childList: true, subtree: true });
`;

async function timeToStatus(context: BrowserContext, url: string, cpuRate: number): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  await page.addInitScript(PAINT_PROBE);
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => (window as unknown as { __statusPaintedAt?: number }).__statusPaintedAt,
  );
  const at = (await handle.jsonValue()) as number;
  await page.close();
  return at;
}

export default async function bench(): Promise<Figure[]> {
  const distDir = mkdtempSync(join(tmpdir(), 'receipt-rescue-bench-dist-'));
  await buildProduction(distDir);
  const server = await servePreview(distDir);
  const figures: Figure[] = [];
  try {
    // What the first screen ships.
    const probeProfile = mkdtempSync(join(tmpdir(), 'receipt-rescue-bench-'));
    const probe = await launchPersistentChromium(probeProfile);
    const page = await probe.newPage();
    const shipped = recordShipped(page, distDir);
    await page.goto(server.url);
    await page.locator('.status-area').waitFor();
    await page.waitForLoadState('networkidle');
    const files = shipped();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await probe.close();
    figures.push({
      name: 'app first screen: JavaScript (gzip)',
      unit: 'bytes',
      value: sumGzip(files, 'js'),
      better: 'lower',
      target: '≤ 60 KB',
    });
    figures.push({
      name: 'app first screen: CSS (gzip)',
      unit: 'bytes',
      value: sumGzip(files, 'css'),
      better: 'lower',
    });

    for (const cpuRate of [1, 4]) {
      const offline: number[] = [];
      const online: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        // Cold: a fresh browser process on the profile whose service worker is installed, network cut.
        const warm = await launchPersistentChromium(probeProfile);
        await warm.setOffline(true);
        offline.push(await timeToStatus(warm, server.url, cpuRate));
        await warm.close();
        // The alternative: a first visit on an empty profile, everything over the network.
        const freshProfile = mkdtempSync(join(tmpdir(), 'receipt-rescue-bench-'));
        const fresh = await launchPersistentChromium(freshProfile);
        online.push(await timeToStatus(fresh, server.url, cpuRate));
        await fresh.close();
        rmSync(freshProfile, { recursive: true, force: true });
      }
      figures.push({
        name: `offline cold start to status painted${cpuRate > 1 ? `, CPU ÷${cpuRate}` : ''}`,
        unit: 'ms',
        value: median(offline),
        better: 'lower',
        compare: { name: 'first visit over the network', value: median(online) },
        target: cpuRate === 1 ? '≤ 1000 ms' : undefined,
      });
    }
    rmSync(probeProfile, { recursive: true, force: true });
  } finally {
    await server.close();
    rmSync(distDir, { recursive: true, force: true });
  }
  return figures;
}
