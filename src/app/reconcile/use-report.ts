/**
 * The report for one business day: the journal's receipts of that day (with the matching window's margin on
 * either side, so a sale at 23:59 paid at 00:00 still pairs) against the imported bills covering it.
 */
import { useEffect, useState } from 'preact/hooks';
import { reconcile, type ReconcileReport } from '../../ledger/reconcile';
import { businessDayBounds } from '../../ledger/zoned-time';
import { receiptsBetween, type StoredBill } from '../../store/ledger';
import { getSetting } from '../../store/settings';

/** Minutes a payment and a bill row of the same amount may be apart and still pair. */
export const WINDOW_MINUTES = 3;

/** Bills whose days include `day`. */
export function billsFor(day: string, bills: readonly StoredBill[]): StoredBill[] {
  return bills.filter((b) => b.bill.days.includes(day));
}

export type ReportState =
  | { kind: 'loading' }
  | { kind: 'no-bill' }
  | { kind: 'ready'; day: string; report: ReconcileReport; bills: StoredBill[] }
  | { kind: 'failed' };

export function useReport(
  day: string,
  bills: readonly StoredBill[] | undefined,
  timeZone: string,
): ReportState {
  const [state, setState] = useState<ReportState>({ kind: 'loading' });
  useEffect(() => {
    if (!bills) return;
    const covering = billsFor(day, bills);
    if (covering.length === 0) {
      setState({ kind: 'no-bill' });
      return;
    }
    let live = true;
    setState({ kind: 'loading' });
    void (async () => {
      const startHour = (await getSetting('dayStartHour')) ?? 0;
      const { from, to } = businessDayBounds(day, timeZone, startHour);
      const margin = WINDOW_MINUTES * 60_000;
      const entries = await receiptsBetween(from - margin, to + margin);
      const report = reconcile(
        entries.map((e) => e.receipt),
        covering.map((b) => b.bill),
        { windowMinutes: WINDOW_MINUTES },
      );
      if (live) setState({ kind: 'ready', day, report, bills: covering });
    })().catch((error: unknown) => {
      console.error('reconcile report failed', error);
      if (live) setState({ kind: 'failed' });
    });
    return () => {
      live = false;
    };
  }, [day, bills, timeZone]);
  return state;
}
