/** Opening every screen of the merchant app and checking that each one rendered, for the offline and CSP tests. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { hrefFor, ROUTE_NAMES, type RouteName } from '../../src/app/router';
import { shellStrings } from '../../src/app/strings';
import { faultLogStrings } from '../../src/app/fault-log/strings';
import { wizardStrings } from '../../src/app/wizard/strings';
import { ereceiptStrings } from '../../src/app/ereceipt/strings';
import { printStrings } from '../../src/app/journal/strings';
import { virtualStrings } from '../../src/app/virtual-printer/strings';

const shell = shellStrings.en;

type ScreenCheck = (page: Page) => Promise<void>;

/** Most screens show that they rendered by their title. */
const title =
  (name: string): ScreenCheck =>
  (page) =>
    page.getByRole('heading', { name, level: 1 }).waitFor();

/**
 * How a screen shows that it rendered, where there is more to it than a title. Every route of the router is
 * opened (a new screen is covered as it is added); one not listed here must show a title (`h1`).
 */
const SCREENS: Partial<Record<RouteName, ScreenCheck>> = {
  home: (page) => page.getByRole('navigation', { name: shell.actions }).waitFor(),
  virtual: async (page) => {
    await title(virtualStrings.en.title)(page);
    // Connecting and printing loads the virtual printer's own chunks, and its paper view's CSS.
    await page.getByRole('button', { name: virtualStrings.en.connect }).click();
    await page.getByRole('button', { name: shell.printTestPage }).click();
    await page.getByRole('heading', { name: virtualStrings.en.paper }).waitFor();
  },
  faults: title(faultLogStrings.en.title),
  wizard: title(wizardStrings.en.title),
  ereceipt: title(ereceiptStrings.en.title),
  print: title(printStrings.en.title),
  settings: title(shell.settings),
};
const anyTitle: ScreenCheck = (page) => page.locator('main h1').first().waitFor();

/** Opens every screen by changing the fragment (no navigation, no reload) and checks each one rendered. */
export async function openEveryScreen(page: Page): Promise<void> {
  for (const name of ROUTE_NAMES) {
    await page.evaluate((href) => (location.hash = href), hrefFor(name));
    await (SCREENS[name] ?? anyTitle)(page);
    await expect(page.getByText(shell.somethingWentWrong).count(), name).resolves.toBe(0);
  }
}
