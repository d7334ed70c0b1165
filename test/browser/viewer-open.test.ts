import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../_util/chromium';
import { fixtureJson } from '../_util/fixtures';
import { recordShipped, sumGzip, describeShipped } from '../_util/shipped';
import { encodeReceiptPayload } from '../../src/receipt/link/encode';
import {
  generateSigningKeyPair,
  keyFingerprint,
  signerFromKeyPair,
  type ReceiptSigner,
} from '../../src/receipt/sign';
import { validateReceipt } from '../../src/receipt/validate';
import { formatMoney } from '../../src/receipt/money';

let browser: Browser;
let signer: ReceiptSigner;
beforeAll(async () => {
  browser = await launchChromium();
  signer = await signerFromKeyPair(await generateSigningKeyPair());
});
afterAll(async () => {
  await browser.close();
});

const zh = () => validateReceipt(fixtureJson('convenience-store-zh'));
const en = () => validateReceipt(fixtureJson('cafe-en'));

async function openLink(
  payload: string,
  locale = 'en-US',
): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${inject('appUrl')}/#${payload}`);
  await page.locator('.rv-status').waitFor();
  return { page, requests, close: () => context.close() };
}

describe('customer viewer', () => {
  test('a signed link opened in a fresh browser shows every item, the total, and only what the signature proves: unaltered since the device with this fingerprint signed it, the first from this shop here', async () => {
    const receipt = zh();
    const { page, close } = await openLink(await encodeReceiptPayload(receipt, { signer }));
    const status = await page.getByRole('status').textContent();
    const fingerprint = await keyFingerprint(signer.publicKey);
    expect(fingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(status).toBe(
      `✔ 设备 ${fingerprint} 签名后未经改动。 本机首次收到「${receipt.shop.name}」的小票。`,
    );
    // The key travels in the link, so the signature cannot vouch that the shop named issued it.
    expect(status).not.toMatch(/已验证|由「/);
    const paper = (await page.locator('.rr-paper').innerText()).replace(/\s+/g, ' ');
    for (const item of receipt.items) expect(paper).toContain(item.name.replace(/\s+/g, ' '));
    expect(paper).toContain('合计 ￥448.70');
    expect(paper).toContain('**** 1234');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await close();
  });

  test('the language switch shows the receipt words and the verification in English', async () => {
    const receipt = zh();
    const { page, close } = await openLink(await encodeReceiptPayload(receipt, { signer }));
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      `✔ Unaltered since signed by the device with fingerprint ${await keyFingerprint(signer.publicKey)}. ` +
        `First receipt from “${receipt.shop.name}” on this phone.`,
    );
    const paper = (await page.locator('.rr-paper').innerText()).replace(/\s+/g, ' ');
    expect(paper).toContain(`Total ${formatMoney(receipt.total, 'CNY', { display: 'symbol', paper: true })}`);
    await close();
  });

  test('"Save as image" downloads a PNG of the receipt named after its number, with no network', async () => {
    const { page, requests, close } = await openLink(await encodeReceiptPayload(zh(), { signer }));
    const before = requests.length;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '保存为图片' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('receipt-XP80-0042-001873.png');
    const png = readFileSync((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBeGreaterThan(300); // IHDR width: a receipt, not an empty canvas
    for (const url of requests.slice(before)) expect(url.startsWith(inject('appUrl'))).toBe(true);
    await close();
  });

  test('an altered signed link says so and shows no receipt', async () => {
    const payload = await encodeReceiptPayload(zh(), { signer });
    const at = Math.floor(payload.length / 2);
    const altered = payload.slice(0, at) + (payload[at] === '7' ? '8' : '7') + payload.slice(at + 1);
    const { page, close } = await openLink(altered);
    const alert = await page.getByRole('alert').textContent();
    expect(alert).toMatch(/^✖ (Altered after signing|This link cannot be read)/);
    await expect(page.locator('.rr-paper').count()).resolves.toBe(0);
    await close();
  });

  test('a damaged link in a Chinese browser gets the Chinese damaged-link message', async () => {
    const { page, close } = await openLink('1ABC', 'zh-CN');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('链接无法读取');
    await close();
  });

  test('a shop name with markup is shown as text: no element is injected, signed or not', async () => {
    const receipt = { ...zh(), shop: { name: '<img src=x onerror="document.title=1">' } };
    const unsigned = await openLink(await encodeReceiptPayload(receipt));
    await expect(unsigned.page.getByRole('status').textContent()).resolves.toContain('无可验证的签名');
    await expect(unsigned.page.locator('img').count()).resolves.toBe(0);
    await expect(unsigned.page.locator('.rr-paper').innerText()).resolves.toContain('<img src=x');
    await unsigned.close();
    // Signed, the status line names the shop too.
    const signed = await openLink(await encodeReceiptPayload(receipt, { signer }));
    await expect(signed.page.getByRole('status').textContent()).resolves.toContain(
      `「${receipt.shop.name}」`,
    );
    await expect(signed.page.locator('img').count()).resolves.toBe(0);
    await signed.close();
  });

  test('the phone remembers the device behind a shop name: the same device again says so, another device claiming that shop is a warning that survives a reload, and another phone knows nothing', async () => {
    const other = await signerFromKeyPair(await generateSigningKeyPair());
    const [mine, theirs] = [await keyFingerprint(signer.publicKey), await keyFingerprint(other.publicKey)];
    const shop = en().shop.name;
    const link = async (id: string, by: ReceiptSigner) =>
      `${inject('appUrl')}/#${await encodeReceiptPayload({ ...en(), id }, { signer: by })}`;
    const phone = await browser.newContext({ locale: 'en-US' });
    const open = async (url: string) => {
      const page = await phone.newPage();
      await page.goto(url);
      await page.locator('.rv-status').waitFor();
      return page;
    };

    const first = await open(await link('A-1', signer));
    await expect(first.getByRole('status').textContent()).resolves.toContain(
      `First receipt from “${shop}” on this phone.`,
    );
    const second = await open(await link('A-2', signer));
    await expect(second.getByRole('status').textContent()).resolves.toBe(
      `✔ Unaltered since signed by the device with fingerprint ${mine}. Same device as before for “${shop}”.`,
    );

    const forged = await open(await link('B-1', other));
    const warning = `⚠ Earlier receipts from “${shop}” came from device ${mine}: this one may not be from that shop!`;
    await expect(forged.getByRole('alert').textContent()).resolves.toBe(
      `✔ Unaltered since signed by the device with fingerprint ${theirs}. ${warning}`,
    );
    await expect(forged.getByRole('status').count()).resolves.toBe(0);
    await forged.reload();
    await forged.locator('.rv-status').waitFor();
    await expect(forged.getByRole('alert').textContent()).resolves.toContain(warning);
    await phone.close();

    const otherPhone = await openLink((await link('B-1', other)).split('#')[1]!);
    await expect(otherPhone.page.getByRole('status').textContent()).resolves.toContain(
      `First receipt from “${shop}” on this phone.`,
    );
    await otherPhone.close();
  });

  test('where the phone keeps nothing (storage blocked), the signature line stands alone, saying nothing about earlier receipts', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#${await encodeReceiptPayload(en(), { signer })}`);
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      `✔ Unaltered since signed by the device with fingerprint ${await keyFingerprint(signer.publicKey)}.`,
    );
    await expect(page.locator('.rr-paper').count()).resolves.toBe(1);
    await context.close();
  });

  test('the viewer loads only its own static files, never the merchant app, and its first load stays under 30 KB gzipped', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const shipped = recordShipped(page, inject('distDir'));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${inject('appUrl')}/#${await encodeReceiptPayload(zh(), { signer })}`);
    await page.getByRole('status').waitFor();
    for (const url of requests) expect(url.startsWith(inject('appUrl'))).toBe(true);
    const files = shipped();
    // The preset dictionary comes from the page's own data block, not the built-in copy's chunk.
    expect(files.map((file) => file.path).filter((path) => /\/dictionary-[^/]*\.js$/.test(path))).toEqual([]);
    for (const file of files) {
      const text = readFileSync(join(inject('distDir'), file.path), 'utf8');
      expect(text, file.path).not.toContain('Connect printer');
    }
    const js = sumGzip(files, 'js');
    const html = gzipSync(readFileSync(join(inject('distDir'), 'index.html')), { level: 9 }).length;
    console.warn(`viewer first load: ${js} B gz JS + ${html} B gz HTML (${describeShipped(files)})`);
    expect(js + sumGzip(files, 'css') + html).toBeLessThanOrEqual(30 * 1024);
    await context.close();
  });
});
