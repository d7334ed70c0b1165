/** Benchmarks that drive a page module in headless Chromium, served from the sources by the dev server. */
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/_util/chromium';
import { serveSources } from '../test/_util/servers';

/** Runs `use` with a blank page on the dev server (`bench/page.html`), then closes the browser and server. */
export async function withBenchPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
  const server = await serveSources();
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(`${server.url}/bench/page.html`);
    return await use(page);
  } finally {
    await browser.close();
    await server.close();
  }
}
