/**
 * The receipt behind a manually issued e-receipt ("customer charged, no receipt printed"): from what the
 * merchant typed to a validated Receipt. Pure, so the form stays thin and this is testable on its own.
 */
import type { ReceiptError } from '../../receipt/errors';
import { formatTime } from '../../receipt/link/pack-values';
import { minorDigits } from '../../receipt/money';
import type { PaymentMethod, Receipt } from '../../receipt/types';
import { checkReceipt } from '../../receipt/validate';
import type { ShopProfile } from '../../store/shop-profile';

/** What the merchant entered; amounts as typed in major units ("12.50"). */
export interface ManualEntry {
  shopName: string;
  currency: string;
  amount: string;
  method: PaymentMethod;
  reference: string;
  items: { name: string; amount: string }[];
  /** Name of the single line when no items are entered ("Purchase" / "消费"). */
  defaultItemName: string;
  locale: 'zh-CN' | 'en';
  /** The saved shop profile: its address, phone, tax id and footer go on the receipt when its name is used. */
  profile?: ShopProfile;
}

/** Why an entry cannot become a receipt. */
export type ManualProblem =
  | { kind: 'amount'; field: string }
  | { kind: 'items-do-not-add'; items: number; amount: number }
  | { kind: 'receipt'; error: ReceiptError };

/** Minor units from a typed amount, or undefined when it is not a plain non-negative amount. */
export function parseAmount(text: string, currency: string): number | undefined {
  const digits = minorDigits(currency);
  const m = /^\s*(\d{1,12})(?:[.,](\d*))?\s*$/.exec(text);
  if (!m || (m[2] ?? '').length > digits) return undefined;
  return Number(m[1]) * 10 ** digits + Number((m[2] ?? '').padEnd(digits, '0') || '0');
}

/** This moment as RFC 3339 in the tablet's own offset. */
export function nowRfc3339(now = new Date()): string {
  return formatTime(Math.floor(now.getTime() / 1000), -now.getTimezoneOffset());
}

/** Builds and validates the receipt; `id` and `time` are given so a retry issues the same receipt. */
export function manualReceipt(
  entry: ManualEntry,
  id: string,
  time: string,
): { receipt: Receipt } | ManualProblem {
  const amount = parseAmount(entry.amount, entry.currency);
  if (amount === undefined) return { kind: 'amount', field: 'amount' };
  const lines = entry.items.filter((item) => item.name.trim() !== '' || item.amount.trim() !== '');
  const items: Receipt['items'] = [];
  for (const [i, line] of lines.entries()) {
    const lineAmount = parseAmount(line.amount, entry.currency);
    if (lineAmount === undefined) return { kind: 'amount', field: `items[${i}].amount` };
    items.push({ name: line.name.trim(), quantity: 1, unitPrice: lineAmount, amount: lineAmount });
  }
  if (items.length === 0) items.push({ name: entry.defaultItemName, quantity: 1, unitPrice: amount, amount });
  const sum = items.reduce((total, item) => total + item.amount, 0);
  if (sum !== amount) return { kind: 'items-do-not-add', items: sum, amount };
  const reference = entry.reference.trim();
  const name = entry.shopName.trim();
  // Another name typed over the profile's is another shop: none of the profile's details belong to it.
  const { footer, ...shop } = entry.profile?.name === name ? entry.profile : { name, footer: undefined };
  const checked = checkReceipt({
    id,
    time,
    currency: entry.currency,
    locale: entry.locale,
    shop,
    ...(footer ? { footer } : {}),
    items,
    total: amount,
    payments: [{ method: entry.method, amount, ...(reference ? { reference } : {}) }],
  });
  return checked.ok ? { receipt: checked.receipt } : { kind: 'receipt', error: checked.error };
}

/** A short receipt number for a manual e-receipt, from the time of issue. */
export function manualReceiptId(now = Date.now()): string {
  return `E-${now.toString(36).toUpperCase()}`;
}
