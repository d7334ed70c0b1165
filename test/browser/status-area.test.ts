import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../_util/chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function withVirtualPrinter(locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(`${inject('appUrl')}/#/virtual`);
  await page.getByRole('button', { name: 'Connect the virtual printer' }).click();
  await expect
    .poll(() => page.locator('.status-area').getByRole('status').textContent(), { timeout: 5000 })
    .toContain('Ready');
  return page;
}

describe('status area traffic light', () => {
  test('green ready, amber for paper near end, red with the paper action for paper out', async () => {
    const page = await withVirtualPrinter();
    const area = page.locator('.status-area');
    await expect(area.getAttribute('data-tone')).resolves.toBe('ok');

    await page.getByRole('switch', { name: 'Paper nearly out' }).click();
    await expect.poll(() => area.getAttribute('data-tone')).toBe('warn');
    await expect(page.locator('.status-area').getByRole('status').textContent()).resolves.toContain(
      'Needs attention',
    );
    const fix = area.getByRole('link', { name: 'Fix it step by step' });
    await expect(fix.getAttribute('href')).resolves.toBe('#/wizard?fault=paper-near-end');

    await page.getByRole('switch', { name: 'Pull the paper out' }).click();
    await expect.poll(() => area.getAttribute('data-tone')).toBe('bad');
    await expect(page.locator('.status-area').getByRole('status').textContent()).resolves.toContain(
      'Cannot print',
    );
    const load = area.getByRole('link', { name: 'Open the cover and load paper' });
    await expect(load.getAttribute('href')).resolves.toBe('#/wizard?fault=paper-out');
    await page.context().close();
  });

  test('an unplugged printer turns the light red with "Printer unplugged" and a Reconnect button', async () => {
    const page = await withVirtualPrinter();
    const area = page.locator('.status-area');
    await page.getByRole('switch', { name: 'Unplug the cable' }).click();
    await expect.poll(() => area.getAttribute('data-state')).toBe('not-connected');
    await expect(area.getAttribute('data-tone')).resolves.toBe('bad');
    await expect(page.locator('.status-area').getByRole('status').textContent()).resolves.toContain(
      'Printer unplugged',
    );
    await expect(area.getByRole('button', { name: 'Reconnect' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  test('offline, the area says what still works; back online it says so (Chinese)', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    const network = page.getByTestId('network');
    await expect.poll(() => network.textContent()).toBe('已联网');
    await context.setOffline(true);
    await expect.poll(() => network.textContent()).toBe('已断网 — 打印、故障记录和二维码电子小票仍可使用。');
    await context.setOffline(false);
    await expect.poll(() => network.textContent()).toBe('已联网');
    await context.close();
  });

  test('a low battery that is not charging is a warning; charging, it is just a reading', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript(() => {
      const battery = Object.assign(new EventTarget(), { level: 0.12, charging: false });
      (window as unknown as { fakeBattery: typeof battery }).fakeBattery = battery;
      Object.defineProperty(navigator, 'getBattery', { value: () => Promise.resolve(battery) });
    });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    const note = page.getByTestId('battery');
    await expect.poll(() => note.textContent()).toBe('Battery low (12%): plug the tablet in.');
    await expect(note.getAttribute('data-low')).resolves.toBe('yes');
    await page.evaluate(() => {
      const battery = (window as unknown as { fakeBattery: EventTarget & { charging: boolean } }).fakeBattery;
      battery.charging = true;
      battery.dispatchEvent(new Event('chargingchange'));
    });
    await expect.poll(() => note.textContent()).toBe('Battery 12%, charging');
    await expect(note.getAttribute('data-low')).resolves.toBe('no');
    await context.close();
  });
});
