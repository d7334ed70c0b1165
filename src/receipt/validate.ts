/**
 * Parsing and validating receipt JSON against receipt.schema.json (hand-written: required fields, types,
 * lengths, patterns, enums, no extra properties), then checking that the money adds up. Card numbers longer
 * than four digits are masked on the way in and never reach the returned receipt.
 */
import { ReceiptError } from './errors';
import { isRfc3339, need, Reader } from './schema-reader';
import { maskCardLast4, maskPans } from './mask';
import { PAYMENT_METHODS } from './payment-methods';
import type {
  PaymentMethod,
  Receipt,
  ReceiptAdjustment,
  ReceiptItem,
  ReceiptPayment,
  ReceiptShop,
} from './types';

/** A valid receipt plus the fields whose card numbers were masked; or the first error found. */
export type ReceiptCheck =
  { ok: true; receipt: Receipt; masked: string[] } | { ok: false; error: ReceiptError };

/** The payment methods of the schema's enum (re-exported: other code imports them from here). */
export { PAYMENT_METHODS };

function readShop(r: Reader, value: unknown): ReceiptShop {
  const o = r.object(value, 'shop', ['name', 'address', 'phone', 'taxId']);
  return strip({
    name: r.required(o, 'name', 'shop', 80),
    address: r.string(o, 'address', 'shop', 200),
    phone: r.string(o, 'phone', 'shop', 40),
    taxId: r.string(o, 'taxId', 'shop', 40),
  });
}

function readItem(r: Reader, value: unknown, path: string): ReceiptItem {
  const o = r.object(value, path, ['name', 'sku', 'quantity', 'unit', 'unitPrice', 'amount']);
  const name = r.required(o, 'name', path, 120);
  const quantity = need(r.number(o, 'quantity', path), `${path}.quantity`);
  if (quantity <= 0) throw new ReceiptError('out-of-range', `${path}.quantity`, 'must be more than 0');
  const unitPrice = need(r.integer(o, 'unitPrice', path, 0), `${path}.unitPrice`);
  const amount = need(r.integer(o, 'amount', path), `${path}.amount`);
  // The POS rounds the line total; anything further than one minor unit from quantity × price is a wrong line.
  if (Math.abs(amount - quantity * unitPrice) >= 1) {
    throw new ReceiptError('line-mismatch', `${path}.amount`, `${amount} is not ${quantity} × ${unitPrice}`);
  }
  return strip({
    name,
    sku: r.string(o, 'sku', path, 40),
    quantity,
    unit: r.string(o, 'unit', path, 10),
    unitPrice,
    amount,
  });
}

function readAdjustment(r: Reader, value: unknown, path: string): ReceiptAdjustment {
  const o = r.object(value, path, ['label', 'amount']);
  return {
    label: r.required(o, 'label', path, 60),
    amount: need(r.integer(o, 'amount', path), `${path}.amount`),
  };
}

function readPayment(r: Reader, value: unknown, path: string): ReceiptPayment {
  const o = r.object(value, path, ['method', 'label', 'amount', 'reference', 'cardLast4']);
  const method = o.method;
  if (method === undefined) throw new ReceiptError('missing', `${path}.method`, 'is required');
  if (!PAYMENT_METHODS.includes(method as PaymentMethod)) {
    throw new ReceiptError('not-allowed', `${path}.method`, `must be one of ${PAYMENT_METHODS.join(', ')}`);
  }
  let reference = r.string(o, 'reference', path, 64);
  if (reference !== undefined && maskPans(reference) !== reference) {
    reference = maskPans(reference);
    r.masked.push(`${path}.reference`);
  }
  let cardLast4 = o.cardLast4;
  if (typeof cardLast4 === 'string' && !/^[0-9]{4}$/.test(cardLast4)) {
    const last4 = maskCardLast4(cardLast4);
    if (last4 === undefined)
      throw new ReceiptError('pattern', `${path}.cardLast4`, 'must be the last 4 digits');
    cardLast4 = last4;
    r.masked.push(`${path}.cardLast4`);
  } else if (cardLast4 !== undefined && typeof cardLast4 !== 'string') {
    throw new ReceiptError('wrong-type', `${path}.cardLast4`, 'must be text');
  }
  return strip({
    method: method as PaymentMethod,
    label: r.string(o, 'label', path, 40),
    amount: need(r.integer(o, 'amount', path, 0), `${path}.amount`),
    reference,
    cardLast4: cardLast4 as string | undefined,
  });
}

const TOP = [
  'id',
  'time',
  'currency',
  'locale',
  'shop',
  'cashier',
  'terminal',
  'items',
  'adjustments',
  'total',
];
const TOP_FIELDS = [...TOP, 'payments', 'change', 'note', 'footer'];

function read(value: unknown): { receipt: Receipt; masked: string[] } {
  const r = new Reader();
  const o = r.object(value, '', TOP_FIELDS);
  const id = r.required(o, 'id', '', 64);
  const time = r.required(o, 'time', '', 64);
  if (!isRfc3339(time))
    throw new ReceiptError('bad-time', 'time', 'must be an RFC 3339 date-time with offset');
  const currency = r.required(o, 'currency', '', 64);
  if (!/^[A-Z]{3}$/.test(currency)) throw new ReceiptError('pattern', 'currency', 'must be an ISO 4217 code');
  if (o.shop === undefined) throw new ReceiptError('missing', 'shop', 'is required');
  const items = (r.array(o, 'items', 1, 500) ?? []).map((v, i) => readItem(r, v, `items[${i}]`));
  const adjustments = r
    .array(o, 'adjustments', 0, Infinity)
    ?.map((v, i) => readAdjustment(r, v, `adjustments[${i}]`));
  const total = need(r.integer(o, 'total', '', 0), 'total');
  const payments = (r.array(o, 'payments', 1, Infinity) ?? []).map((v, i) =>
    readPayment(r, v, `payments[${i}]`),
  );
  const change = r.integer(o, 'change', '', 0);
  const receipt: Receipt = strip({
    id,
    time,
    currency,
    locale: r.string(o, 'locale', '', Infinity),
    shop: readShop(r, o.shop),
    cashier: r.string(o, 'cashier', '', 40),
    terminal: r.string(o, 'terminal', '', 40),
    items,
    adjustments,
    total,
    payments,
    change,
    note: r.string(o, 'note', '', 500),
    footer: r.string(o, 'footer', '', 500),
  });
  checkSums(receipt);
  return { receipt, masked: r.masked };
}

function checkSums(receipt: Receipt): void {
  const sum = (list: readonly { amount: number }[] | undefined) =>
    (list ?? []).reduce((a, x) => a + x.amount, 0);
  const expected = sum(receipt.items) + sum(receipt.adjustments);
  if (expected !== receipt.total) {
    throw new ReceiptError(
      'total-mismatch',
      'total',
      `${receipt.total} but items and adjustments add up to ${expected}`,
    );
  }
  const paid = sum(receipt.payments);
  const due = receipt.total + (receipt.change ?? 0);
  if (paid !== due) {
    throw new ReceiptError('payment-mismatch', 'payments', `add up to ${paid} but total + change is ${due}`);
  }
}

/** Drops keys whose value is undefined, so optional fields are absent rather than present-and-empty. */
function strip<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** Checks an already-parsed value; never throws. */
export function checkReceipt(value: unknown): ReceiptCheck {
  try {
    return { ok: true, ...read(value) };
  } catch (error) {
    if (error instanceof ReceiptError) return { ok: false, error };
    throw error;
  }
}

/** Validates an already-parsed value; throws a ReceiptError naming the field. */
export function validateReceipt(value: unknown): Receipt {
  const result = checkReceipt(value);
  if (!result.ok) throw result.error;
  return result.receipt;
}

/** Parses JSON text and validates it; throws a ReceiptError (`not-json` when the text is not JSON). */
export function parseReceipt(text: string): Receipt {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReceiptError('not-json', '', `not JSON: ${(error as Error).message}`);
  }
  return validateReceipt(value);
}
