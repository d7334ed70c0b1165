/**
 * The content security policy: the built page carries a strict one (only our own origin for scripts, styles,
 * images, workers and connections; nothing inline), Chromium enforces it, and nothing the app or the
 * e-receipt viewer does trips it.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../_util/chromium';
import { fixtureJson } from '../_util/fixtures';
import { hrefFor } from '../../src/app/router';
import { shellStrings } from '../../src/app/strings';
import { printStrings } from '../../src/app/journal/strings';
import { virtualStrings } from '../../src/app/virtual-printer/strings';
import { ereceiptStrings } from '../../src/app/ereceipt/strings';
import { encodeReceiptPayload } from '../../src/receipt/link/encode';
import { generateSigningKeyPair, signerFromKeyPair } from '../../src/receipt/sign';
import { validateReceipt } from '../../src/receipt/validate';
import { openEveryScreen } from './screens-helpers';

const shell = shellStrings.en;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** The policy of the built index.html, directive by directive. */
function builtPolicy(): { meta: string; html: string; directives: Map<string, string[]> } {
  const html = readFileSync(join(inject('distDir'), 'index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i.exec(html);
  const directives = new Map<string, string[]>();
  // Vite writes the attribute's quotes as character references.
  const content = (meta?.[1] ?? '')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
  for (const part of content.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name, values);
  }
  return { meta: meta?.[0] ?? '', html, directives };
}

declare global {
  interface Window {
    /** Violations seen by the page, recorded from its first script on (see `recordViolations`). */
    cspViolations?: string[];
  }
}

/** Records every CSP violation of every page of `context`: the DOM event, and Chromium's console report. */
async function recordViolations(context: BrowserContext): Promise<(page: Page) => Promise<string[]>> {
  await context.addInitScript(() => {
    const seen: string[] = (window.cspViolations = []);
    addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI}: ${event.sample}`),
    );
  });
  const logged: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  return async (page) => [...(await page.evaluate(() => window.cspViolations ?? [])), ...logged];
}

describe('content security policy', () => {
  test('the built page carries a strict policy before anything it governs', () => {
    const { meta, html, directives } = builtPolicy();
    expect(meta, 'a <meta http-equiv="Content-Security-Policy"> in index.html').not.toBe('');
    for (const directive of [
      'default-src',
      'script-src',
      'style-src',
      'img-src',
      'connect-src',
      'worker-src',
    ])
      expect(directives.get(directive), directive).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    // A meta policy covers only what comes after it: it must precede every script and stylesheet.
    const at = html.indexOf(meta);
    expect(at).toBeLessThan(html.search(/<script|<link[^>]+stylesheet|<style/));
  });

  test('Chromium enforces it: an injected inline script does not run, an injected style attribute does not apply', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await page.getByRole('navigation', { name: shell.actions }).waitFor();
    const outcome = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = '<p style="display: none">injected</p>';
      document.body.append(holder);
      return {
        ran: (window as { injected?: boolean }).injected === true,
        display: getComputedStyle(holder.firstElementChild!).display,
      };
    });
    expect(outcome).toEqual({ ran: false, display: 'block' });
    await context.close();
  });

  test('every screen, printing a receipt on the virtual printer and issuing an e-receipt trip no violation', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const violations = await recordViolations(context);
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    // The service worker registers and takes over under the policy.
    await page.getByText(shell.offlineReady).waitFor();
    await openEveryScreen(page);

    // The virtual printer is connected by now: print the sample receipt through the print screen.
    await page.evaluate((href) => (location.hash = href), hrefFor('virtual'));
    await page.getByRole('link', { name: virtualStrings.en.printSample }).click();
    await page.getByRole('button', { name: printStrings.en.print, exact: true }).click();
    await page.getByText(printStrings.en.printed).waitFor();

    // An e-receipt by hand: its QR code and the receipt's preview.
    await page.evaluate((href) => (location.hash = href), hrefFor('ereceipt'));
    await page.getByLabel(ereceiptStrings.en.shopName).fill('Corner Café');
    await page.getByLabel(ereceiptStrings.en.amount).fill('12.50');
    await page.getByRole('button', { name: ereceiptStrings.en.issue }).click();
    await page.getByLabel(ereceiptStrings.en.linkLabel).waitFor();
    await page.locator('.ereceipt-preview .rr-paper').waitFor();

    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test('the customer opening a signed e-receipt link trips no violation', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const violations = await recordViolations(context);
    const page = await context.newPage();
    const receipt = validateReceipt(fixtureJson('convenience-store-zh'));
    const signer = await signerFromKeyPair(await generateSigningKeyPair());
    await page.goto(`${inject('appUrl')}/#${await encodeReceiptPayload(receipt, { signer })}`);
    await page.getByRole('status').waitFor();
    await page.locator('.rr-paper').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    // And the receipt still looks like paper: as wide as 32 characters of its font (plus its padding).
    const widths = await page.locator('.rr-paper').evaluate((paper) => {
      const probe = document.createElement('span');
      probe.textContent = '0'.repeat(32);
      probe.style.position = 'absolute';
      paper.append(probe);
      const style = getComputedStyle(paper);
      const content = paper.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { content, columns: probe.getBoundingClientRect().width };
    });
    expect(Math.abs(widths.content - widths.columns)).toBeLessThan(2);
    await context.close();
  });
});
