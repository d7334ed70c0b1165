import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../_util/chromium';
import { fixtureJson, fixturePath } from '../_util/fixtures';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('the Web Share Target', () => {
  test('the manifest declares a multipart POST share target for .json files', () => {
    const manifest = JSON.parse(readFileSync(join(inject('distDir'), 'manifest.webmanifest'), 'utf8')) as {
      share_target: {
        action: string;
        method: string;
        enctype: string;
        params: { files: { name: string; accept: string[] }[] };
      };
    };
    expect(manifest.share_target).toMatchObject({
      action: '/share-receipt',
      method: 'POST',
      enctype: 'multipart/form-data',
    });
    expect(manifest.share_target.params.files[0]).toMatchObject({ name: 'receipt' });
    expect(manifest.share_target.params.files[0]!.accept).toContain('.json');
  });

  test('a shared receipt file posted to the share target opens the print screen showing that receipt, and is deleted once journaled', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect(page.evaluate(() => navigator.serviceWorker.controller !== null)).resolves.toBe(true);
    // What the browser does when a file is shared to the installed app: a multipart POST navigation.
    await page.evaluate(() => {
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = '/share-receipt';
      form.enctype = 'multipart/form-data';
      const input = document.createElement('input');
      input.type = 'file';
      input.name = 'receipt';
      input.id = 'shared-file';
      form.append(input);
      document.body.append(form);
    });
    await page.setInputFiles('#shared-file', fixturePath('convenience-store-zh'));
    await Promise.all([
      page.waitForURL(/#\/print\?shared=/),
      page.evaluate(() => document.forms[0]!.submit()),
    ]);
    await page.getByRole('button', { name: 'Print', exact: true }).waitFor();
    const preview = (await page.locator('.ereceipt-preview').textContent()) ?? '';
    expect(preview).toContain(String(fixtureJson('convenience-store-zh').id));
    expect(preview).toContain('南孚电池 AA 4粒装');
    const sharedFiles = () =>
      page.evaluate(async () => (await (await caches.open('receipt-rescue-shared')).keys()).length);
    await expect(sharedFiles()).resolves.toBe(1);
    // Once the receipt is journaled (here: no printer, so it becomes an e-receipt), the shared copy goes.
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await page.locator('.ereceipt-qr').waitFor();
    await expect.poll(sharedFiles).toBe(0);
    await context.close();
  });
});
