/**
 * Field packing of link format 1: a receipt as compact bytes. Varints for numbers, the sale time as seconds
 * from 2025-01-01 plus an offset code, currency and locale as table indexes, and nothing that can be
 * derived: `total` is items + adjustments, and the last payment is total + change − the others (a
 * validated receipt guarantees both). Flag layouts here are part of format 1.
 */
import { ByteWriter } from './byte-writer';
import { CURRENCIES, digitsToBytes, LOCALES, writeCode, writeTime } from './pack-values';
import { OPTIONAL } from './unpack';
import { PAYMENT_METHODS } from '../payment-methods';
import type { Receipt, ReceiptItem, ReceiptPayment } from '../types';

/** Reading is its own module (the viewer loads only that); re-exported for callers of the pair. */
export { unpackReceipt } from './unpack';

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
