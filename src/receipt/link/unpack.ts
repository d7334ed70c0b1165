/**
 * Reading link format 1's field packing back into a receipt (the writing side is `pack.ts`), checking on the
 * way every receipt rule that packing leaves open: text lengths and list sizes of receipt.schema.json, an
 * RFC 3339 time, an ISO 4217 currency, positive quantities, line totals within one minor unit of quantity ×
 * price, and a non-negative last payment. `total` and the last payment are derived (items + adjustments;
 * total + change − the others), so those sums add up by construction. Throws DamagedLinkError otherwise.
 * The full JSON validator is not needed: unpacking cannot produce wrong types or unknown fields.
 */
import { ByteReader, DamagedLinkError } from './bytes';
import { bytesToDigits, CURRENCIES, digitByteCount, LOCALES, readCode, readTime } from './read-values';
import { isRfc3339 } from '../rfc3339';
import { PAYMENT_METHODS } from '../payment-methods';
import type { Receipt, ReceiptItem, ReceiptPayment } from '../types';

/** The optional fields of format 1, in the order of the presence bits (bit i = field i). */
export const OPTIONAL = [
  'locale',
  'address',
  'phone',
  'taxId',
  'cashier',
  'terminal',
  'adjustments',
  'change',
  'note',
  'footer',
] as const;

// Item flags: 1 sku, 2 unit, 4 decimal quantity, 8 float quantity, 16 amount differs from round(q × price).
function readItem(r: ByteReader): ReceiptItem {
  const flags = r.uint();
  if (flags > 31) throw new DamagedLinkError('unknown item flags');
  const name = r.string(120, 1);
  const sku = flags & 1 ? r.string(40) : undefined;
  const unit = flags & 2 ? r.string(10) : undefined;
  let quantity: number;
  if (flags & 4) {
    const scale = r.uint();
    if (scale > 9) throw new DamagedLinkError('quantity scale out of range');
    quantity = Number((r.uint() / 10 ** scale).toFixed(scale));
  } else if (flags & 8) quantity = new Float64Array(r.bytes(8).slice().buffer)[0]!;
  else quantity = r.uint();
  const unitPrice = r.uint();
  const amount = flags & 16 ? r.int() : Math.round(quantity * unitPrice);
  // The POS rounds the line total; anything further than one minor unit from quantity × price is wrong.
  if (
    !Number.isFinite(quantity) ||
    quantity <= 0 ||
    !Number.isSafeInteger(amount) ||
    Math.abs(amount - quantity * unitPrice) >= 1
  ) {
    throw new DamagedLinkError('line does not add up');
  }
  return withOptional({ name, sku, quantity, unit, unitPrice, amount });
}

// Payment head: method index (bits 0–2), 8 label, 16 reference as text, 32 reference as digits, 64 cardLast4.
function readPayment(r: ByteReader): Omit<ReceiptPayment, 'amount'> & { amount?: number } {
  const head = r.uint();
  const method = PAYMENT_METHODS[head & 7];
  if (method === undefined || head > 127 || (head & 48) === 48)
    throw new DamagedLinkError('unknown payment head');
  const label = head & 8 ? r.string(40) : undefined;
  let reference: string | undefined;
  if (head & 32) {
    const length = r.uint();
    if (length < 1 || length > 40) throw new DamagedLinkError('reference length out of range');
    reference = bytesToDigits(r.bytes(digitByteCount(length)), length);
  } else if (head & 16) reference = r.string(64);
  const last4 = head & 64 ? r.uint() : undefined;
  if (last4 !== undefined && last4 > 9999) throw new DamagedLinkError('card digits out of range');
  const cardLast4 = last4 === undefined ? undefined : String(last4).padStart(4, '0');
  return withOptional({ method, label, reference, cardLast4 });
}

function withOptional<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** Unpacks format-1 bytes into a receipt that keeps the receipt rules; throws DamagedLinkError otherwise. */
export function unpackReceipt(bytes: Uint8Array): Receipt {
  const r = new ByteReader(bytes);
  const bits = r.uint();
  if (bits >= 1 << OPTIONAL.length) throw new DamagedLinkError('unknown fields');
  const has = (key: (typeof OPTIONAL)[number]) => (bits & (1 << OPTIONAL.indexOf(key))) !== 0;
  const id = r.string(64, 1);
  const time = readTime(r);
  if (time.length > 64 || !isRfc3339(time)) throw new DamagedLinkError('time is not RFC 3339');
  const currency = readCode(r, CURRENCIES);
  if (!/^[A-Z]{3}$/.test(currency)) throw new DamagedLinkError('currency is not ISO 4217');
  const locale = has('locale') ? readCode(r, LOCALES) : undefined;
  const shop = withOptional({
    name: r.string(80, 1),
    address: has('address') ? r.string(200) : undefined,
    phone: has('phone') ? r.string(40) : undefined,
    taxId: has('taxId') ? r.string(40) : undefined,
  });
  const cashier = has('cashier') ? r.string(40) : undefined;
  const terminal = has('terminal') ? r.string(40) : undefined;
  const items = Array.from({ length: count(r, 500, 1) }, () => readItem(r));
  const adjustments = has('adjustments')
    ? Array.from({ length: count(r, 1000) }, () => ({ label: r.string(60, 1), amount: r.int() }))
    : undefined;
  const total = [...items, ...(adjustments ?? [])].reduce((sum, x) => sum + x.amount, 0);
  if (!(total >= 0) || !Number.isSafeInteger(total)) throw new DamagedLinkError('total out of range');
  const heads: ReturnType<typeof readPayment>[] = [];
  for (let i = 0, n = count(r, 1000, 1); i < n; i++) {
    const head = readPayment(r);
    heads.push(i < n - 1 ? { ...head, amount: r.uint() } : head);
  }
  const change = has('change') ? r.uint() : undefined;
  const paidBefore = heads.reduce((sum, p) => sum + (p.amount ?? 0), 0);
  const payments = heads.map((p, i): ReceiptPayment => {
    const amount = i === heads.length - 1 ? total + (change ?? 0) - paidBefore : p.amount!;
    if (!(amount >= 0) || !Number.isSafeInteger(amount)) throw new DamagedLinkError('payments do not add up');
    return withOptional({
      method: p.method,
      label: p.label,
      amount,
      reference: p.reference,
      cardLast4: p.cardLast4,
    });
  });
  const note = has('note') ? r.string(500) : undefined;
  const footer = has('footer') ? r.string(500) : undefined;
  if (!r.done) throw new DamagedLinkError('bytes left over');
  return withOptional({
    id,
    time,
    currency,
    locale,
    shop,
    cashier,
    terminal,
    items,
    adjustments,
    total,
    payments,
    change,
    note,
    footer,
  });
}

function count(r: ByteReader, max: number, min = 0): number {
  const n = r.uint();
  if (n < min || n > max) throw new DamagedLinkError('list length out of range');
  return n;
}
