/** One business day read from the store and summed: receipts by sale time, faults of the day, imported bills. */
import { receiptDigests } from '../../ledger/closed-check';
import { daySummary, type DayEntry, type Delivery, type DaySummary } from '../../ledger/day-summary';
import { businessDayBounds } from '../../ledger/zoned-time';
import { allFaults, listBills, receiptsBetween, type JournalState } from '../../store/index';

/** How the journal's state says the receipt reached the customer. */
export function deliveryOf(state: JournalState): Delivery {
  if (state === 'printed' || state === 'reprinted') return 'printed';
  if (state === 'e-receipt-issued') return 'e-receipt';
  return 'undelivered';
}

export interface SummedDay {
  summary: DaySummary;
  /** Each counted receipt's SHA-256 by id. */
  digests: Record<string, string>;
}

export async function sumDay(day: string, timeZone: string, startHour: number): Promise<SummedDay> {
  const { from, to } = businessDayBounds(day, timeZone, startHour);
  const [journal, faults, bills] = await Promise.all([
    receiptsBetween(from, to),
    allFaults({ from, to: to - 1 }),
    listBills(),
  ]);
  const entries: DayEntry[] = journal.map((e) => ({
    receipt: e.receipt,
    delivery: deliveryOf(e.state),
    reprinted: e.state === 'reprinted',
  }));
  const summary = await daySummary(
    entries,
    faults.map((f) => ({ at: f.at, kind: f.kind })),
    { day, timeZone, startHour },
    bills.map((b) => b.bill),
  );
  return { summary, digests: await receiptDigests(journal.map((e) => e.receipt)) };
}
