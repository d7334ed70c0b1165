/**
 * Lay a receipt out once for a paper width; render it twice (ESC/POS bytes in render-escpos.ts, HTML in
 * render-html.ts). The result is a renderer-neutral list of blocks in which every line already fits the
 * paper: a text block is at most `columns / size` columns, a row's two sides leave at least one column.
 */
import { columnsOf, spread, unicodeColumns, wrapText, type ColumnMeasure } from '../escpos/text-width';
import type { Alignment } from '../escpos/commands';
import { formatMoney, formatQuantity } from './money';
import type { Receipt } from './types';
import {
  formatReceiptTime,
  receiptLanguage,
  receiptWords,
  type ReceiptLanguage,
  type ReceiptWords,
} from './words';

/** What part of the receipt a block belongs to, for renderers that style by meaning. */
export type LayoutRole =
  | 'shop-name'
  | 'shop-info'
  | 'meta'
  | 'item-name'
  | 'item-detail'
  | 'adjustment'
  | 'total'
  | 'payment'
  | 'payment-detail'
  | 'change'
  | 'note'
  | 'footer'
  | 'link';

/** Character magnification (same in width and height): 1 normal, 2 double. */
export type TextSize = 1 | 2;

/** One block of the laid-out receipt. */
export type LayoutBlock =
  | { kind: 'text'; role: LayoutRole; text: string; align: Alignment; bold: boolean; size: TextSize }
  | { kind: 'row'; role: LayoutRole; left: string; right: string; bold: boolean; size: TextSize }
  | { kind: 'rule'; char: '-' | '=' }
  | { kind: 'blank' }
  | { kind: 'qr'; role: 'link'; data: string }
  | { kind: 'cut' };

/** A receipt laid out for one paper width. */
export interface ReceiptLayout {
  columns: number;
  language: ReceiptLanguage;
  blocks: LayoutBlock[];
}

/** Options for `layoutReceipt`. */
export interface LayoutOptions {
  /** Character columns of the paper at size 1 (58 mm: 32, 80 mm: 48). */
  columns: number;
  /** Columns per character as the target prints them (default: Unicode East Asian widths). */
  measure?: ColumnMeasure;
  /** Whether the target can show a string; currency symbols it cannot show become ISO codes. */
  canShow?: (text: string) => boolean;
  /** E-receipt link to print as a QR code under the receipt. */
  link?: string;
  /** The fixed words, when not the receipt locale's own (a Big5 printer prints them in Traditional Chinese). */
  words?: ReceiptWords;
}

/** Builds blocks while keeping every line inside the paper. */
class Blocks {
  readonly list: LayoutBlock[] = [];
  constructor(
    private readonly columns: number,
    private readonly measure: ColumnMeasure,
  ) {}

  text(role: LayoutRole, text: string, align: Alignment = 'left', bold = false, size: TextSize = 1): void {
    const width = Math.floor(this.columns / size);
    for (const line of wrapText(text, width, this.measure)) {
      this.list.push({ kind: 'text', role, text: line, align, bold, size });
    }
  }

  /** Left and right on one line; when they do not fit, the left side wraps and the right ends the last line. */
  row(role: LayoutRole, left: string, right: string, bold = false, size: TextSize = 1): void {
    const width = Math.floor(this.columns / size);
    if (spread(left, right, width, this.measure) !== undefined) {
      this.list.push({ kind: 'row', role, left, right, bold, size });
      return;
    }
    const rightWidth = columnsOf(right, this.measure);
    if (rightWidth + 1 >= width) {
      this.text(role, left, 'left', bold, size);
      this.text(role, right, 'right', bold, size);
      return;
    }
    const lines = wrapText(left, width, this.measure);
    const last = lines.pop() ?? '';
    for (const line of lines) this.list.push({ kind: 'text', role, text: line, align: 'left', bold, size });
    if (spread(last, right, width, this.measure) !== undefined) {
      this.list.push({ kind: 'row', role, left: last, right, bold, size });
    } else {
      this.list.push({ kind: 'text', role, text: last, align: 'left', bold, size });
      this.list.push({ kind: 'row', role, left: '', right, bold, size });
    }
  }

  add(block: LayoutBlock): void {
    this.list.push(block);
  }
}

/** Lays out a (validated) receipt for `options.columns` columns. */
export function layoutReceipt(receipt: Receipt, options: LayoutOptions): ReceiptLayout {
  const { columns } = options;
  if (!Number.isInteger(columns) || columns < 16) {
    throw new RangeError(`A receipt needs at least 16 columns, got ${columns}.`);
  }
  const measure = options.measure ?? unicodeColumns;
  const words = options.words ?? receiptWords(receipt.locale);
  const money = (minor: number): string => formatMoney(minor, receipt.currency);
  const withSymbol = (minor: number): string =>
    formatMoney(minor, receipt.currency, { display: 'symbol', paper: true, canShow: options.canShow });
  const b = new Blocks(columns, measure);

  const { shop } = receipt;
  b.text('shop-name', shop.name, 'center', true, 2);
  if (shop.address) b.text('shop-info', shop.address, 'center');
  if (shop.phone) b.text('shop-info', `${words.phone} ${shop.phone}`, 'center');
  if (shop.taxId) b.text('shop-info', `${words.taxId} ${shop.taxId}`, 'center');
  b.add({ kind: 'rule', char: '-' });

  b.row('meta', words.receiptNo, receipt.id);
  b.row('meta', words.time, formatReceiptTime(receipt.time, receipt.locale));
  const cashier = receipt.cashier ? `${words.cashier} ${receipt.cashier}` : '';
  const terminal = receipt.terminal ? `${words.terminal} ${receipt.terminal}` : '';
  if (cashier && terminal && spread(cashier, terminal, columns, measure) !== undefined) {
    b.row('meta', cashier, terminal);
  } else {
    if (cashier) b.text('meta', cashier);
    if (terminal) b.text('meta', terminal);
  }
  b.add({ kind: 'rule', char: '-' });

  for (const item of receipt.items) {
    const amount = money(item.amount);
    const plain = item.quantity === 1 && !item.unit && item.unitPrice === item.amount;
    if (plain && spread(item.name, amount, columns, measure) !== undefined) {
      b.row('item-name', item.name, amount);
      continue;
    }
    b.text('item-name', item.name);
    const quantity = formatQuantity(item.quantity) + (item.unit ? ` ${item.unit}` : '');
    b.row('item-detail', `  ${quantity} × ${money(item.unitPrice)}`, amount);
  }
  b.add({ kind: 'rule', char: '-' });

  if (receipt.adjustments?.length) {
    const subtotal = receipt.items.reduce((sum, item) => sum + item.amount, 0);
    b.row('adjustment', words.subtotal, money(subtotal));
    for (const adjustment of receipt.adjustments)
      b.row('adjustment', adjustment.label, money(adjustment.amount));
  }
  const total = withSymbol(receipt.total);
  if (spread(words.total, total, Math.floor(columns / 2), measure) !== undefined) {
    b.row('total', words.total, total, true, 2);
  } else b.row('total', words.total, total, true);

  for (const payment of receipt.payments) {
    b.row('payment', payment.label ?? words.methods[payment.method], money(payment.amount));
    if (payment.cardLast4) {
      // Only the last four digits ever reach paper, whatever the input held.
      const last4 = payment.cardLast4.replace(/\D/g, '').slice(-4);
      b.row('payment-detail', `  ${words.card}`, `**** ${last4}`);
    }
    if (payment.reference) b.row('payment-detail', `  ${words.reference}`, payment.reference);
  }
  if (receipt.change !== undefined && receipt.change > 0)
    b.row('change', words.change, withSymbol(receipt.change));

  if (receipt.note) {
    b.add({ kind: 'rule', char: '-' });
    b.text('note', `${words.note}: ${receipt.note}`);
  }
  if (receipt.footer) {
    b.add({ kind: 'blank' });
    b.text('footer', receipt.footer, 'center');
  }
  if (options.link) {
    b.add({ kind: 'blank' });
    b.add({ kind: 'qr', role: 'link', data: options.link });
    b.text('link', words.scanForReceipt, 'center');
  }
  b.add({ kind: 'cut' });
  return { columns, language: receiptLanguage(receipt.locale), blocks: b.list };
}
