/**
 * A receipt → HTML, laid out like paper (the block-to-HTML part is `paper-html.ts`, which the customer's
 * viewer loads on its own). Its styles are `receipt.css`, which every page loads with the viewer's chunk.
 */
import { layoutReceipt } from './layout';
import { layoutToHtml, type HtmlOptions } from './paper-html';
import type { Receipt } from './types';

export { escapeHtml, layoutToHtml, type HtmlOptions } from './paper-html';

/** A receipt as paper-like HTML, laid out for `columns` (32 = 58 mm, 48 = 80 mm; default 32). */
export function receiptToHtml(receipt: Receipt, columns = 32, options: HtmlOptions = {}): string {
  return layoutToHtml(layoutReceipt(receipt, { columns }), options);
}
