import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { fixtureJson } from '../_util/fixtures';
import { encodeReceiptPayload } from '../../src/receipt/link/encode';
import { BASE43_ALPHABET } from '../../src/receipt/link/from-base43';
import { generateSigningKeyPair, signerFromKeyPair } from '../../src/receipt/sign';
import { validateReceipt } from '../../src/receipt/validate';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const store = validateReceipt(fixtureJson('convenience-store-zh'));
const cafe = validateReceipt(fixtureJson('cafe-en'));

/** Opens `#/print?payload=<as given>` and says what the print screen shows. */
async function handedOver(payloadInUrl: string): Promise<{ alert: string; paper: string; print: number }> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${inject('appUrl')}/#/print?payload=${payloadInUrl}`);
  await page.locator('.ereceipt-preview, [role=alert]').first().waitFor({ timeout: 10_000 });
  const result = {
    alert: (await page.getByRole('alert').allTextContents()).join(' '),
    paper: (await page.locator('.ereceipt-preview').allInnerTexts()).join(' ').replace(/\s+/g, ' '),
    print: await page.getByRole('button', { name: 'Print', exact: true }).count(),
  };
  await context.close();
  return result;
}

describe('an e-receipt payload handed over as #/print?payload=', () => {
  test('a payload holding every character of the link alphabet opens as written and percent-encoded', async () => {
    const payload = await encodeReceiptPayload(store);
    // The link alphabet, `+` included, all in this one payload.
    expect([...BASE43_ALPHABET].filter((c) => !payload.includes(c))).toEqual([]);
    for (const form of [payload, encodeURIComponent(payload)]) {
      const shown = await handedOver(form);
      expect(shown.alert).toBe('');
      expect(shown.paper).toContain(store.id);
      expect(shown.paper).toContain(store.items.at(-1)?.name);
      expect(shown.paper).toContain('448.70');
      expect(shown.print).toBe(1);
    }
  });

  test('a signed payload opens as written, its signature intact', async () => {
    const signer = await signerFromKeyPair(await generateSigningKeyPair());
    const payload = await encodeReceiptPayload(cafe, { signer });
    expect(payload).toContain('+');
    const shown = await handedOver(payload);
    expect(shown.alert).toBe('');
    expect(shown.paper).toContain(cafe.id);
    expect(shown.print).toBe(1);
  });
});
