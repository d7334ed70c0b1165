/**
 * The link reader's check of an unpacked receipt: the receipt rules that field packing does not already
 * guarantee (text lengths, the time's calendar, positive quantities, line totals, non-negative payments,
 * sums), without the full JSON validator, which also guards types and unknown fields that unpacking
 * cannot produce. Limits are those of receipt.schema.json. Card numbers are not masked again here: the
 * validator masks them before any link is encoded, and a hostile issuer could write one into any text.
 */
import { isRfc3339 } from '../rfc3339';
import type { Receipt } from '../types';

/** A receipt that breaks a rule, with the field it names. */
export class UncheckedReceiptError extends Error {
  override readonly name = 'UncheckedReceiptError';
  readonly code = 'damaged';
}

function text(value: string | undefined, at: string, max: number, min = 0): void {
  // Schema lengths count code points, not UTF-16 units.
  const length = value === undefined ? -1 : [...value].length;
  if (value === undefined ? min > 0 : length < min || length > max) {
    throw new UncheckedReceiptError(`${at}: length out of range`);
  }
}

function money(value: number, at: string, min = -Infinity): number {
  if (!Number.isSafeInteger(value) || value < min) throw new UncheckedReceiptError(`${at}: ${value}`);
  return value;
}

function check(r: Receipt): void {
  text(r.id, 'id', 64, 1);
  if (!isRfc3339(r.time) || r.time.length > 64) throw new UncheckedReceiptError('time: not RFC 3339');
  if (!/^[A-Z]{3}$/.test(r.currency)) throw new UncheckedReceiptError('currency: not ISO 4217');
  text(r.shop.name, 'shop.name', 80, 1);
  text(r.shop.address, 'shop.address', 200);
  text(r.shop.phone, 'shop.phone', 40);
  text(r.shop.taxId, 'shop.taxId', 40);
  text(r.cashier, 'cashier', 40);
  text(r.terminal, 'terminal', 40);
  text(r.note, 'note', 500);
  text(r.footer, 'footer', 500);
  if (r.items.length < 1) throw new UncheckedReceiptError('items: none');
  let sum = 0;
  r.items.forEach((item, i) => {
    const at = `items[${i}]`;
    text(item.name, `${at}.name`, 120, 1);
    text(item.sku, `${at}.sku`, 40);
    text(item.unit, `${at}.unit`, 10);
    if (!(item.quantity > 0) || !Number.isFinite(item.quantity)) {
      throw new UncheckedReceiptError(`${at}.quantity: ${item.quantity}`);
    }
    // The POS rounds the line total; anything further than one minor unit from quantity × price is wrong.
    if (Math.abs(money(item.amount, at) - item.quantity * item.unitPrice) >= 1) {
      throw new UncheckedReceiptError(`${at}.amount: not quantity × unit price`);
    }
    sum += item.amount;
  });
  r.adjustments?.forEach((a, i) => {
    text(a.label, `adjustments[${i}].label`, 60, 1);
    sum += money(a.amount, `adjustments[${i}]`);
  });
  if (money(r.total, 'total', 0) !== sum) throw new UncheckedReceiptError('total: does not add up');
  if (r.payments.length < 1) throw new UncheckedReceiptError('payments: none');
  let paid = 0;
  r.payments.forEach((p, i) => {
    text(p.label, `payments[${i}].label`, 40);
    text(p.reference, `payments[${i}].reference`, 64);
    paid += money(p.amount, `payments[${i}].amount`, 0);
  });
  if (paid !== r.total + (r.change ?? 0)) throw new UncheckedReceiptError('payments: do not add up');
}

/** Undefined when the receipt keeps every rule, else the first broken one; never throws. */
export function checkUnpacked(receipt: Receipt): string | undefined {
  try {
    check(receipt);
    return undefined;
  } catch (error) {
    if (error instanceof UncheckedReceiptError) return error.message;
    throw error;
  }
}
