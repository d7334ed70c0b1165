import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../_util/chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('faults from the virtual printer reach the fault log', () => {
  test('opening the virtual printer’s cover logs "Cover open" with every field, and it survives a reload', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/virtual`);
    await page.getByRole('button', { name: 'Connect the virtual printer' }).click();
    const status = page.locator('.status-area').getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toContain('Ready');

    await page.getByRole('switch', { name: 'Open the cover' }).click();
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toContain('Cannot print');
    await expect(status.textContent()).resolves.toContain('Close the cover firmly');

    await page.goto(`${inject('appUrl')}/#/faults`);
    const entry = page.locator('.fault-entry[data-kind="cover-open"]');
    await entry.waitFor();
    const read = async () => ({
      title: await entry.locator('.fault-title').textContent(),
      when: await entry.locator('.fault-when').textContent(),
      printer: await entry.locator('.fault-printer').textContent(),
      todo: await entry.locator('.fault-todo').textContent(),
      technical: await entry.locator('.fault-technical').textContent(),
    });
    const before = await read();
    expect(before.title).toBe('Cover open');
    expect(before.when).toMatch(/Local time: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d · UTC: \d{4}-.*Z/);
    expect(before.printer).toContain('(virtual)');
    expect(before.printer).toContain('Doing: Idle');
    expect(before.todo).toBe('What to do: Close the cover firmly until it clicks.');
    // The status reply that showed the open cover is kept as hex for support.
    expect(before.technical).toMatch(/Printer reply \(hex\)([0-9a-f]{2} ?)+/);
    expect(before.technical).toContain('"coverOpen":true');

    await page.reload();
    await entry.waitFor();
    expect(await read()).toEqual(before);
    await context.close();
  });

  test('closing the cover again ends the logged fault as fixed, and the light goes back to ready', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/virtual`);
    await page.getByRole('button', { name: 'Connect the virtual printer' }).click();
    const status = page.locator('.status-area').getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toContain('Ready');
    const cover = page.getByRole('switch', { name: 'Open the cover' });
    await cover.click();
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toContain('Cannot print');
    await cover.click();
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toContain('Ready');

    await page.goto(`${inject('appUrl')}/#/faults`);
    const entry = page.locator('.fault-entry[data-kind="cover-open"]');
    await expect.poll(() => entry.getAttribute('data-resolved')).toBe('1');
    await expect(entry.locator('.fault-ending').textContent()).resolves.toMatch(/^Fixed · \d{4}-/);
    await context.close();
  });
});
