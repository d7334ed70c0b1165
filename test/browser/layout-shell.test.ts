import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../_util/chromium';
import { shellStrings } from '../../src/app/strings';
import { journalStrings } from '../../src/app/journal/strings';
import type { Lang } from '../../src/app/i18n';
import {
  boxOf,
  failToQr,
  go,
  inViewport,
  layoutFaults,
  openSized,
  PHONE,
  PORTRAIT,
  TABLET,
  virtualPaperOut,
} from './layout-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('the app bar', () => {
  test.each([320, 360, 390, 768] as const)(
    'at %i px wide it keeps every word on one line, in Chinese and in English',
    async (width) => {
      for (const lang of ['zh', 'en'] as const) {
        const { context, page } = await openSized(browser, { width, height: 800 }, lang);
        await page.goto(inject('appUrl'));
        await page.locator('.app-bar').waitFor();
        // Each text in the bar, and the lines it is laid out on.
        const lines = await page.locator('.app-bar').evaluate((bar) => {
          const walker = document.createTreeWalker(bar, NodeFilter.SHOW_TEXT);
          const found: [string, number][] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent?.trim() ?? '';
            if (!text) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            found.push([text, tops.size]);
          }
          return found;
        });
        expect(lines.map(([text]) => text)).toContain(shellStrings[lang].appName);
        expect(
          lines.filter(([, count]) => count !== 1),
          `${lang}: ${JSON.stringify(lines)}`,
        ).toEqual([]);
        expect(await layoutFaults(page), lang).toEqual([]);
        // The switch names the other language in that language, and switches to it.
        const other: Lang = lang === 'zh' ? 'en' : 'zh';
        await page.getByRole('button', { name: other === 'zh' ? '中文' : 'English' }).click();
        await page.locator('.app-name').getByText(shellStrings[other].appName, { exact: true }).waitFor();
        await context.close();
      }
    },
  );
});

describe('home with receipts waiting for paper', () => {
  test.each([
    ['landscape tablet', TABLET],
    ['portrait tablet', PORTRAIT],
    ['phone', PHONE],
  ] as const)(
    'on a %s, three waiting receipts fold to their count and leave the actions on screen',
    async (_, viewport) => {
      const { context, page } = await openSized(browser, viewport, 'en');
      const s = shellStrings.en;
      await virtualPaperOut(page, 'en');
      for (const id of ['WAIT-1', 'WAIT-2', 'WAIT-3']) await failToQr(page, id);
      await go(page, '#/');
      const list = page.getByRole('region', { name: journalStrings.en.unfinishedTitle(3) });
      await list.waitFor();

      expect(await page.evaluate(() => scrollY)).toBe(0);
      // The list is folded to its count: three receipts take the room of one.
      expect(await list.locator('.journal-item').first().isVisible()).toBe(false);
      if (viewport !== PHONE) {
        // On a tablet every task is in view, the first and the last.
        for (const name of [s.connectPrinter, s.troubleshoot]) {
          const box = await boxOf(page, `.actions >> text="${name}"`);
          expect(inViewport(box, viewport), `${name} at ${JSON.stringify(box)}`).toBe(true);
        }
      }
      // The receipts are one tap away.
      await list.getByRole('button', { name: journalStrings.en.showWaiting }).click();
      await expect(list.getByRole('button', { name: journalStrings.en.printAgain }).count()).resolves.toBe(3);
      expect(await layoutFaults(page)).toEqual([]);
      await context.close();
    },
  );
});
