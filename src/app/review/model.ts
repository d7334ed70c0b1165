/** The review's pure parts: journal states in the merchant's four words, and what the filters keep. */
import type { ReviewRecord, ReviewState } from '../../ledger/review-flags';
import { businessDayBounds } from '../../ledger/zoned-time';
import { minorDigits } from '../../receipt/money';
import type { PaymentMethod } from '../../receipt/types';
import type { JournalEntry, JournalState } from '../../store/journal';

/** The journal's state as the merchant says it: a receipt being printed or sent is not printed yet. */
export function reviewStateOf(state: JournalState): ReviewState {
  switch (state) {
    case 'printed':
    case 'reprinted':
      return 'printed';
    case 'e-receipt-issued':
      return 'e-receipt';
    case 'failed':
      return 'failed';
    case 'pending':
    case 'printing':
    case 'sent':
    case 'unconfirmed':
      return 'pending';
  }
}

export function recordOf(entry: JournalEntry): ReviewRecord {
  return {
    receipt: entry.receipt,
    state: reviewStateOf(entry.state),
    reprinted: entry.state === 'reprinted',
  };
}

/** What the merchant typed or picked; empty strings mean "any". Days are `YYYY-MM-DD` business days. */
export interface ReviewInput {
  fromDay: string;
  toDay: string;
  method: PaymentMethod | '';
  state: ReviewState | '';
  /** Amounts in major units as typed ("12.50"). */
  min: string;
  max: string;
  text: string;
}

/** The sale-time range of the chosen business days: [from, to), open ends where a day is not chosen. */
export function rangeOf(
  input: Pick<ReviewInput, 'fromDay' | 'toDay'>,
  timeZone: string,
  startHour: number,
): { from: number; to: number } {
  const valid = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day);
  return {
    from: valid(input.fromDay) ? businessDayBounds(input.fromDay, timeZone, startHour).from : -Infinity,
    to: valid(input.toDay) ? businessDayBounds(input.toDay, timeZone, startHour).to : Infinity,
  };
}

/** Minor units of a typed amount in `currency`, or undefined when nothing (or nothing sensible) is typed. */
function minorOf(typed: string, currency: string): number | undefined {
  const text = typed.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  return Math.round(Number(text) * 10 ** minorDigits(currency));
}

/** Whether the entry passes every filter except the day range (the store's index applies that). */
export function matches(entry: JournalEntry, input: ReviewInput): boolean {
  const { receipt } = entry;
  if (input.method && !receipt.payments.some((p) => p.method === input.method)) return false;
  if (input.state && reviewStateOf(entry.state) !== input.state) return false;
  const min = minorOf(input.min, receipt.currency);
  const max = minorOf(input.max, receipt.currency);
  if (min !== undefined && receipt.total < min) return false;
  if (max !== undefined && receipt.total > max) return false;
  const text = input.text.trim().toLowerCase();
  if (text) {
    const haystack = [receipt.cashier ?? '', receipt.id, ...receipt.payments.map((p) => p.reference ?? '')];
    if (!haystack.some((h) => h.toLowerCase().includes(text))) return false;
  }
  return true;
}

/** When the sale happened (the journal's index key; older entries without it read the receipt's time). */
export function saleTimeOf(entry: JournalEntry): number {
  return entry.receiptAt ?? Date.parse(entry.receipt.time);
}
