/**
 * The browser is killed (SIGKILL, as a crash or a pulled plug would) after the printer took every byte of a
 * receipt, while it is still printing it; the app is reopened on the same profile. The customer's paper is
 * already out, so the app must not print it again unless the merchant asks.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPersistentChromium } from '../_util/chromium';
import { fakeUsbScript } from '../_util/fake-devices';
import type { FakeUsbControl, FakeUsbOptions } from '../_util/fake-usb';
import { fixtureJson, fixtureText } from '../_util/fixtures';
import { journalState } from './sale-helpers';

declare global {
  interface Window {
    fakeUsb: FakeUsbControl;
    /** Writes the busy printer has not taken in yet (set by `busyAfterCut`). */
    heldAfterCut?: number;
  }
}

const PRINTER: FakeUsbOptions = {
  vendorId: 0x0416,
  productId: 0x5011,
  serialNumber: 'FAKE-KILL-1',
  productName: 'POS-80 (fake)',
  maxTransfer: 4096,
};

const id = String(fixtureJson('convenience-store-zh').id);
const handOff = `#/print?receipt=${Buffer.from(fixtureText('convenience-store-zh')).toString('base64url')}`;
/** The last item: on paper only when the whole receipt printed. */
const LAST_ITEM = '南孚电池';

async function open(profile: string, hash = ''): Promise<{ context: BrowserContext; page: Page }> {
  const context = await launchPersistentChromium(profile);
  await context.addInitScript({ content: await fakeUsbScript(PRINTER) });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${inject('appUrl')}/${hash}`);
  return { context, page };
}

const statusText = (page: Page) => () =>
  page.getByRole('region', { name: 'Printer status' }).getByRole('status').textContent();

/**
 * The browser process of `profile` (the one process started with that profile and no `--type`: renderers,
 * GPU and utility processes all carry one), found by its command line.
 */
function browserPid(profile: string): number {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${name}/cmdline`, 'latin1').split('\0');
    } catch {
      continue; // the process ended while we looked
    }
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((arg) => arg.startsWith('--type='))) {
      return Number(name);
    }
  }
  throw new Error(`no browser process for profile ${profile}`);
}

/**
 * Makes the fake printer busy printing once the job's cut is in: real-time status (DLE EOT) is answered
 * at once, but in-order questions like the completion fence (GS ( H, GS r) are only taken in after the
 * paper is out (Epson ESC/POS reference, GS ( H: "processed after the preceding data is printed").
 */
function busyAfterCut(page: Page): Promise<void> {
  return page.evaluate(() => {
    const printer = window.fakeUsb.printer;
    const receive = printer.receive.bind(printer);
    window.heldAfterCut = 0;
    printer.receive = (bytes: Uint8Array) => {
      const cut = printer.paper.items.some((item) => item.kind === 'cut');
      if (cut && !(bytes[0] === 0x10 && bytes[1] === 0x04)) {
        window.heldAfterCut = (window.heldAfterCut ?? 0) + 1;
        return;
      }
      receive(bytes);
    };
  });
}

describe('the browser killed after the last byte of a receipt reached the printer', () => {
  test('on reopening the receipt is "probably printed": It printed journals it printed and nothing more reaches the printer', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'receipt-rescue-kill-'));

    // A tablet that has used this printer before: the grant and the printer are remembered.
    const first = await open(profile);
    await first.page.getByRole('button', { name: 'Connect printer' }).click();
    await first.page.getByRole('button', { name: 'USB' }).click();
    await expect.poll(statusText(first.page), { timeout: 10_000 }).toContain('Ready');
    await first.context.close();

    const sale = await open(profile, handOff);
    const print = sale.page.getByRole('button', { name: 'Print', exact: true });
    await expect.poll(() => print.isEnabled(), { timeout: 10_000 }).toBe(true);
    await busyAfterCut(sale.page);
    await print.click();
    // Every byte and the cut are in, and the fence has been asked: the printer is printing.
    await expect
      .poll(() => sale.page.evaluate(() => window.heldAfterCut), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await sale.page.evaluate(() => JSON.stringify(window.fakeUsb.printer.paper.items))).toContain(
      LAST_ITEM,
    );
    // The journal write of that moment takes a few milliseconds; a kill later in the (seconds-long) printing
    // finds it done. Give it up to 5 s, then kill whatever the journal says.
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && (await journalState(sale.page, id)) === 'printing') {
      await sale.page.waitForTimeout(20);
    }
    process.kill(browserPid(profile), 'SIGKILL');
    await sale.context.close().catch(() => undefined); // the connection is gone with the process

    const after = await open(profile);
    const { page } = after;
    await expect.poll(statusText(page), { timeout: 10_000 }).toContain('Ready');
    const list = page.getByRole('region', { name: '1 receipt still needs paper' });
    await list.waitFor({ timeout: 10_000 });
    const item = list.locator(`[data-receipt="${id}"]`);
    await expect.poll(() => item.textContent()).toContain('probably printed — look at the printer');
    // It printed comes first, with Print again and the e-receipt beside it.
    expect(await item.getByRole('button').allTextContents()).toEqual([
      'It printed',
      'Print again',
      'Issue e-receipt',
    ]);
    await item.getByRole('button', { name: 'It printed' }).click();
    await expect.poll(() => journalState(page, id), { timeout: 5000 }).toBe('printed');
    await expect.poll(() => list.count()).toBe(0);
    // Nothing but status questions reached the printer after reopening: no second copy, no cut.
    const paper = await page.evaluate(() => JSON.stringify(window.fakeUsb.printer.paper.items));
    expect(paper).not.toContain(LAST_ITEM);
    expect(paper).not.toContain('"cut"');
    await after.context.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  });
});
