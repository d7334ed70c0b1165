/**
 * Day close (日结 / 交班): one business day's receipts summed the way a till is counted. A business day runs from
 * its start hour (e.g. 04:00 for a shop open past midnight) to the same hour the next day, in the shop's zone.
 * The summary names the receipts it counted and a SHA-256 over them, so a receipt changed after the day was
 * closed is found by summing again and comparing.
 */
import { PAYMENT_METHODS } from '../receipt/payment-methods';
import type { PaymentMethod, Receipt } from '../receipt/types';
import type { Bill, BillRow } from './bill';
import { businessDayBounds } from './zoned-time';

/** How a receipt reached the customer, as the journal knows it; `unknown` for receipts from a file. */
export type Delivery = 'printed' | 'e-receipt' | 'undelivered' | 'unknown';

export interface DayEntry {
  receipt: Receipt;
  delivery: Delivery;
  /** Printed again after a failure. */
  reprinted?: boolean;
}

export interface DayFault {
  at: number;
  kind: string;
}

export interface MethodTotal {
  count: number;
  /** Minor units taken by this method; for cash, net of change given. */
  amount: number;
}

export interface DaySummary {
  day: string;
  timeZone: string;
  startHour: number;
  /** First and last-plus-one instant of the business day. */
  from: number;
  to: number;
  /** Currency of the receipts (the most common one, if a day mixes them; `mixedCurrencies` says so). */
  currency: string;
  mixedCurrencies: boolean;
  receipts: number;
  /** Sum of receipt totals, minor units. */
  total: number;
  byMethod: Record<PaymentMethod, MethodTotal>;
  /** Whole-sale discounts (negative adjustments), as a positive sum. */
  discounts: number;
  surcharges: number;
  change: number;
  /**
   * Refunds the payment platforms made that day (their bills' refund rows): a receipt records a sale, never
   * money given back, so the bills are where refunds are known.
   */
  refunds: { count: number; amount: number };
  delivery: Record<Delivery, number>;
  reprints: number;
  faults: { count: number; byKind: Record<string, number> };
  /** Ids of the receipts counted, sorted. */
  receiptIds: string[];
  /** SHA-256 (hex) over the counted receipts, in id order, as canonical JSON. */
  digest: string;
}

export interface DaySummaryOptions {
  day: string;
  timeZone: string;
  /** Hour the business day starts, 0–23 (default 0). */
  startHour?: number;
}

/** The entries whose receipt time falls in the business day. */
export function entriesOfDay<T extends { receipt: Receipt }>(
  entries: readonly T[],
  from: number,
  to: number,
): T[] {
  return entries.filter((e) => {
    const t = Date.parse(e.receipt.time);
    return t >= from && t < to;
  });
}

export async function daySummary(
  entries: readonly DayEntry[],
  faults: readonly DayFault[],
  options: DaySummaryOptions,
  bills: readonly Bill[] = [],
): Promise<DaySummary> {
  const startHour = options.startHour ?? 0;
  const { from, to } = businessDayBounds(options.day, options.timeZone, startHour);
  const counted = entriesOfDay(entries, from, to).sort((a, b) => (a.receipt.id < b.receipt.id ? -1 : 1));

  const byMethod = Object.fromEntries(PAYMENT_METHODS.map((m) => [m, { count: 0, amount: 0 }])) as Record<
    PaymentMethod,
    MethodTotal
  >;
  const delivery: Record<Delivery, number> = { printed: 0, 'e-receipt': 0, undelivered: 0, unknown: 0 };
  const currencies = new Map<string, number>();
  let total = 0;
  let discounts = 0;
  let surcharges = 0;
  let change = 0;
  let reprints = 0;
  const refunds = { count: 0, amount: 0 };
  for (const { receipt, delivery: how, reprinted } of counted) {
    total += receipt.total;
    change += receipt.change ?? 0;
    currencies.set(receipt.currency, (currencies.get(receipt.currency) ?? 0) + 1);
    for (const p of receipt.payments) {
      byMethod[p.method].count++;
      byMethod[p.method].amount += p.amount;
    }
    byMethod.cash.amount -= receipt.change ?? 0;
    for (const a of receipt.adjustments ?? []) {
      if (a.amount < 0) discounts -= a.amount;
      else surcharges += a.amount;
    }
    delivery[how]++;
    if (reprinted) reprints++;
  }

  const refundRows = new Map<string, BillRow>();
  for (const bill of bills)
    for (const row of bill.rows)
      if (row.kind === 'refund' && row.time >= from && row.time < to) refundRows.set(row.key, row);
  for (const row of refundRows.values()) {
    refunds.count++;
    refunds.amount += row.amount;
  }

  const byKind: Record<string, number> = {};
  let faultCount = 0;
  for (const f of faults) {
    if (f.at < from || f.at >= to) continue;
    faultCount++;
    byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  }
  const ranked = [...currencies].sort((a, b) => b[1] - a[1]);
  return {
    day: options.day,
    timeZone: options.timeZone,
    startHour,
    from,
    to,
    currency: ranked[0]?.[0] ?? 'CNY',
    mixedCurrencies: ranked.length > 1,
    receipts: counted.length,
    total,
    byMethod,
    discounts,
    surcharges,
    change,
    refunds,
    delivery,
    reprints,
    faults: { count: faultCount, byKind },
    receiptIds: counted.map((e) => e.receipt.id),
    digest: await receiptsDigest(counted.map((e) => e.receipt)),
  };
}

/** SHA-256 (hex) over receipts as canonical JSON (keys sorted), in the order given. */
export async function receiptsDigest(receipts: readonly Receipt[]): Promise<string> {
  const text = `[${receipts.map(canonicalJson).join(',')}]`;
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** JSON with object keys sorted, so the same receipt always hashes the same whatever order its keys came in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
