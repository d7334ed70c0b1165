/**
 * Receipts against bills: every receipt payment and every bill row ends in exactly one status.
 *
 * 1. By reference: a payment's `reference` against every number a bill row carries (商户订单号, 微信订单号,
 *    支付宝交易号, a bank's voucher…). Same amount → matched, else amount-differs. A second receipt naming a row
 *    already taken → duplicate.
 * 2. By amount within a time window, for payments the platform's bill speaks for: the nearest row of the same
 *    amount not yet taken → probable. Rows are indexed by platform and amount and sorted by time, so each
 *    payment looks at its neighbours only (not every row of the bill).
 * 3. What is left: a payment whose amount a taken row within the window has → duplicate (two receipts, one
 *    charge); else not-on-bill if the bill covers its time. Bill payment rows left → no-receipt. Refund rows →
 *    refund, tied to the payment they give back. Methods no imported bill speaks for → not-applicable.
 */
import type { PaymentMethod, Receipt } from '../receipt/types';
import type { Bill, BillPlatform, BillRow } from './bill';

export const RECONCILE_STATUSES = [
  'matched',
  'probable',
  'amount-differs',
  'not-on-bill',
  'no-receipt',
  'duplicate',
  'refund',
  'not-applicable',
] as const;
export type ReconcileStatus = (typeof RECONCILE_STATUSES)[number];

/** Statuses in the order a person should look at them. */
const ATTENTION: Record<ReconcileStatus, number> = {
  'amount-differs': 0,
  'no-receipt': 1,
  duplicate: 2,
  'not-on-bill': 3,
  probable: 4,
  refund: 5,
  matched: 6,
  'not-applicable': 7,
};

/** Does a person need to look at a row of this status? */
export function needsAttention(status: ReconcileStatus): boolean {
  return ATTENTION[status] <= ATTENTION.probable;
}

export interface ReconcileRow {
  status: ReconcileStatus;
  /** When it happened: the receipt's time, else the bill row's. */
  time: number;
  receiptId?: string;
  /** Index of the payment in the receipt's `payments`. */
  payment?: number;
  method?: PaymentMethod;
  receiptReference?: string;
  /** Minor units. */
  receiptAmount?: number;
  platform?: BillPlatform;
  billReference?: string;
  billLine?: number;
  billAmount?: number;
  billTime?: number;
  /** duplicate: the receipt that already took this payment; refund: the receipt of the payment refunded. */
  otherReceiptId?: string;
}

export interface PlatformTotals {
  platform: BillPlatform;
  layout: string;
  merchantId?: string;
  days: string[];
  payments: number;
  refunds: number;
  /** Minor units. */
  gross: number;
  refunded: number;
  fees: number;
  net: number;
}

export interface ReconcileReport {
  summary: Record<ReconcileStatus, number>;
  /** Rows needing attention first, then by time. */
  rows: ReconcileRow[];
  bills: PlatformTotals[];
}

export interface ReconcileOptions {
  /** How far apart a payment and a bill row of the same amount may be to pair as probable (default 3 minutes). */
  windowMinutes?: number;
}

interface Payment {
  receipt: Receipt;
  index: number;
  method: PaymentMethod;
  amount: number;
  reference?: string;
  time: number;
}

/** Rows of the same platform and amount, sorted by time, for the window search. */
class AmountIndex {
  private readonly byKey = new Map<string, BillRow[]>();
  constructor(rows: Iterable<[BillPlatform, BillRow]>) {
    for (const [platform, row] of rows) {
      const key = `${platform}|${row.amount}`;
      const list = this.byKey.get(key);
      if (list) list.push(row);
      else this.byKey.set(key, [row]);
    }
    for (const list of this.byKey.values()) list.sort((a, b) => a.time - b.time);
  }

  /** The row nearest `time` within `window` for which `accept` holds. */
  nearest(
    platform: BillPlatform,
    amount: number,
    time: number,
    window: number,
    accept: (row: BillRow) => boolean,
  ): BillRow | undefined {
    const list = this.byKey.get(`${platform}|${amount}`);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.time < time) lo = mid + 1;
      else hi = mid;
    }
    let best: BillRow | undefined;
    for (let i = lo; i < list.length && list[i]!.time - time <= window; i++) {
      if (accept(list[i]!)) {
        best = list[i];
        break;
      }
    }
    for (let i = lo - 1; i >= 0 && time - list[i]!.time <= window; i--) {
      if (accept(list[i]!)) {
        if (!best || time - list[i]!.time < best.time - time) best = list[i];
        break;
      }
    }
    return best;
  }
}

export function reconcile(
  receipts: readonly Receipt[],
  bills: readonly Bill[],
  options: ReconcileOptions = {},
): ReconcileReport {
  const window = (options.windowMinutes ?? 3) * 60_000;

  // The same bill imported twice (or two overlapping exports) gives each row once.
  const rows = new Map<string, { platform: BillPlatform; row: BillRow }>();
  for (const bill of bills) for (const row of bill.rows) rows.set(row.key, { platform: bill.platform, row });
  const platformOf = (row: BillRow) => rows.get(row.key)!.platform;

  const covering = new Map<
    PaymentMethod,
    { platform: BillPlatform; periods: { from: number; to: number }[] }
  >();
  for (const bill of bills)
    for (const method of bill.methods) {
      const known = covering.get(method);
      if (known) known.periods.push(bill.period);
      else covering.set(method, { platform: bill.platform, periods: [bill.period] });
    }
  const inPeriods = (time: number, periods: readonly { from: number; to: number }[], slack = 0) =>
    periods.some((p) => time >= p.from - slack && time < p.to + slack);
  const allPeriods = bills.map((b) => b.period);

  const byReference = new Map<string, BillRow>();
  const paymentRows: BillRow[] = [];
  for (const { row } of rows.values()) {
    if (row.kind !== 'payment') continue;
    paymentRows.push(row);
    for (const ref of row.references) if (!byReference.has(ref)) byReference.set(ref, row);
  }

  const out: ReconcileRow[] = [];
  const taken = new Map<string, Payment>();
  const receiptSide = (p: Payment) => ({
    time: p.time,
    receiptId: p.receipt.id,
    payment: p.index,
    method: p.method,
    ...(p.reference ? { receiptReference: p.reference } : {}),
    receiptAmount: p.amount,
  });
  const billSide = (row: BillRow) => ({
    platform: platformOf(row),
    ...(row.references[0] ? { billReference: row.references[0] } : {}),
    billLine: row.line,
    billAmount: row.amount,
    billTime: row.time,
  });

  // Payments to check, in time order; the others are not-applicable when a bill covers their time at all.
  const toCheck: Payment[] = [];
  for (const receipt of receipts) {
    const time = Date.parse(receipt.time);
    receipt.payments.forEach((payment, index) => {
      const p: Payment = {
        receipt,
        index,
        method: payment.method,
        amount: payment.amount,
        ...(payment.reference ? { reference: payment.reference } : {}),
        time,
      };
      const cover = covering.get(payment.method);
      const referenced = p.reference !== undefined && byReference.has(p.reference);
      if (referenced || (cover && inPeriods(time, cover.periods, window))) toCheck.push(p);
      else if (inPeriods(time, allPeriods)) out.push({ status: 'not-applicable', ...receiptSide(p) });
    });
  }
  toCheck.sort((a, b) => a.time - b.time);

  // 1. By reference.
  const left: Payment[] = [];
  for (const p of toCheck) {
    const row = p.reference === undefined ? undefined : byReference.get(p.reference);
    if (!row) {
      left.push(p);
      continue;
    }
    const holder = taken.get(row.key);
    if (holder) {
      out.push({
        status: 'duplicate',
        ...receiptSide(p),
        ...billSide(row),
        otherReceiptId: holder.receipt.id,
      });
      continue;
    }
    taken.set(row.key, p);
    const status = row.amount === p.amount ? 'matched' : 'amount-differs';
    out.push({ status, ...receiptSide(p), ...billSide(row) });
  }

  // 2. By amount, nearest in time.
  const index = new AmountIndex(paymentRows.map((row) => [platformOf(row), row]));
  const unpaired: Payment[] = [];
  for (const p of left) {
    const cover = covering.get(p.method);
    const row = cover && index.nearest(cover.platform, p.amount, p.time, window, (r) => !taken.has(r.key));
    if (!row) {
      unpaired.push(p);
      continue;
    }
    taken.set(row.key, p);
    out.push({ status: 'probable', ...receiptSide(p), ...billSide(row) });
  }

  // 3. What is left on the receipt side.
  for (const p of unpaired) {
    const cover = covering.get(p.method)!;
    const twin = index.nearest(cover.platform, p.amount, p.time, window, (r) => taken.has(r.key));
    if (twin) {
      out.push({
        status: 'duplicate',
        ...receiptSide(p),
        ...billSide(twin),
        otherReceiptId: taken.get(twin.key)!.receipt.id,
      });
    } else if (inPeriods(p.time, cover.periods)) out.push({ status: 'not-on-bill', ...receiptSide(p) });
  }

  // The bill side: payments no receipt took, and refunds.
  for (const { row } of rows.values()) {
    if (row.kind === 'payment') {
      if (!taken.has(row.key)) out.push({ status: 'no-receipt', time: row.time, ...billSide(row) });
      continue;
    }
    const original = row.originalReferences.map((r) => byReference.get(r)).find(Boolean);
    const holder = original && taken.get(original.key);
    out.push({
      status: 'refund',
      time: row.time,
      ...billSide(row),
      ...(original?.references[0] ? { billReference: original.references[0] } : {}),
      ...(holder ? { otherReceiptId: holder.receipt.id } : {}),
    });
  }

  out.sort((a, b) => ATTENTION[a.status] - ATTENTION[b.status] || a.time - b.time);
  const summary = Object.fromEntries(RECONCILE_STATUSES.map((s) => [s, 0])) as Record<
    ReconcileStatus,
    number
  >;
  for (const row of out) summary[row.status]++;
  return { summary, rows: out, bills: bills.map(totalsOf) };
}

/** Gross, refunds, fees and net of one bill (refunds and fees in minor units, as the platform counts them). */
export function totalsOf(bill: Bill): PlatformTotals {
  let gross = 0;
  let refunded = 0;
  let fees = 0;
  let payments = 0;
  for (const row of bill.rows) {
    fees += row.fee;
    if (row.kind === 'payment') {
      gross += row.amount;
      payments++;
    } else refunded += row.amount;
  }
  return {
    platform: bill.platform,
    layout: bill.layout,
    ...(bill.merchantId ? { merchantId: bill.merchantId } : {}),
    days: bill.days,
    payments,
    refunds: bill.rows.length - payments,
    gross,
    refunded,
    fees,
    net: gross - refunded - fees,
  };
}
