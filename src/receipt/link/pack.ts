/**
 * Field packing of link format 1: a receipt as compact bytes. Varints for numbers, the sale time as seconds
 * from 2025-01-01 plus an offset code, currency and locale as table indexes, and nothing that can be
 * derived: `total` is items + adjustments, and the last payment is total + change − the others (a
 * validated receipt guarantees both). Flag layouts here are part of format 1.
 */
import { ByteReader, ByteWriter, DamagedLinkError } from './bytes';
import {
  bytesToDigits,
  CURRENCIES,
  digitByteCount,
  digitsToBytes,
  LOCALES,
  readCode,
  readTime,
  writeCode,
  writeTime,
} from './pack-values';
import { PAYMENT_METHODS } from '../validate';
import type { Receipt, ReceiptItem, ReceiptPayment } from '../types';

const OPTIONAL = [
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

function presence(r: Receipt): Record<(typeof OPTIONAL)[number], boolean> {
  return {
    locale: r.locale !== undefined,
    address: r.shop.address !== undefined,
    phone: r.shop.phone !== undefined,
    taxId: r.shop.taxId !== undefined,
    cashier: r.cashier !== undefined,
    terminal: r.terminal !== undefined,
    adjustments: r.adjustments !== undefined,
    change: r.change !== undefined,
    note: r.note !== undefined,
    footer: r.footer !== undefined,
  };
}

// Item flags: 1 sku, 2 unit, 4 decimal quantity, 8 float quantity, 16 amount differs from round(q × price).
function writeItem(w: ByteWriter, item: ReceiptItem): void {
  const match = /^(\d+)\.(\d{1,9})$/.exec(String(item.quantity));
  const decimal = match && Number.isSafeInteger(Number(match[1]! + match[2]!)) ? match : null;
  const integer = Number.isSafeInteger(item.quantity);
  const explicit = item.amount !== Math.round(item.quantity * item.unitPrice);
  const flags =
    (item.sku !== undefined ? 1 : 0) |
    (item.unit !== undefined ? 2 : 0) |
    (!integer && decimal ? 4 : 0) |
    (!integer && !decimal ? 8 : 0) |
    (explicit ? 16 : 0);
  w.uint(flags);
  w.string(item.name);
  if (item.sku !== undefined) w.string(item.sku);
  if (item.unit !== undefined) w.string(item.unit);
  if (integer) w.uint(item.quantity);
  else if (decimal) {
    w.uint(decimal[2]!.length);
    w.uint(Number(decimal[1]! + decimal[2]!));
  } else w.bytes(new Uint8Array(new Float64Array([item.quantity]).buffer));
  w.uint(item.unitPrice);
  if (explicit) w.int(item.amount);
}

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
function writePayment(w: ByteWriter, payment: ReceiptPayment, last: boolean): void {
  const ref = payment.reference;
  const digits = ref !== undefined && /^[0-9]{1,40}$/.test(ref);
  w.uint(
    PAYMENT_METHODS.indexOf(payment.method) |
      (payment.label !== undefined ? 8 : 0) |
      (ref !== undefined && !digits ? 16 : 0) |
      (digits ? 32 : 0) |
      (payment.cardLast4 !== undefined ? 64 : 0),
  );
  if (payment.label !== undefined) w.string(payment.label);
  if (ref !== undefined && digits) {
    w.uint(ref.length);
    w.bytes(digitsToBytes(ref));
  } else if (ref !== undefined) w.string(ref);
  if (payment.cardLast4 !== undefined) w.uint(Number(payment.cardLast4));
  if (!last) w.uint(payment.amount);
}

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

/** Packs a validated receipt (format 1). */
export function packReceipt(receipt: Receipt): Uint8Array {
  const w = new ByteWriter();
  const has = presence(receipt);
  w.uint(OPTIONAL.reduce((bits, key, i) => bits | (has[key] ? 1 << i : 0), 0));
  w.string(receipt.id);
  writeTime(w, receipt.time);
  writeCode(w, CURRENCIES, receipt.currency);
  if (receipt.locale !== undefined) writeCode(w, LOCALES, receipt.locale);
  w.string(receipt.shop.name);
  for (const key of ['address', 'phone', 'taxId'] as const) {
    const value = receipt.shop[key];
    if (value !== undefined) w.string(value);
  }
  if (receipt.cashier !== undefined) w.string(receipt.cashier);
  if (receipt.terminal !== undefined) w.string(receipt.terminal);
  w.uint(receipt.items.length);
  for (const item of receipt.items) writeItem(w, item);
  if (receipt.adjustments) {
    w.uint(receipt.adjustments.length);
    for (const a of receipt.adjustments) {
      w.string(a.label);
      w.int(a.amount);
    }
  }
  w.uint(receipt.payments.length);
  receipt.payments.forEach((p, i) => writePayment(w, p, i === receipt.payments.length - 1));
  if (receipt.change !== undefined) w.uint(receipt.change);
  if (receipt.note !== undefined) w.string(receipt.note);
  if (receipt.footer !== undefined) w.string(receipt.footer);
  return w.finish();
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
