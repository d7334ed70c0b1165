import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../_util/chromium';
import type { Lang } from '../../src/app/i18n';
import { layoutFaults, openSized, PHONE, TABLET, walkScreens, type Viewport } from './layout-helpers';

/** Where the screenshots go, to look at after a run (one per screen, size and language). */
const SHOTS = join(tmpdir(), 'receipt-rescue-screens');
/** The screens photographed; every screen the walk reaches is checked all the same. */
const PHOTOGRAPHED = new Set(['home', 'print-failure', 'virtual', 'faults', 'wizard', 'viewer']);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

const cases: [string, Lang, Viewport][] = [
  ['landscape tablet', 'zh', TABLET],
  ['landscape tablet', 'en', TABLET],
  ['phone', 'zh', PHONE],
  ['phone', 'en', PHONE],
];

describe('every screen at tablet and phone size', () => {
  test.each(cases)(
    'on a %s in %s, no screen scrolls sideways or cuts its text',
    async (_, lang, viewport) => {
      const { context, page } = await openSized(browser, viewport, lang);
      const found: string[] = [];
      const shot: string[] = [];
      await walkScreens(page, lang, async (where, shown) => {
        found.push(...(await layoutFaults(shown)).map((fault) => `${where}: ${fault}`));
        if (!PHOTOGRAPHED.has(where)) return;
        // Screens share one page: start each capture at the top, where the merchant's eye starts.
        await shown.evaluate(() => scrollTo(0, 0));
        const path = join(SHOTS, `${where}-${viewport.width}-${lang}.png`);
        const png = await shown.screenshot({ path, fullPage: true });
        // A full-page capture is as wide as the screen only if nothing sticks out sideways.
        expect(png.readUInt32BE(16), `${where} capture width`).toBe(viewport.width * (viewport.scale ?? 1));
        shot.push(where);
      });
      expect(shot.sort()).toEqual([...PHOTOGRAPHED].sort());
      expect(found.join('\n')).toBe('');
      await context.close();
    },
  );
});
