/** What the fake USB printer (`window.fakeUsb`, see test/_util/fake-usb.ts) has printed, read from a page. */
import type { Page } from 'playwright-core';
import type { TextLine } from '../../src/escpos/interpreter';
import { columnsOf } from '../../src/escpos/text-width';
import type { FakeUsbControl } from '../_util/fake-usb';

declare global {
  interface Window {
    fakeUsb: FakeUsbControl;
  }
}

/** Text lines on the fake printer's paper since the last tear-off, with their printed width in columns. */
export async function printedLines(page: Page): Promise<{ text: string; columns: number }[]> {
  const items = JSON.parse(await page.evaluate(() => JSON.stringify(window.fakeUsb.printer.paper.items))) as {
    kind: string;
  }[];
  return items
    .filter((i): i is TextLine => i.kind === 'text' && (i as TextLine).spans.length > 0)
    .map((line) => ({
      text: line.spans.map((s) => s.text).join(''),
      columns: line.spans.reduce((sum, s) => sum + columnsOf(s.text) * s.style.width, 0),
    }));
}

/** The fake printer's paper since the last tear-off as text, a line each. */
export async function printedText(page: Page): Promise<string> {
  return (await printedLines(page)).map((line) => line.text).join('\n');
}
