/**
 * Reading link format 1's field packing back into a receipt (the writing side is `pack.ts`). Throws
 * DamagedLinkError on malformed bytes; derived fields (`total`, the last payment) are recomputed, so the
 * result is typed but not yet checked against the receipt rules.
 */
import { ByteReader, DamagedLinkError } from './bytes';
import { bytesToDigits, CURRENCIES, digitByteCount, LOCALES, readCode, readTime } from './read-values';
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
  const name = r.string();
  const sku = flags & 1 ? r.string() : undefined;
  const unit = flags & 2 ? r.string() : undefined;
  let quantity: number;
  if (flags & 4) {
    const scale = r.uint();
    if (scale > 9) throw new DamagedLinkError('quantity scale out of range');
    quantity = Number((r.uint() / 10 ** scale).toFixed(scale));
  } else if (flags & 8) quantity = new Float64Array(r.bytes(8).slice().buffer)[0]!;
  else quantity = r.uint();
  const unitPrice = r.uint();
  const amount = flags & 16 ? r.int() : Math.round(quantity * unitPrice);
  return withOptional({ name, sku, quantity, unit, unitPrice, amount });
}

// Payment head: method index (bits 0–2), 8 label, 16 reference as text, 32 reference as digits, 64 cardLast4.
function readPayment(r: ByteReader): Omit<ReceiptPayment, 'amount'> & { amount?: number } {
  const head = r.uint();
  const method = PAYMENT_METHODS[head & 7];
  if (method === undefined || head > 127 || (head & 48) === 48)
    throw new DamagedLinkError('unknown payment head');
  const label = head & 8 ? r.string() : undefined;
  let reference: string | undefined;
  if (head & 32) {
    const length = r.uint();
    if (length < 1 || length > 40) throw new DamagedLinkError('reference length out of range');
    reference = bytesToDigits(r.bytes(digitByteCount(length)), length);
  } else if (head & 16) reference = r.string();
  const last4 = head & 64 ? r.uint() : undefined;
  if (last4 !== undefined && last4 > 9999) throw new DamagedLinkError('card digits out of range');
  const cardLast4 = last4 === undefined ? undefined : String(last4).padStart(4, '0');
  return withOptional({ method, label, reference, cardLast4 });
}

function withOptional<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** Unpacks format-1 bytes into an (unvalidated) receipt; throws DamagedLinkError on malformed bytes. */
export function unpackReceipt(bytes: Uint8Array): Receipt {
  const r = new ByteReader(bytes);
  const bits = r.uint();
  if (bits >= 1 << OPTIONAL.length) throw new DamagedLinkError('unknown fields');
  const has = (key: (typeof OPTIONAL)[number]) => (bits & (1 << OPTIONAL.indexOf(key))) !== 0;
  const id = r.string();
  const time = readTime(r);
  const currency = readCode(r, CURRENCIES);
  const locale = has('locale') ? readCode(r, LOCALES) : undefined;
  const shop = withOptional({
    name: r.string(),
    address: has('address') ? r.string() : undefined,
    phone: has('phone') ? r.string() : undefined,
    taxId: has('taxId') ? r.string() : undefined,
  });
  const cashier = has('cashier') ? r.string() : undefined;
  const terminal = has('terminal') ? r.string() : undefined;
  const items = Array.from({ length: count(r, 500) }, () => readItem(r));
  const adjustments = has('adjustments')
    ? Array.from({ length: count(r, 1000) }, () => ({ label: r.string(), amount: r.int() }))
    : undefined;
  const total = [...items, ...(adjustments ?? [])].reduce((sum, x) => sum + x.amount, 0);
  const heads: ReturnType<typeof readPayment>[] = [];
  for (let i = 0, n = count(r, 1000); i < n; i++) {
    const head = readPayment(r);
    heads.push(i < n - 1 ? { ...head, amount: r.uint() } : head);
  }
  const change = has('change') ? r.uint() : undefined;
  const paidBefore = heads.reduce((sum, p) => sum + (p.amount ?? 0), 0);
  const payments = heads.map((p, i): ReceiptPayment => {
    const amount = i === heads.length - 1 ? total + (change ?? 0) - paidBefore : p.amount!;
    return withOptional({
      method: p.method,
      label: p.label,
      amount,
      reference: p.reference,
      cardLast4: p.cardLast4,
    });
  });
  const note = has('note') ? r.string() : undefined;
  const footer = has('footer') ? r.string() : undefined;
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

function count(r: ByteReader, max: number): number {
  const n = r.uint();
  if (n > max) throw new DamagedLinkError('list too long');
  return n;
}
