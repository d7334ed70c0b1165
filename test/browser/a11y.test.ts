import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { launchChromium } from '../_util/chromium';
import type { Lang } from '../../src/app/i18n';
import { openSized, PHONE, TABLET, walkScreens, type Viewport } from './layout-helpers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** axe-core's violations on the page as it is now (WCAG A/AA and best practices), one line per rule. */
async function violations(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe.run(document),
  );
  return result.violations.map(
    (rule) =>
      `${where}: ${rule.id} (${rule.impact ?? ''}) ${rule.help}: ${rule.nodes
        .slice(0, 4)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}

const cases: [string, Lang, Viewport][] = [
  ['landscape tablet', 'zh', TABLET],
  ['landscape tablet', 'en', TABLET],
  ['phone', 'zh', PHONE],
  ['phone', 'en', PHONE],
];

describe('accessibility', () => {
  test.each(cases)(
    'on a %s in %s, axe finds nothing on any screen, the print failure and the customer viewer',
    async (_, lang, viewport) => {
      // The app's content security policy admits no inline script: axe is injected past it, as a tool.
      const { context, page } = await openSized(browser, viewport, lang, { bypassCSP: true });
      const found: string[] = [];
      const seen: string[] = [];
      await walkScreens(page, lang, async (where, shown) => {
        seen.push(where);
        found.push(...(await violations(shown, where)));
      });
      expect(seen).toContain('viewer');
      expect(found.join('\n')).toBe('');
      await context.close();
    },
  );
});
